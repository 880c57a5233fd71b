import { createPortal } from 'react-dom';
import type { Workspace } from '../../../../shared/domain/workspace';
import { CheckpointScreen } from './CheckpointScreen';
import { NewCheckpointForm } from './NewCheckpointForm';
import { checkpointView, useCheckpointView } from './store';

/**
 * The checkpoints under the Ranking tab's round list: each one, and "New checkpoint". An
 * open checkpoint (and the form for a new one) takes the whole window, so the private
 * answer screen shows nothing else and the results read from the back of the room.
 */
export function CheckpointSection({ workspace, readOnly }: { workspace: Workspace; readOnly: boolean }) {
  const openId = useCheckpointView((s) => s.openId);
  const creating = useCheckpointView((s) => s.creating);
  const shown = workspace.checkpoints.find((c) => c.id === openId) ?? null;

  return (
    <section className="check-section" aria-label="Checkpoints">
      <h2>Checkpoints</h2>
      {workspace.checkpoints.length > 0 ? (
        <ol>
          {workspace.checkpoints.map((c) => (
            <li key={c.id}>
              <button type="button" className="round-link" onClick={() => checkpointView.open(c.id)}>
                <span>{c.title}</span>
                <span className="muted small">
                  {c.anonymous ? 'Anonymous' : 'Named'} ·{' '}
                  {c.status === 'open' ? `${c.answeredBy.length} answered` : 'revealed'}
                </span>
              </button>
            </li>
          ))}
        </ol>
      ) : (
        <p className="muted small">How aligned is the team? Each person answers in private, 1 to 5.</p>
      )}
      {readOnly ? null : (
        <button type="button" className="button" onClick={checkpointView.create}>
          New checkpoint
        </button>
      )}
      {/* Outside the round list's navigation: the screen is a page of its own, not a list entry. */}
      {creating && !readOnly ? createPortal(<NewCheckpointForm />, document.body) : null}
      {shown
        ? createPortal(
            <CheckpointScreen workspace={workspace} checkpoint={shown} readOnly={readOnly} />,
            document.body,
          )
        : null}
    </section>
  );
}
