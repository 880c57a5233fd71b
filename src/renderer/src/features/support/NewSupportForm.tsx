import { useState } from 'react';
import { listInWords } from '../../../../shared/domain/ranking/resultWording';
import {
  createSupportCheck,
  DEFAULT_SUPPORT_TITLE,
  identifiableDepartments,
  suggestedDepartments,
} from '../../../../shared/domain/alignment/supportEdits';
import { SUPPORT_LIMITS } from '../../../../shared/domain/workspace/supportCheckSchema';
import type { Workspace } from '../../../../shared/domain/workspace';
import { documentActions } from '../../document';
import { supportView } from './store';

/**
 * The departments to rate, from the cascade (else the participants' own departments), for
 * the facilitator to edit before starting; anonymous by default, saying which departments
 * an anonymous matrix cannot hide because a single executive rates for them.
 */
export function NewSupportForm({ workspace }: { workspace: Workspace }) {
  const [title, setTitle] = useState(DEFAULT_SUPPORT_TITLE);
  const [departments, setDepartments] = useState(() => {
    const suggested = suggestedDepartments(workspace);
    return suggested.length > 0 ? suggested : ['', ''];
  });
  const [anonymous, setAnonymous] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const alone = identifiableDepartments(
    workspace,
    departments.map((d) => d.trim()).filter((d) => d.length > 0),
  );

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const id = crypto.randomUUID();
    const refused = documentActions.tryEdit((w) =>
      createSupportCheck(w, { title, anonymous, departments }, id, new Date()),
    );
    if (refused) return setError(refused);
    supportView.open(id);
  };
  const edit = (i: number, name: string) => setDepartments(departments.map((d, j) => (j === i ? name : d)));

  return (
    <div className="check-screen" role="dialog" aria-modal="true" aria-label="New support matrix">
      <form className="check-form" onSubmit={submit}>
        <h2>New support matrix</h2>
        <label>
          Title
          <input value={title} maxLength={200} onChange={(e) => setTitle(e.target.value)} />
        </label>
        <p>
          Each executive picks their own department, then rates 1 (No support) to 5 (Full support) the support
          it gets from every other department listed here.
        </p>
        <fieldset className="support-departments">
          <legend>Departments ({departments.filter((d) => d.trim()).length})</legend>
          {departments.map((d, i) => (
            <div key={i} className="support-department-row">
              <input
                aria-label={`Department ${i + 1}`}
                value={d}
                maxLength={SUPPORT_LIMITS.department}
                onChange={(e) => edit(i, e.target.value)}
              />
              <button
                type="button"
                className="button"
                aria-label={`Remove ${d.trim() || `department ${i + 1}`}`}
                onClick={() => setDepartments(departments.filter((_, j) => j !== i))}
              >
                Remove
              </button>
            </div>
          ))}
          {departments.length < SUPPORT_LIMITS.departments ? (
            <button type="button" className="button" onClick={() => setDepartments([...departments, ''])}>
              Add a department
            </button>
          ) : null}
        </fieldset>
        <label className="check-option">
          <input type="checkbox" checked={anonymous} onChange={(e) => setAnonymous(e.target.checked)} />
          Anonymous: the saved ratings keep no link to who gave them
        </label>
        {anonymous && alone.length > 0 ? (
          <p className="banner banner-warning" role="status">
            Only one executive is in {listInWords(alone)}: even anonymous,{' '}
            {alone.length === 1 ? 'its' : 'their'} ratings say who gave them. Tell the room before it starts.
          </p>
        ) : null}
        {error ? <p role="alert">{error}</p> : null}
        <div className="check-actions">
          <button type="submit" className="button button-primary button-large">
            Start the support matrix
          </button>
          <button type="button" className="button button-large" onClick={supportView.close}>
            Cancel
          </button>
        </div>
      </form>
    </div>
  );
}
