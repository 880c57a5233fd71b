import { useState } from 'react';
import { commitTop, setFocus } from '../../../../../shared/domain/rounds';
import type { Workspace } from '../../../../../shared/domain/workspace';
import { workspaceActions } from '../../workspaces';

/** Turns the result into a decision: commit the top N, and name the single focus. */
export function CommitPanel({
  workspace,
  ranking,
  readOnly,
}: {
  workspace: Workspace;
  ranking: string[];
  readOnly: boolean;
}) {
  const [n, setN] = useState(Math.min(3, ranking.length));
  const titles = new Map(workspace.priorities.map((p) => [p.id, p.title]));
  const committed = workspace.priorities.filter((p) => p.status === 'committed');
  const focus = workspace.focusPriorityId;
  return (
    <section className="result-card commit" aria-label="Commit">
      <h3>Commit</h3>
      <div className="commit-row">
        <label>
          Commit the top{' '}
          <input
            type="number"
            min={1}
            max={ranking.length}
            value={n}
            aria-label="How many to commit"
            onChange={(e) => setN(Math.max(1, Math.min(ranking.length, Number(e.target.value) || 1)))}
          />
        </label>
        <button
          type="button"
          className="button button-primary"
          disabled={readOnly}
          onClick={() => workspaceActions.edit((w) => commitTop(w, ranking, n))}
        >
          Commit top {n}
        </button>
      </div>
      <p className="muted small">
        Top {n}:{' '}
        {ranking
          .slice(0, n)
          .map((id) => titles.get(id) ?? id)
          .join(', ')}
      </p>
      <label className="focus-picker">
        Single focus for the quarter{' '}
        <select
          value={focus ?? ''}
          disabled={readOnly}
          onChange={(e) =>
            workspaceActions.edit((w) => setFocus(w, e.target.value === '' ? null : e.target.value))
          }
        >
          <option value="">— not chosen yet —</option>
          {(committed.length > 0
            ? committed
            : workspace.priorities.filter((p) => ranking.includes(p.id))
          ).map((p) => (
            <option key={p.id} value={p.id}>
              {p.title}
            </option>
          ))}
        </select>
      </label>
      {focus ? (
        <p className="focus-statement" data-testid="focus-statement">
          Our single focus: <strong>{titles.get(focus)}</strong>
        </p>
      ) : null}
    </section>
  );
}
