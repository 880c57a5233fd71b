import { createPortal } from 'react-dom';
import type { Workspace } from '../../../../shared/domain/workspace';
import { NewStatementForm } from './NewStatementForm';
import { StatementScreen } from './StatementScreen';
import { statementView, useStatementView } from './store';

const KIND_WORDS = { messages: 'Same message', success: 'Success' } as const;

/**
 * The same-message and success checks under the Ranking tab's round list: each one, and a
 * way to open a new one of each kind. An open check (and the form for a new one) takes the
 * whole window, so the private screen shows nothing else and the reveal reads from afar.
 */
export function StatementSection({ workspace, readOnly }: { workspace: Workspace; readOnly: boolean }) {
  const openId = useStatementView((s) => s.openId);
  const creating = useStatementView((s) => s.creating);
  const shown = workspace.statementChecks.find((c) => c.id === openId) ?? null;

  return (
    <section className="check-section statement-section" aria-label="Written checks">
      <h2>Same message and success</h2>
      {workspace.statementChecks.length > 0 ? (
        <ol>
          {workspace.statementChecks.map((c) => (
            <li key={c.id}>
              <button type="button" className="round-link" onClick={() => statementView.open(c.id)}>
                <span>{c.title}</span>
                <span className="muted small">
                  {KIND_WORDS[c.kind]} · {c.anonymous ? 'Anonymous' : 'Named'} ·{' '}
                  {c.status === 'open' ? `${c.answeredBy.length} written` : 'revealed'}
                </span>
              </button>
            </li>
          ))}
        </ol>
      ) : (
        <p className="muted small">
          Does everyone tell their team the same thing, and mean the same by success? Each writes in private,
          then compare.
        </p>
      )}
      {readOnly ? null : (
        <div className="statement-new">
          <button type="button" className="button" onClick={() => statementView.create('messages')}>
            New same-message check…
          </button>
          <button type="button" className="button" onClick={() => statementView.create('success')}>
            New success check…
          </button>
        </div>
      )}
      {creating && !readOnly
        ? createPortal(<NewStatementForm workspace={workspace} kind={creating} />, document.body)
        : null}
      {shown
        ? createPortal(
            <StatementScreen workspace={workspace} check={shown} readOnly={readOnly} />,
            document.body,
          )
        : null}
    </section>
  );
}
