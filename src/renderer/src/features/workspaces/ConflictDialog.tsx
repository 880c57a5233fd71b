import { Dialog } from '../../ui/Dialog';
import { useDocument, conflictActions } from '../../document';

/** The file on disk changed behind our back. Nothing was overwritten; the user decides. */
export function ConflictDialog() {
  const conflict = useDocument((s) => s.conflict);
  if (!conflict) return null;
  return (
    <Dialog
      title="This workspace was changed outside Offsite"
      onClose={() => undefined}
      width={640}
      footer={
        <>
          <button type="button" className="button" onClick={() => void conflictActions.compare()}>
            Compare
          </button>
          <button type="button" className="button" onClick={() => void conflictActions.reloadTheirs()}>
            Use their version
          </button>
          <button
            type="button"
            className="button button-primary"
            onClick={() => void conflictActions.keepMineAsCopy()}
          >
            Keep mine as a copy
          </button>
        </>
      }
    >
      <p>
        Another program or person saved a different version of this workspace while you were working (a synced
        folder, or a second computer). Nothing has been overwritten.
      </p>
      <ul className="choice-list">
        <li>
          <strong>Keep mine as a copy</strong>: your version becomes a new workspace beside theirs; theirs
          stays as it is.
        </li>
        <li>
          <strong>Use their version</strong>: you continue with theirs; your changes since the last save are
          dropped.
        </li>
      </ul>
      {conflict.differences ? (
        <section aria-label="Differences">
          <h3 className="dialog-subtitle">What differs</h3>
          <ul className="differences">
            {conflict.differences.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </section>
      ) : null}
    </Dialog>
  );
}
