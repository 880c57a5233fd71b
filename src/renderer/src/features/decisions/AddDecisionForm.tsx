import { useState } from 'react';
import { addDecision } from '../../../../shared/domain/board';
import { localDay, manualDecision } from '../../../../shared/domain/decisions';
import { tryEdit } from './logEdits';
import { decisionLogView } from './store';

/** “Add decision”: a decision taken in the room that is not a card's status, dated today. */
export function AddDecisionForm() {
  const [what, setWhat] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const entry = manualDecision(crypto.randomUUID(), what, localDay(new Date()));
    const refused = tryEdit((w) => addDecision(w, entry));
    setError(refused);
    if (refused !== null) return;
    setWhat('');
    decisionLogView.added(entry.id);
  };
  return (
    <form className="add-decision" aria-label="Add decision" onSubmit={submit}>
      <input
        aria-label="New decision"
        placeholder="What was decided?"
        maxLength={300}
        value={what}
        aria-invalid={error ? true : undefined}
        onChange={(e) => {
          setWhat(e.target.value);
          if (error) setError(null);
        }}
      />
      <button type="submit" className="button button-primary">
        Add decision
      </button>
      {error ? (
        <p className="field-error add-decision-error" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
}
