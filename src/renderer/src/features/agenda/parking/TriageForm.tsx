import { useId, useState, type FormEvent } from 'react';
import type { Triage } from '../../../../../shared/domain/agenda';
import type { ParkedItem, Workspace } from '../../../../../shared/domain/workspace';
import { parkingActions } from './parkingActions';

type Choice = Triage['outcome'];

const CHOICES: { value: Choice; label: string }[] = [
  { value: 'action', label: 'Action item' },
  { value: 'decision', label: 'Decision' },
  { value: 'next-session', label: 'Next session’s agenda' },
  { value: 'long-term', label: 'Long-term issue' },
  { value: 'dropped', label: 'Dropped' },
];

/**
 * Where one parked item goes. An action item gets an owner and a due date and lands in
 * the decision log's actions; a decision gets its why; a drop needs its reason.
 */
export function TriageForm({
  item,
  workspace,
  onDone,
}: {
  item: ParkedItem;
  workspace: Workspace;
  onDone: () => void;
}) {
  const [choice, setChoice] = useState<Choice>('action');
  const [owner, setOwner] = useState('');
  const [due, setDue] = useState('');
  const [why, setWhy] = useState('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const ids = useId();

  const triage = (): Triage => {
    switch (choice) {
      case 'action':
        return { outcome: 'action', owner, due };
      case 'decision':
        return { outcome: 'decision', why };
      case 'dropped':
        return { outcome: 'dropped', reason };
      default:
        return { outcome: choice };
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const refusal = parkingActions.triage(item.id, triage());
    setError(refusal);
    if (refusal === null) onDone();
  };

  return (
    <form className="parking-triage" aria-label={`Triage: ${item.text}`} onSubmit={submit} noValidate>
      <fieldset className="parking-triage-choices">
        <legend>It becomes</legend>
        {CHOICES.map((c) => (
          <label key={c.value} className={c.value === choice ? 'segment segment-on' : 'segment'}>
            <input
              type="radio"
              name={`${ids}-outcome`}
              value={c.value}
              checked={c.value === choice}
              onChange={() => {
                setChoice(c.value);
                setError(null);
              }}
            />
            {c.label}
          </label>
        ))}
      </fieldset>
      {choice === 'action' ? (
        <div className="parking-triage-fields">
          <label>
            <span>Owner</span>
            <input list={`${ids}-people`} value={owner} onChange={(e) => setOwner(e.target.value)} />
            <datalist id={`${ids}-people`}>
              {workspace.participants.map((p) => (
                <option key={p.id} value={p.name} />
              ))}
            </datalist>
          </label>
          <label>
            <span>Due</span>
            <input type="date" value={due} onChange={(e) => setDue(e.target.value)} />
          </label>
        </div>
      ) : null}
      {choice === 'decision' ? (
        <label className="parking-triage-wide">
          <span>Why</span>
          <input value={why} onChange={(e) => setWhy(e.target.value)} />
        </label>
      ) : null}
      {choice === 'dropped' ? (
        <label className="parking-triage-wide">
          <span>Why it is dropped (required)</span>
          <input
            value={reason}
            aria-invalid={error ? true : undefined}
            onChange={(e) => {
              setReason(e.target.value);
              setError(null);
            }}
          />
        </label>
      ) : null}
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="parking-triage-buttons">
        <button type="button" className="button button-small" onClick={onDone}>
          Cancel
        </button>
        <button type="submit" className="button button-small button-primary">
          Save triage
        </button>
      </div>
    </form>
  );
}
