import { useState } from 'react';
import {
  createStatementCheck,
  DEFAULT_MESSAGES_TITLE,
  DEFAULT_SUCCESS_TITLE,
} from '../../../../shared/domain/statements';
import type { Workspace } from '../../../../shared/domain/workspace';
import type { StatementKind } from '../../../../shared/domain/workspace/statementCheckSchema';
import { documentActions } from '../../document';
import { statementView } from './store';

/** A new check: its title, what everyone will write, and whether drafts are named (the default). */
export function NewStatementForm({ workspace, kind }: { workspace: Workspace; kind: StatementKind }) {
  const focus = workspace.priorities.find((p) => p.id === workspace.focusPriorityId) ?? null;
  const [title, setTitle] = useState(
    kind === 'messages' ? DEFAULT_MESSAGES_TITLE : focus ? `${DEFAULT_SUCCESS_TITLE}: ${focus.title}` : '',
  );
  const [anonymous, setAnonymous] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const heading = kind === 'messages' ? 'New same-message check' : 'New success check';

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const id = crypto.randomUUID();
    const refused = documentActions.tryEdit((w) =>
      createStatementCheck(w, { kind, title, anonymous }, id, new Date()),
    );
    if (refused) return setError(refused);
    statementView.open(id);
  };

  return (
    <div className="check-screen" role="dialog" aria-modal="true" aria-label={heading}>
      <form className="check-form" onSubmit={submit}>
        <h2>{heading}</h2>
        <p className="statement-ask">
          {kind === 'messages'
            ? 'Each person writes, in private, the three messages they will give their own team. Then all drafts show side by side and the room agrees one version.'
            : focus
              ? `Each person writes, in private, the metric and target that would mean “${focus.title}” succeeded. Then the room compares them and agrees one definition.`
              : 'Success is defined for the quarter’s focus, and there is no focus yet: choose it on a round’s results first.'}
        </p>
        <label>
          Title
          <input value={title} maxLength={200} onChange={(e) => setTitle(e.target.value)} />
        </label>
        <label className="check-option">
          <input type="checkbox" checked={anonymous} onChange={(e) => setAnonymous(e.target.checked)} />
          Anonymous: the saved drafts keep no link to who wrote them
        </label>
        {error ? <p role="alert">{error}</p> : null}
        <div className="check-actions">
          <button type="submit" className="button button-primary button-large">
            Open the check
          </button>
          <button type="button" className="button button-large" onClick={statementView.close}>
            Cancel
          </button>
        </div>
      </form>
    </div>
  );
}
