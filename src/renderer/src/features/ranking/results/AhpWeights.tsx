import type { MethodResultsProps } from '../ballotMethodViews';

/** Pairwise with strengths: the group's AHP weights and how consistent the judgements were. */
export function AhpWeights({ results: { ahp }, titles }: MethodResultsProps) {
  if (!ahp) return null;
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
