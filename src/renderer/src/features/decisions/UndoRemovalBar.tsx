import type { Workspace } from '../../../../shared/domain/workspace';
import { decisionLogView, useDecisionLog } from './store';
import { documentActions } from '../../document';

/**
 * After a delete: Undo, through the workspace's own undo (the same as Ctrl+Z). Offered
 * only while the workspace is still as the delete left it; after any other change,
 * Undo would take back that change instead.
 */
export function UndoRemovalBar({ workspace }: { workspace: Workspace }) {
  const removal = useDecisionLog((s) => s.removal);
  if (!removal || removal.after !== workspace) return null;
  return (
    <div className="undo-bar" role="status">
      <span>
        Deleted {removal.noun} “<strong>{removal.name}</strong>”.
      </span>
      <button
        type="button"
        className="button button-small"
        onClick={() => {
          decisionLogView.dismissRemoval();
          documentActions.undo();
        }}
      >
        Undo
      </button>
      <button
        type="button"
        className="button button-ghost button-small"
        aria-label="Dismiss"
        onClick={decisionLogView.dismissRemoval}
      >
        Dismiss
      </button>
    </div>
  );
}
