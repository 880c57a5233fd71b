import { useState } from 'react';
import { writeMessages, writeSuccess } from '../../../../shared/domain/statements';
import type { Participant } from '../../../../shared/domain/workspace';
import {
  STATEMENT_LIMITS,
  type StatementCheck,
} from '../../../../shared/domain/workspace/statementCheckSchema';
import { documentActions } from '../../document';
import { statementView } from './store';
import { MetricTargetFields } from './MetricTargetFields';

const BOXES = Array.from({ length: STATEMENT_LIMITS.messages }, (_, i) => i);

/**
 * One person's private screen: three message boxes, or a metric and a target, then Done.
 * Never prefilled, and dropped when the person leaves, so whoever takes the laptop next
 * sees a blank screen and nothing anyone else wrote.
 */
export function PrivateDraft({ check, person }: { check: StatementCheck; person: Participant }) {
  const [messages, setMessages] = useState(BOXES.map(() => ''));
  const [metric, setMetric] = useState('');
  const [target, setTarget] = useState('');
  const [error, setError] = useState<string | null>(null);

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const refused = documentActions.tryEdit((w) =>
      check.kind === 'messages'
        ? writeMessages(w, check.id, person.id, messages)
        : writeSuccess(w, check.id, person.id, { metric, target }),
    );
    if (refused) return setError(refused);
    statementView.doneWriting(person.name);
  };

  return (
    <form className="check-private statement-private" onSubmit={submit}>
      <h2>{person.name}, write in private</h2>
      <p className="statement-ask">
        {check.kind === 'messages'
          ? 'The three messages you will give your team after this offsite, in your own words.'
          : 'The metric, and the target on it, that would tell you the focus succeeded.'}
      </p>
      <p className="muted">
        {check.anonymous
          ? 'Anonymous: your draft is saved with no link to your name.'
          : 'Named: at the reveal your name shows above your draft.'}{' '}
        Nobody sees it before the reveal.
      </p>
      {check.kind === 'messages' ? (
        BOXES.map((i) => (
          <label key={i} className="statement-field">
            Message {i + 1}
            {i > 0 ? ' (optional)' : ''}
            <textarea
              value={messages[i]}
              rows={2}
              maxLength={STATEMENT_LIMITS.message}
              onChange={(e) => setMessages(messages.map((m, j) => (j === i ? e.target.value : m)))}
            />
          </label>
        ))
      ) : (
        <MetricTargetFields metric={metric} target={target} onMetric={setMetric} onTarget={setTarget} />
      )}
      {error ? <p role="alert">{error}</p> : null}
      <div className="check-actions">
        <button type="submit" className="button button-primary button-large">
          Done
        </button>
        <button type="button" className="button button-large" onClick={() => statementView.doneWriting(null)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
