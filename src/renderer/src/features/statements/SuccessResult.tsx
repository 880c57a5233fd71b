import { useState } from 'react';
import {
  agreeSuccess,
  agreedSuccessFor,
  successHeadline,
  successPriorityOf,
  successReveal,
} from '../../../../shared/domain/statements';
import { type Workspace } from '../../../../shared/domain/workspace';
import type { SuccessCheck } from '../../../../shared/domain/workspace/statementCheckSchema';
import { documentActions } from '../../document';
import { checkDate } from './checkDate';
import { MetricTargetFields } from './MetricTargetFields';

/**
 * The revealed definitions of success: "6 people, 4 different metrics", then each distinct
 * metric with how many wrote it and their targets; then the room's one definition, started
 * from any of them ("Use this") and edited, stored with the focus to be graded next quarter.
 */
export function SuccessResult({
  workspace,
  check,
  readOnly,
}: {
  workspace: Workspace;
  check: SuccessCheck;
  readOnly: boolean;
}) {
  const view = successReveal(check, workspace.participants);
  const priority = successPriorityOf(workspace, check);
  const agreed = agreedSuccessFor(workspace, check);
  const [metric, setMetric] = useState(agreed?.definition.metric ?? '');
  const [target, setTarget] = useState(agreed?.definition.target ?? '');
  const [error, setError] = useState<string | null>(null);

  const save = (event: React.FormEvent) => {
    event.preventDefault();
    setError(documentActions.tryEdit((w) => agreeSuccess(w, check.id, { metric, target })));
  };

  return (
    <section className="statement-reveal" aria-label="Definitions side by side">
      <p className="statement-headline">{successHeadline(view)}</p>
      <ol className="statement-metrics">
        {view.groups.map((g) => (
          <li key={g.metric} className="statement-metric" aria-label={g.metric}>
            <h3>{g.metric}</h3>
            <p className="statement-count">
              {g.count} of {view.people} wrote this
            </p>
            <ul className="statement-targets" aria-label="Targets">
              {g.targets.map((t, i) => (
                <li key={i}>
                  {t}
                  {g.authors[i] ? <span className="statement-author"> — {g.authors[i]}</span> : null}
                </li>
              ))}
            </ul>
            {readOnly ? null : (
              <button
                type="button"
                className="button statement-use"
                aria-label={`Use this: ${g.metric}`}
                onClick={() => {
                  setMetric(g.metric);
                  setTarget(g.targets[0] ?? '');
                }}
              >
                Use this
              </button>
            )}
          </li>
        ))}
      </ol>
      {agreed ? (
        <section className="statement-agreed" aria-label="Agreed definition of success">
          <h3>
            Agreed definition of success for {agreed.priority.title}: {agreed.definition.metric} —{' '}
            {agreed.definition.target}
          </h3>
          <p className="muted">{checkDate(check)} · graded next quarter</p>
        </section>
      ) : null}
      {readOnly ? null : priority ? (
        <form className="statement-agree" onSubmit={save} aria-label="Agree the definition of success">
          <h3>Agree what would mean “{priority.title}” succeeded</h3>
          <MetricTargetFields metric={metric} target={target} onMetric={setMetric} onTarget={setTarget} />
          {error ? <p role="alert">{error}</p> : null}
          <div className="check-actions">
            <button type="submit" className="button button-primary button-large">
              Save the definition of success
            </button>
          </div>
        </form>
      ) : (
        <p className="empty">
          The priority this check was about is no longer the focus or committed: start a new success check for
          the focus.
        </p>
      )}
    </section>
  );
}
