import { useState } from 'react';
import {
  ballotMethod,
  BALLOT_METHODS,
  createRound,
  defaultRoundSettings,
  type BallotMethod,
} from '../../../../shared/domain/rounds';
import type { Workspace } from '../../../../shared/domain/workspace';
import { Field } from '../../ui/Field';
import { ballotMethodView } from './ballotMethodViews';
import { rankingView } from './store';
import { documentActions } from '../../document';

/** A new ranking round: the question, the method and which priorities are in it. */
export function NewRoundForm({ workspace, onDone }: { workspace: Workspace; onDone: () => void }) {
  const candidates = workspace.priorities.filter((p) => p.status !== 'dropped');
  const [question, setQuestion] = useState('What matters most next quarter?');
  const [method, setMethod] = useState<BallotMethod>('order');
  const [selected, setSelected] = useState<Set<string>>(() => new Set(candidates.map((p) => p.id)));
  // Every method's settings are kept while the facilitator switches between methods.
  const [settings, setSettings] = useState(() => defaultRoundSettings(candidates.length));
  const [error, setError] = useState<string | null>(null);

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const id = crypto.randomUUID();
    const itemIds = candidates.filter((p) => selected.has(p.id)).map((p) => p.id);
    const spec = { question, method, itemIds, ...settings };
    // A refusal (no question, too few items) goes to the form.
    const refusal = documentActions.tryEdit((w) => createRound(w, spec, id, new Date()));
    if (refusal !== null) return setError(refusal);
    rankingView.selectRound(id);
    onDone();
  };

  const Setup = ballotMethodView(method).Setup;

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
            {ballotMethod(m).name}
          </label>
        ))}
      </fieldset>
      <p className="muted">{ballotMethod(method).hint}</p>
      {Setup ? (
        <Setup
          settings={settings}
          onSettings={(change) => setSettings((s) => ({ ...s, ...change }))}
          itemCount={selected.size}
          onMethod={setMethod}
        />
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
