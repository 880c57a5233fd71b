import type { Workspace } from '../../../../shared/domain/workspace';
import { UndoToast } from '../../ui/UndoToast';
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
    <UndoToast
      message={
        <>
          Deleted {removal.noun} “<strong>{removal.name}</strong>”.
        </>
      }
      durationMs={null}
      onUndo={() => documentActions.undo()}
      onDismiss={decisionLogView.dismissRemoval}
    />
  );
}
