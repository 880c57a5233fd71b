import { deleteSupportCheck, revealSupportCheck } from '../../../../shared/domain/alignment/supportEdits';
import type { Workspace } from '../../../../shared/domain/workspace';
import type { SupportCheck } from '../../../../shared/domain/workspace/supportCheckSchema';
import { documentActions } from '../../document';
import { DeleteWithConfirm, PrivateTurns } from '../../ui/PrivateTurns';
import { PrivateRating } from './PrivateRating';
import { SupportResults } from './SupportResults';
import { supportView, useSupportView } from './store';

/**
 * One support matrix, full window. While open: who has rated (never what), "Pick your name
 * to rate in private" and the facilitator's Reveal. Once revealed: the heatmap and findings.
 */
export function SupportScreen({
  workspace,
  check,
  readOnly,
}: {
  workspace: Workspace;
  check: SupportCheck;
  readOnly: boolean;
}) {
  const ratingAs = useSupportView((s) => s.ratingAs);
  const lastRated = useSupportView((s) => s.lastRated);
  const people = workspace.participants.filter((p) => p.votes);
  const rated = new Set(check.answeredBy);
  const person = check.status === 'open' && !readOnly ? people.find((p) => p.id === ratingAs) : undefined;

  if (person) {
    return (
      <div
        className="check-screen"
        role="dialog"
        aria-modal="true"
        aria-label={`Private ratings for ${person.name}`}
      >
        <PrivateRating check={check} person={person} />
      </div>
    );
  }

  const remove = () => {
    supportView.close();
    documentActions.edit((w) => deleteSupportCheck(w, check.id));
  };

  return (
    <div
      className="check-screen"
      role="dialog"
      aria-modal="true"
      aria-label={`Support matrix: ${check.title}`}
    >
      <header className="check-header">
        <h2>{check.title}</h2>
        <span className="check-kind">{check.anonymous ? 'Anonymous' : 'Named'}</span>
        <button type="button" className="button button-large" onClick={supportView.close}>
          Back to the rounds
        </button>
      </header>
      {check.status === 'revealed' ? (
        <SupportResults check={check} />
      ) : (
        <PrivateTurns
          label="Rating"
          people={people}
          doneIds={rated}
          anonymous={check.anonymous}
          lastDone={lastRated}
          words={{ act: 'rate', done: 'rated', things: 'Ratings', thanks: 'your ratings are in' }}
          readOnly={readOnly}
          onPick={supportView.rateAs}
          onReveal={() => documentActions.edit((w) => revealSupportCheck(w, check.id))}
          intro={<p className="muted">Departments: {check.departments.join(' · ')}</p>}
        />
      )}
      {readOnly ? null : (
        <DeleteWithConfirm
          className="check-delete"
          label="Delete this support matrix"
          confirmLabel="Delete it, with every rating"
          onDelete={remove}
        />
      )}
    </div>
  );
}
