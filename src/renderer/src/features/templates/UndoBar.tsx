import { templateActions } from './actions';
import { useTemplates } from './store';

/** After a delete: the way back, until the user moves on. */
export function UndoBar() {
  const deleted = useTemplates((s) => s.deleted);
  if (!deleted) return null;
  return (
    <div className="undo-bar" role="status">
      <span>
        Deleted “<strong>{deleted.name}</strong>”.
      </span>
      <button type="button" className="button button-small" onClick={() => void templateActions.undoDelete()}>
        Undo
      </button>
      <button
        type="button"
        className="button button-ghost button-small"
        aria-label="Dismiss"
        onClick={templateActions.dismissUndo}
      >
        Dismiss
      </button>
    </div>
  );
}
