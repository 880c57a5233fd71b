import { useState } from 'react';
import { departmentOf, rateSupport } from '../../../../shared/domain/alignment/supportEdits';
import type { Participant } from '../../../../shared/domain/workspace';
import type { SupportCheck } from '../../../../shared/domain/workspace/supportCheckSchema';
import { documentActions } from '../../document';
import { SUPPORT_WORDS } from './scale';
import { supportView } from './store';

/**
 * One person's private screen: their own department (prefilled from their participant
 * record when it names one of the list), then 1–5 for the support it gets from each other
 * department. Never prefilled with scores, and the draft is dropped when the person leaves.
 */
export function PrivateRating({ check, person }: { check: SupportCheck; person: Participant }) {
  const [own, setOwn] = useState<string | null>(() => departmentOf(check.departments, person));
  const [scores, setScores] = useState<Record<string, number>>({});
  const [error, setError] = useState<string | null>(null);
  const others = check.departments.filter((d) => d !== own);

  const submit = () => {
    if (own === null) return setError('Pick your own department first.');
    const given = others.flatMap((giver) => (scores[giver] ? [{ giver, score: scores[giver] }] : []));
    const refused = documentActions.tryEdit((w) => rateSupport(w, check.id, person.id, own, given));
    if (refused) return setError(refused);
    supportView.doneRating(person.name);
  };

  return (
    <div className="check-private">
      <h2>{person.name}, rate in private</h2>
      <p className="muted">
        {check.anonymous
          ? 'Anonymous: your ratings are saved with no link to your name.'
          : 'Named: the room agreed that ratings show who gave them.'}{' '}
        Leave out a department you do not work with.
      </p>
      <div className="support-own">
        <h3 id="support-own-title">Your department</h3>
        <div className="support-own-choices" role="radiogroup" aria-labelledby="support-own-title">
          {check.departments.map((d) => (
            <button
              key={d}
              type="button"
              role="radio"
              aria-checked={own === d}
              className={own === d ? 'support-choice support-choice-on' : 'support-choice'}
              onClick={() => setOwn(d)}
            >
              <span className="support-word">{d}</span>
            </button>
          ))}
        </div>
      </div>
      {own === null ? (
        <p className="support-hint">Pick your department to rate the others.</p>
      ) : (
        <>
          <p className="support-hint">
            How much support does <strong>{own}</strong> get from each of the others?
          </p>
          {others.map((giver) => {
            const chosen = scores[giver] ?? null;
            const id = `support-from-${check.departments.indexOf(giver)}`;
            return (
              <div key={giver} className="support-question">
                <h3 id={id}>Support from {giver}</h3>
                <div className="support-scale" role="group" aria-labelledby={id}>
                  {SUPPORT_WORDS.map((word, i) => (
                    <button
                      key={word}
                      type="button"
                      className={chosen === i + 1 ? 'support-choice support-choice-on' : 'support-choice'}
                      aria-pressed={chosen === i + 1}
                      onClick={() =>
                        setScores((s) => {
                          const next = { ...s };
                          if (chosen === i + 1) delete next[giver];
                          else next[giver] = i + 1;
                          return next;
                        })
                      }
                    >
                      <span className="support-number">{i + 1}</span>
                      <span className="support-word">{word}</span>
                    </button>
                  ))}
                </div>
              </div>
            );
          })}
        </>
      )}
      {error ? <p role="alert">{error}</p> : null}
      <div className="check-actions">
        <button type="button" className="button button-primary button-large" onClick={submit}>
          Submit my ratings
        </button>
        <button type="button" className="button button-large" onClick={() => supportView.doneRating(null)}>
          Cancel
        </button>
      </div>
    </div>
  );
}
