import { useState } from 'react';
import { answerCheckpoint } from '../../../../shared/domain/alignment';
import { ALIGNMENT_LIMITS, type Checkpoint, type Participant } from '../../../../shared/domain/workspace';
import { documentActions } from '../../document';
import { SCALE_WORDS } from './scale';
import { checkpointView } from './store';

type Draft = Record<string, { score: number | null; comment: string }>;

/**
 * One person's private screen: every question, 1–5 as five large buttons with words, an
 * optional comment, Submit. Never prefilled, and the draft is dropped when the person
 * leaves, so whoever takes the laptop next sees a blank screen.
 */
export function PrivateAnswer({ checkpoint, person }: { checkpoint: Checkpoint; person: Participant }) {
  const [draft, setDraft] = useState<Draft>({});
  const [error, setError] = useState<string | null>(null);
  const update = (questionId: string, change: Partial<Draft[string]>) =>
    setDraft((d) => ({ ...d, [questionId]: { score: null, comment: '', ...d[questionId], ...change } }));

  const submit = () => {
    const given = checkpoint.questions.map((q) => ({
      questionId: q.id,
      score: draft[q.id]?.score ?? null,
      comment: draft[q.id]?.comment ?? '',
    }));
    const refused = documentActions.tryEdit((w) => answerCheckpoint(w, checkpoint.id, person.id, given));
    if (refused) return setError(refused);
    checkpointView.doneAnswering(person.name);
  };

  return (
    <div className="check-private">
      <h2>{person.name}, answer in private</h2>
      <p className="muted">
        {checkpoint.anonymous
          ? 'Anonymous: your answers are saved with no link to your name.'
          : 'Named: the room agreed that answers show who gave them.'}{' '}
        Skip a question you cannot answer.
      </p>
      {checkpoint.questions.map((q, index) => {
        const chosen = draft[q.id]?.score ?? null;
        return (
          <fieldset key={q.id} className="checkpoint-question">
            <legend>
              {index + 1}. {q.wording}
            </legend>
            <div className="checkpoint-scale" role="group" aria-label={`Score for: ${q.wording}`}>
              {SCALE_WORDS.map((word, i) => (
                <button
                  key={word}
                  type="button"
                  className={chosen === i + 1 ? 'scale-choice scale-choice-on' : 'scale-choice'}
                  aria-pressed={chosen === i + 1}
                  onClick={() => update(q.id, { score: chosen === i + 1 ? null : i + 1 })}
                >
                  <span className="scale-number">{i + 1}</span>
                  <span className="scale-word">{word}</span>
                </button>
              ))}
            </div>
            <label className="checkpoint-comment">
              Comment (optional)
              <textarea
                value={draft[q.id]?.comment ?? ''}
                maxLength={ALIGNMENT_LIMITS.comment}
                rows={2}
                onChange={(e) => update(q.id, { comment: e.target.value })}
              />
            </label>
          </fieldset>
        );
      })}
      {error ? <p role="alert">{error}</p> : null}
      <div className="check-actions">
        <button type="button" className="button button-primary button-large" onClick={submit}>
          Submit my answers
        </button>
        <button
          type="button"
          className="button button-large"
          onClick={() => checkpointView.doneAnswering(null)}
        >
          Cancel
        </button>
      </div>
    </div>
  );
}
