import { countOf } from '../../../../shared/domain/board';
import type { Workspace } from '../../../../shared/domain/workspace';
import { Dialog } from '../../ui/Dialog';
import { UndoToast } from '../../ui/UndoToast';
import { boardActions } from './boardActions';
import { boardView, useBoardView } from './store';
import { documentActions } from '../../document';

/** Asks before deleting cards that ballots rank: their rounds' results will change. */
export function ConfirmDeleteDialog({ workspace }: { workspace: Workspace }) {
  const pending = useBoardView((s) => s.pendingDelete);
  if (!pending) return null;
  const titles = pending.cardIds
    .map((id) => workspace.priorities.find((p) => p.id === id)?.title)
    .filter((t): t is string => Boolean(t));
  const what = titles.length === 1 ? `“${titles[0]}”` : countOf(titles.length, 'card');
  return (
    <Dialog
      title={titles.length === 1 ? 'Delete this card?' : `Delete ${countOf(titles.length, 'card')}?`}
      onClose={() => boardView.askDelete(null)}
      footer={
        <>
          <button type="button" className="button" onClick={() => boardView.askDelete(null)}>
            Cancel
          </button>
          <button type="button" className="button button-danger" onClick={boardActions.confirmDelete}>
            Delete anyway
          </button>
        </>
      }
    >
      <p>
        {countOf(pending.ballots, 'ballot')} {pending.ballots === 1 ? 'ranks' : 'rank'} {what}. Deleting
        removes {titles.length === 1 ? 'it' : 'them'} from every round, and the results will be recomputed.
      </p>
    </Dialog>
  );
}

/** After a delete on the board: Undo, while the workspace is still as the delete left it. */
export function BoardUndoToast({ workspace }: { workspace: Workspace }) {
  const removal = useBoardView((s) => s.removal);
  if (!removal || removal.after !== workspace) return null;
  return (
    <UndoToast
      key={removal.key}
      message={removal.message}
      onUndo={() => documentActions.undo()}
      onDismiss={boardView.dismissRemoval}
    />
  );
}
