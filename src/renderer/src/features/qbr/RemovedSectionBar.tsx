import { UndoToast } from '../../ui/UndoToast';
import { deckActions } from './deckActions';
import { sectionLabel } from './sectionLabels';
import { useQbrView } from './store';

/** After a section is removed: the way back, until the user dismisses it. */
export function RemovedSectionBar() {
  const removed = useQbrView((s) => s.removed);
  if (!removed) return null;
  return (
    <UndoToast
      message={
        <>
          Removed “<strong>{sectionLabel(removed.section)}</strong>”.
        </>
      }
      durationMs={null}
      onUndo={deckActions.undoRemove}
      onDismiss={deckActions.dismissRemoved}
    />
  );
}
