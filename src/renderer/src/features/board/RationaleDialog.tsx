import { useState } from 'react';
import type { Workspace } from '../../../../shared/domain/workspace';
import { Dialog } from '../../ui/Dialog';
import { boardActions } from './boardActions';
import { boardView, useBoardView } from './store';

const VERBS = { committed: 'Commit to', deferred: 'Defer', dropped: 'Drop' } as const;
const BUTTONS = { committed: 'Commit', deferred: 'Defer', dropped: 'Drop' } as const;

/** Why — in one line — before a card is committed, deferred or dropped. It goes into the log. */
export function RationaleDialog({ workspace }: { workspace: Workspace }) {
  const pending = useBoardView((s) => s.pending);
  const error = useBoardView((s) => s.error);
  const [rationale, setRationale] = useState('');
  const [dissent, setDissent] = useState('');
  const [alternatives, setAlternatives] = useState('');
  if (!pending) return null;
  const card = workspace.priorities.find((p) => p.id === pending.priorityId);
  if (!card) return null;
  const close = () => {
    boardView.askRationale(null);
    boardView.fail(null);
    setRationale('');
    setDissent('');
    setAlternatives('');
  };
  const submit = () => {
    boardActions.confirmStatus({ rationale, dissent, alternatives });
    if (useBoardView.getState().pending === null) close();
  };
  return (
    <Dialog
      title={`${VERBS[pending.status]} “${card.title}”`}
      onClose={close}
      footer={
        <>
          <button type="button" className="button button-ghost" onClick={close}>
            Cancel
          </button>
          <button type="submit" form="rationale-form" className="button button-primary">
            {BUTTONS[pending.status]}
          </button>
        </>
      }
    >
      <form
        id="rationale-form"
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <label className="field">
          <span>Why, in one line (goes into the decision log)</span>
          <input
            value={rationale}
            maxLength={300}
            aria-label="Rationale"
            onChange={(e) => setRationale(e.target.value)}
            placeholder="e.g. No country manager before Q3"
          />
        </label>
        <label className="field">
          <span>Alternatives rejected (optional)</span>
          <input value={alternatives} maxLength={300} onChange={(e) => setAlternatives(e.target.value)} />
        </label>
        <label className="field">
          <span>Dissent (optional)</span>
          <input value={dissent} maxLength={300} onChange={(e) => setDissent(e.target.value)} />
        </label>
        {error ? (
          <p className="field-error" role="alert">
            {error}
          </p>
        ) : null}
      </form>
    </Dialog>
  );
}
