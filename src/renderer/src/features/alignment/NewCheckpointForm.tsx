import { useState } from 'react';
import {
  BUILT_IN_CHECKPOINT_QUESTIONS,
  createCheckpoint,
  DEFAULT_CHECKPOINT_TITLE,
} from '../../../../shared/domain/alignment';
import { ALIGNMENT_LIMITS } from '../../../../shared/domain/workspace';
import { documentActions } from '../../document';
import { checkpointView } from './store';

/** The three built-in questions, up to three of the facilitator's own, anonymous by default. */
export function NewCheckpointForm() {
  const [title, setTitle] = useState(DEFAULT_CHECKPOINT_TITLE);
  const [anonymous, setAnonymous] = useState(true);
  const [own, setOwn] = useState(['', '', '']);
  const [error, setError] = useState<string | null>(null);

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const id = crypto.randomUUID();
    const refused = documentActions.tryEdit((w) =>
      createCheckpoint(w, { title, anonymous, ownQuestions: own }, id, new Date()),
    );
    if (refused) return setError(refused);
    checkpointView.open(id);
  };

  return (
    <div className="check-screen" role="dialog" aria-modal="true" aria-label="New checkpoint">
      <form className="check-form" onSubmit={submit}>
        <h2>New checkpoint</h2>
        <label>
          Title
          <input value={title} maxLength={200} onChange={(e) => setTitle(e.target.value)} />
        </label>
        <p>Everyone answers these, 1 (Not at all) to 5 (Completely):</p>
        <ol className="checkpoint-built-in">
          {BUILT_IN_CHECKPOINT_QUESTIONS.map((q) => (
            <li key={q.id}>{q.wording}</li>
          ))}
        </ol>
        {own.map((text, i) => (
          <label key={i}>
            Your own question {i + 1} (optional)
            <input
              value={text}
              maxLength={ALIGNMENT_LIMITS.wording}
              onChange={(e) => setOwn(own.map((t, j) => (j === i ? e.target.value : t)))}
            />
          </label>
        ))}
        <label className="check-option">
          <input type="checkbox" checked={anonymous} onChange={(e) => setAnonymous(e.target.checked)} />
          Anonymous: the saved answers keep no link to who gave them
        </label>
        {error ? <p role="alert">{error}</p> : null}
        <div className="check-actions">
          <button type="submit" className="button button-primary button-large">
            Open the checkpoint
          </button>
          <button type="button" className="button button-large" onClick={checkpointView.close}>
            Cancel
          </button>
        </div>
      </form>
    </div>
  );
}
