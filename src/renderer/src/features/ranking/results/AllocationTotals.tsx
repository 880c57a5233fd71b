import type { MethodResultsProps } from '../ballotMethodViews';

/** Points or dots: totals and each item's mean share, ties called out. */
export function AllocationTotals({ results: { allocation }, titles }: MethodResultsProps) {
  if (!allocation) return null;
  const unit = allocation.kind;
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
