import { deckActions } from './deckActions';
import { sectionLabel } from './sectionLabels';
import { useQbrView } from './store';

/** After a section is removed: the way back, until the user dismisses it. */
export function RemovedSectionBar() {
  const removed = useQbrView((s) => s.removed);
  if (!removed) return null;
  return (
    <div className="undo-bar" role="status">
      <span>
        Removed “<strong>{sectionLabel(removed.section)}</strong>”.
      </span>
      <button type="button" className="button button-small" onClick={deckActions.undoRemove}>
        Undo
      </button>
      <button type="button" className="button button-ghost button-small" onClick={deckActions.dismissRemoved}>
        Dismiss
      </button>
    </div>
  );
}
