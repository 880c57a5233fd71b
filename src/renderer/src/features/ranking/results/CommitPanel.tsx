import { useState } from 'react';
import { localDay } from '../../../../../shared/domain/calendarDay';
import type { RoundAnalysis } from '../../../../../shared/domain/ranking';
import { focusWithDecision } from '../../../../../shared/domain/rounds';
import type { Round, Workspace } from '../../../../../shared/domain/workspace';
import { CommitTopForm } from './CommitTopForm';
import { documentActions } from '../../../document';

/**
 * Turns the result into decisions: commit the top N (the room chooses where the cut falls
 * inside a range) and name the single focus. Each writes an entry in the decision log.
 */
export function CommitPanel({
  workspace,
  round,
  analysis,
  titles,
  hideNames,
  readOnly,
}: {
  workspace: Workspace;
  round: Round;
  analysis: RoundAnalysis;
  titles: Record<string, string>;
  hideNames: boolean;
  readOnly: boolean;
}) {
  const ranking = analysis.ranges.map((r) => r.candidate);
  const [n, setN] = useState(Math.min(3, ranking.length));
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const committed = workspace.priorities.filter((p) => p.status === 'committed');
  const focus = workspace.focusPriorityId;
  const chooseFocus = (id: string | null) => {
    setError(
      documentActions.tryEdit((w) =>
        focusWithDecision(w, id, { id: crypto.randomUUID(), date: localDay(new Date()) }),
      ),
    );
  };
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
            onChange={(e) => {
              setN(Math.max(1, Math.min(ranking.length, Number(e.target.value) || 1)));
              setOpen(false);
            }}
          />
        </label>
        <button
          type="button"
          className="button button-primary"
          disabled={readOnly || open}
          onClick={() => setOpen(true)}
        >
          Commit top {n}…
        </button>
      </div>
      {open ? (
        <CommitTopForm
          key={n}
          workspace={workspace}
          round={round}
          analysis={analysis}
          titles={titles}
          n={n}
          hideNames={hideNames}
          onDone={() => setOpen(false)}
        />
      ) : (
        <p className="muted small">
          Top {n}:{' '}
          {ranking
            .slice(0, n)
            .map((id) => titles[id] ?? id)
            .join(', ')}
        </p>
      )}
      <label className="focus-picker">
        Single focus for the quarter{' '}
        <select value={focus ?? ''} disabled={readOnly} onChange={(e) => chooseFocus(e.target.value || null)}>
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
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      {focus ? (
        <p className="focus-statement" data-testid="focus-statement">
          Our single focus: <strong>{workspace.priorities.find((p) => p.id === focus)?.title}</strong>
        </p>
      ) : null}
    </section>
  );
}
