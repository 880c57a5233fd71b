import { UndoToast } from '../../ui/UndoToast';
import { templateActions } from './actions';
import { useTemplates } from './store';

/** After a delete: the way back, until the user moves on (a failed Undo stays to be tried again). */
export function UndoBar() {
  const deleted = useTemplates((s) => s.deleted);
  if (!deleted) return null;
  return (
    <UndoToast
      message={
        <>
          Deleted “<strong>{deleted.name}</strong>”.
        </>
      }
      durationMs={null}
      closesOnUndo={false}
      onUndo={() => void templateActions.undoDelete()}
      onDismiss={templateActions.dismissUndo}
    />
  );
}
