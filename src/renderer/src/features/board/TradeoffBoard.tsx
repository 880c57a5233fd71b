import '@xyflow/react/dist/style.css';
import './board.css';
import { ReactFlowProvider, useReactFlow } from '@xyflow/react';
import { useEffect, useMemo, useState } from 'react';
import { boardWarnings } from '../../../../shared/domain/board';
import type { Workspace } from '../../../../shared/domain/workspace';
import { Dialog } from '../../ui/Dialog';
import { boardActions } from './boardActions';
import { BoardCanvas } from './BoardCanvas';
import { BoardSidePanel } from './BoardSidePanel';
import { BoardToolbar } from './BoardToolbar';
import { exportBoardImage } from './api';
import { layoutDependencies } from './dependencyLayout';
import { BoardUndoToast, ConfirmDeleteDialog } from './BoardRemovalPrompts';
import { RationaleDialog } from './RationaleDialog';
import { boardView, useBoardView } from './store';
import { useBoardKeys } from './useBoardKeys';

/** The trade-off board: toolbar, canvas and side panel over the open workspace. */
export function TradeoffBoard(props: { workspace: Workspace; readOnly: boolean }) {
  return (
    <ReactFlowProvider>
      <BoardShell {...props} />
    </ReactFlowProvider>
  );
}

function BoardShell({ workspace, readOnly }: { workspace: Workspace; readOnly: boolean }) {
  const flow = useReactFlow();
  const warnings = useMemo(() => boardWarnings(workspace), [workspace]);
  const layout = useBoardView((s) => s.layout);
  const error = useBoardView((s) => s.error);
  const [adding, setAdding] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const onKeyDown = useBoardKeys(readOnly);

  // The dependency view is laid out afresh whenever cards or links change (and only
  // while it is shown: other views never pay for the fingerprint).
  const shape = useMemo(
    () =>
      layout === 'dependencies'
        ? JSON.stringify([
            workspace.priorities.map((p) => p.id),
            workspace.links.map((l) => [l.kind, l.from, l.to]),
          ])
        : '',
    [layout, workspace.priorities, workspace.links],
  );
  useEffect(() => {
    if (layout !== 'dependencies') return;
    let live = true;
    layoutDependencies(workspace)
      .then((positions) => live && boardView.setGraphPositions(positions))
      .catch(
        (e: unknown) => live && boardView.fail(`The dependency view could not be laid out: ${String(e)}`),
      );
    return () => {
      live = false;
    };
    // `shape` stands for the parts of the workspace the layout reads.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [layout, shape]);

  const onExport = (format: 'png' | 'svg') => {
    setStatus('Exporting…');
    void exportBoardImage(workspace, useBoardView.getState().selectedIds, format).then(setStatus);
  };

  return (
    <div className="board" onKeyDown={onKeyDown}>
      <BoardToolbar
        workspace={workspace}
        readOnly={readOnly}
        onExport={onExport}
        onAddCard={() => setAdding(true)}
        onAddNote={() => {
          // In the middle of what the room is looking at, not off-screen.
          const pane = document.querySelector('.board-canvas')?.getBoundingClientRect();
          const centre = pane
            ? flow.screenToFlowPosition({ x: pane.left + pane.width / 2, y: pane.top + pane.height / 2 })
            : { x: 0, y: 0 };
          boardActions.addNote({ x: Math.round(centre.x - 110), y: Math.round(centre.y - 40) });
        }}
      />
      {error ? (
        <div className="banner banner-error board-error" role="alert">
          <span>{error}</span>
          <button type="button" className="button button-ghost" onClick={() => boardView.fail(null)}>
            Dismiss
          </button>
        </div>
      ) : null}
      {status ? (
        <div className="banner board-status" role="status">
          <span>{status}</span>
          <button type="button" className="button button-ghost" onClick={() => setStatus(null)}>
            Dismiss
          </button>
        </div>
      ) : null}
      <div className="board-main">
        <BoardCanvas workspace={workspace} warnings={warnings} readOnly={readOnly} />
        <BoardSidePanel workspace={workspace} warnings={warnings} readOnly={readOnly} />
      </div>
      <RationaleDialog workspace={workspace} />
      <ConfirmDeleteDialog workspace={workspace} />
      <BoardUndoToast workspace={workspace} />
      {adding ? <AddCardDialog onClose={() => setAdding(false)} /> : null}
    </div>
  );
}

function AddCardDialog({ onClose }: { onClose: () => void }) {
  const [title, setTitle] = useState('');
  return (
    <Dialog
      title="New card"
      onClose={onClose}
      footer={
        <button type="submit" form="add-card-form" className="button button-primary" disabled={!title.trim()}>
          Add card
        </button>
      }
    >
      <form
        id="add-card-form"
        onSubmit={(e) => {
          e.preventDefault();
          boardActions.addCard(title, null);
          onClose();
        }}
      >
        <label className="field">
          <span>Title</span>
          <input
            value={title}
            maxLength={200}
            aria-label="Card title"
            onChange={(e) => setTitle(e.target.value)}
          />
        </label>
      </form>
    </Dialog>
  );
}
