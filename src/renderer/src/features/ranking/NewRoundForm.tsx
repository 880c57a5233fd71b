import { useState } from 'react';
import { createRound } from '../../../../shared/domain/rounds';
import { BALLOT_METHODS, type BallotMethod, type Workspace } from '../../../../shared/domain/workspace';
import { Field } from '../../ui/Field';
import { METHOD_LABELS } from './methodLabels';
import { rankingView } from './store';
import { documentActions } from '../../document';

/** Beyond this many items, putting them all in order is tiring and the bottom half gets guessed. */
export const LONG_ORDER_ITEMS = 15;

/** A new ranking round: the question, the method and which priorities are in it. */
export function NewRoundForm({ workspace, onDone }: { workspace: Workspace; onDone: () => void }) {
  const candidates = workspace.priorities.filter((p) => p.status !== 'dropped');
  const [question, setQuestion] = useState('What matters most next quarter?');
  const [method, setMethod] = useState<BallotMethod>('order');
  const [selected, setSelected] = useState<Set<string>>(() => new Set(candidates.map((p) => p.id)));
  const [budget, setBudget] = useState(100);
  const [dots, setDots] = useState(() => Math.max(1, Math.min(10, Math.round(candidates.length / 3))));
  const [ahpStrength, setAhpStrength] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const id = crypto.randomUUID();
    const itemIds = candidates.filter((p) => selected.has(p.id)).map((p) => p.id);
    const spec = { question, method, itemIds, budget, dots, ahpStrength };
    // A refusal (no question, too few items) goes to the form.
    const refusal = documentActions.tryEdit((w) => createRound(w, spec, id, new Date()));
    if (refusal !== null) return setError(refusal);
    rankingView.selectRound(id);
    onDone();
  };

  const toggle = (id: string) =>
    setSelected((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <form className="card new-round" onSubmit={submit} aria-label="New ranking round">
      <h2>New ranking round</h2>
      <Field label="Question">
        {(id) => (
          <input id={id} value={question} maxLength={300} onChange={(e) => setQuestion(e.target.value)} />
        )}
      </Field>
      <fieldset className="segmented" aria-label="Method">
        <legend>Method</legend>
        {BALLOT_METHODS.map((m) => (
          <label key={m} className={m === method ? 'segment segment-on' : 'segment'}>
            <input
              type="radio"
              name="method"
              value={m}
              checked={m === method}
              onChange={() => setMethod(m)}
            />
            {METHOD_LABELS[m].name}
          </label>
        ))}
      </fieldset>
      <p className="muted">{METHOD_LABELS[method].hint}</p>
      {method === 'order' && selected.size > LONG_ORDER_ITEMS ? (
        // A suggestion, not a rule: the round can still be opened as it is.
        <p className="round-method-advice" role="status">
          {selected.size} items is a long list to put in order: the lower places tend to be guessed. For more
          than {LONG_ORDER_ITEMS}, <strong>pairwise</strong> (one “A or B?” at a time) or{' '}
          <strong>dots</strong> are easier on the voters.{' '}
          <button type="button" className="button button-small" onClick={() => setMethod('pairwise')}>
            Use pairwise
          </button>{' '}
          <button type="button" className="button button-small" onClick={() => setMethod('dots')}>
            Use dots
          </button>
        </p>
      ) : null}
      {method === 'points' ? (
        <Field label="Points per person">
          {(id) => (
            <input
              id={id}
              type="number"
              min={1}
              max={10000}
              value={budget}
              onChange={(e) => setBudget(Number(e.target.value))}
            />
          )}
        </Field>
      ) : null}
      {method === 'dots' ? (
        <Field label="Dots per person">
          {(id) => (
            <input
              id={id}
              type="number"
              min={1}
              max={50}
              value={dots}
              onChange={(e) => setDots(Number(e.target.value))}
            />
          )}
        </Field>
      ) : null}
      {method === 'pairwise' ? (
        <label className="checkbox">
          <input type="checkbox" checked={ahpStrength} onChange={(e) => setAhpStrength(e.target.checked)} />
          Ask how much more (1–9, AHP weights and consistency). Every pair is asked.
        </label>
      ) : null}
      <fieldset className="item-picker">
        <legend>
          Items ({selected.size} of {candidates.length})
        </legend>
        {candidates.map((p) => (
          <label key={p.id} className="checkbox">
            <input type="checkbox" checked={selected.has(p.id)} onChange={() => toggle(p.id)} />
            {p.title}
          </label>
        ))}
      </fieldset>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="form-buttons">
        <button type="button" className="button" onClick={onDone}>
          Cancel
        </button>
        <button type="submit" className="button button-primary">
          Open round
        </button>
      </div>
    </form>
  );
}
