import type { Contribution } from '../../../../shared/domain/cascade';
import { HORIZONS, type Priority } from '../../../../shared/domain/workspace';
import { cascadeActions, typedNumber } from './cascadeActions';
import { CascadeField } from './CascadeField';
import type { TargetProps } from './targets';

const points = (n: number) => String(Math.round(n * 10) / 10);

/** One department objective, every field edited in place, with the priorities it serves. */
export function ContributionRow({
  contribution: c,
  priorities,
  readOnly,
  targetProps,
}: {
  contribution: Contribution;
  priorities: readonly Priority[];
  readOnly: boolean;
  targetProps: TargetProps;
}) {
  const byId = new Map(priorities.map((p) => [p.id, p]));
  const linkable = priorities.filter((p) => p.status !== 'dropped' && !c.priorityIds.includes(p.id));
  const target = targetProps('contribution', c.id);
  return (
    <li
      {...target}
      className={['contribution', target.className].filter(Boolean).join(' ')}
      aria-label={`Objective ${c.objective}`}
    >
      <div className="contribution-main">
        <CascadeField
          label="Objective"
          value={c.objective}
          readOnly={readOnly}
          className="contribution-objective"
          onCommit={(v) => cascadeActions.edit(c.id, { objective: v })}
        />
        {readOnly ? null : (
          <button
            type="button"
            className="button button-small button-ghost"
            aria-label={`Remove the objective ${c.objective}`}
            onClick={() => cascadeActions.remove(c.id)}
          >
            Remove
          </button>
        )}
      </div>
      <div className="contribution-fields">
        <CascadeField
          label="Owner"
          value={c.owner}
          placeholder="Owner"
          readOnly={readOnly}
          onCommit={(v) => cascadeActions.edit(c.id, { owner: v })}
        />
        <CascadeField
          label="Measure"
          value={c.measure}
          placeholder="Measure of success"
          readOnly={readOnly}
          className="contribution-measure"
          onCommit={(v) => cascadeActions.edit(c.id, { measure: v })}
        />
        <label className="cascade-select">
          <span className="sr-only">Horizon</span>
          <select
            value={c.horizon}
            disabled={readOnly}
            onChange={(e) =>
              cascadeActions.edit(c.id, { horizon: e.target.value as Contribution['horizon'] })
            }
          >
            {HORIZONS.map((h) => (
              <option key={h} value={h}>
                {h === 'now' ? 'Now' : h === 'next' ? 'Next' : 'Later'}
              </option>
            ))}
          </select>
        </label>
        <CascadeField
          label="Effort"
          showLabel
          type="number"
          value={points(c.effort)}
          readOnly={readOnly}
          className="contribution-number"
          suffix={<span className="muted"> pts</span>}
          onCommit={(v) => cascadeActions.edit(c.id, { effort: typedNumber(v) })}
        />
        <CascadeField
          label="Rank"
          showLabel
          type="number"
          value={c.localRank === undefined ? '' : String(c.localRank)}
          placeholder="—"
          readOnly={readOnly}
          className="contribution-number"
          onCommit={(v) => cascadeActions.edit(c.id, { localRank: v.trim() === '' ? undefined : Number(v) })}
        />
      </div>
      <div className="contribution-links" aria-label="Serves">
        <span className="muted">Serves:</span>
        {c.priorityIds.length === 0 ? <span className="muted">no company priority</span> : null}
        {c.priorityIds.map((id) => {
          const p = byId.get(id);
          const title = p?.title ?? 'a deleted priority';
          return (
            <span key={id} className={p?.status === 'committed' ? 'link-chip' : 'link-chip is-not-committed'}>
              {title}
              {p && p.status !== 'committed' ? ` (${p.status})` : ''}
              {readOnly ? null : (
                <button
                  type="button"
                  className="chip-remove"
                  aria-label={`Unlink ${title}`}
                  onClick={() => cascadeActions.unlink(c.id, id)}
                >
                  ×
                </button>
              )}
            </span>
          );
        })}
        {readOnly || linkable.length === 0 ? null : (
          <label className="cascade-select">
            <span className="sr-only">Link a priority to {c.objective}</span>
            <select
              value=""
              onChange={(e) => {
                if (e.target.value) cascadeActions.link(c.id, e.target.value);
              }}
            >
              <option value="">Link a priority…</option>
              {linkable.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.title}
                  {p.status === 'committed' ? '' : ` (${p.status})`}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
    </li>
  );
}
