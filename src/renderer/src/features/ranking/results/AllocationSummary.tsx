import type { AllocationAnalysis } from '../../../../../shared/domain/ranking';
import type { GroupAhp } from '../../../../../shared/domain/rounds';

/** Points or dots: totals and each item's mean share, ties called out; or AHP weights. */
export function AllocationSummary({
  allocation,
  ahp,
  titles,
}: {
  allocation: AllocationAnalysis | null;
  ahp: GroupAhp | null;
  titles: Record<string, string>;
}) {
  if (allocation) {
    const unit = allocation.kind === 'points' ? 'points' : 'dots';
    const max = Math.max(1, ...Object.values(allocation.totals));
    return (
      <section className="result-card allocation" aria-label={`Total ${unit}`}>
        <h3>Total {unit}</h3>
        <ol className="bar-list">
          {allocation.order.flat().map((id) => (
            <li key={id}>
              <span className="bar-title">{titles[id] ?? id}</span>
              <span className="bar" aria-hidden="true">
                <span style={{ width: `${(allocation.totals[id]! / max) * 100}%` }} />
              </span>
              <span className="bar-value">
                {allocation.totals[id]} ({Math.round((allocation.meanShare[id] ?? 0) * 100)}% avg)
              </span>
            </li>
          ))}
        </ol>
        {allocation.ties.length > 0 ? (
          <p>Tied: {allocation.ties.map((t) => t.map((id) => titles[id] ?? id).join(' = ')).join('; ')}.</p>
        ) : null}
      </section>
    );
  }
  if (ahp) {
    const sorted = Object.entries(ahp.weights).sort((a, b) => b[1] - a[1]);
    return (
      <section className="result-card allocation" aria-label="AHP weights">
        <h3>AHP weights</h3>
        <ol className="bar-list">
          {sorted.map(([id, w]) => (
            <li key={id}>
              <span className="bar-title">{titles[id] ?? id}</span>
              <span className="bar" aria-hidden="true">
                <span style={{ width: `${(w / sorted[0]![1]) * 100}%` }} />
              </span>
              <span className="bar-value">{(w * 100).toFixed(1)}%</span>
            </li>
          ))}
        </ol>
        <p>
          Group consistency ratio {ahp.cr.toFixed(2)}{' '}
          {ahp.consistent ? '(consistent: ≤ 0.10)' : '(over 0.10: judgements contradict each other)'}.
        </p>
      </section>
    );
  }
  return null;
}
