import { useState } from 'react';
import { deleteSupportCheck, revealSupportCheck } from '../../../../shared/domain/alignment/supportEdits';
import type { Workspace } from '../../../../shared/domain/workspace';
import type { SupportCheck } from '../../../../shared/domain/workspace/supportCheckSchema';
import { documentActions } from '../../document';
import { RevealBar } from '../../ui/RevealBar';
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
  const [confirm, setConfirm] = useState(false);
  const people = workspace.participants.filter((p) => p.votes);
  const rated = new Set(check.answeredBy);
  const missing = people.filter((p) => !rated.has(p.id));
  const person = check.status === 'open' && !readOnly ? people.find((p) => p.id === ratingAs) : undefined;

  if (person) {
    return (
      <div
        className="support-screen"
        role="dialog"
        aria-modal="true"
        aria-label={`Private ratings for ${person.name}`}
      >
        <PrivateRating check={check} person={person} />
      </div>
    );
  }

  const remove = () => {
    if (!confirm) return setConfirm(true);
    supportView.close();
    documentActions.edit((w) => deleteSupportCheck(w, check.id));
  };

  return (
    <div
      className="support-screen"
      role="dialog"
      aria-modal="true"
      aria-label={`Support matrix: ${check.title}`}
    >
      <header className="support-header">
        <h2>{check.title}</h2>
        <span className="support-kind">{check.anonymous ? 'Anonymous' : 'Named'}</span>
        <button type="button" className="button button-large" onClick={supportView.close}>
          Back to the rounds
        </button>
      </header>
      {check.status === 'revealed' ? (
        <SupportResults check={check} />
      ) : (
        <section className="voting" aria-label="Rating">
          <p className="voting-status" role="status">
            {lastRated ? <strong>Thanks, {lastRated}: your ratings are in. </strong> : null}
            {rated.size} of {people.length} have rated. Ratings stay hidden until the reveal
            {check.anonymous ? ', and are never linked to a name.' : '.'}
          </p>
          <p className="muted">Departments: {check.departments.join(' · ')}</p>
          {people.length === 0 ? (
            <p className="empty">Add participants who vote (Setup tab) before they can rate.</p>
          ) : (
            <>
              <h3 className="voting-prompt">Pick your name to rate in private</h3>
              <ul className="voter-grid">
                {people.map((p) => {
                  const done = rated.has(p.id);
                  return (
                    <li key={p.id}>
                      <button
                        type="button"
                        className={`voter ${done ? 'voter-done' : ''}`}
                        style={{ borderColor: p.colour }}
                        disabled={readOnly || done}
                        onClick={() => supportView.rateAs(p.id)}
                        aria-label={`${p.name}: ${done ? 'has rated' : 'rate now'}`}
                      >
                        <span className="voter-name">{p.name}</span>
                        <span className="voter-state">{done ? 'Rated ✓' : 'Not yet'}</span>
                      </button>
                    </li>
                  );
                })}
              </ul>
            </>
          )}
          <RevealBar
            missing={missing.map((p) => p.name)}
            notYet="rated"
            disabled={readOnly || rated.size === 0}
            onReveal={() => documentActions.edit((w) => revealSupportCheck(w, check.id))}
          />
        </section>
      )}
      {readOnly ? null : (
        <p className="support-delete">
          <button type="button" className="button button-danger" onClick={remove}>
            {confirm ? 'Delete it, with every rating' : 'Delete this support matrix'}
          </button>
          {confirm ? (
            <button type="button" className="button" onClick={() => setConfirm(false)}>
              Keep it
            </button>
          ) : null}
        </p>
      )}
    </div>
  );
}
