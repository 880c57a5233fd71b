import type { RoundAnalysis } from '../../../../../shared/domain/ranking';

/** Who agrees with whom (participant × participant) and each person's distance from the consensus. */
export function AgreementMap({ analysis, hideNames }: { analysis: RoundAnalysis; hideNames: boolean }) {
  const { voterIds, matrix } = analysis.participantAgreement;
  const names = new Map(analysis.voters.map((v) => [v.voterId, v.name]));
  const distances = [...analysis.participants].sort(
    (a, b) => a.tauDistance - b.tauDistance || a.footrule - b.footrule,
  );
  // With names hidden, people are numbered by their distance from the consensus, never in
  // the order they voted or joined: "P3" says nothing about who P3 is.
  const order = hideNames
    ? distances.map((p) => voterIds.indexOf(p.voterId)).filter((i) => i >= 0)
    : voterIds.map((_, i) => i);
  const rank = new Map(order.map((index, position) => [voterIds[index]!, position]));
  const label = (id: string) => (hideNames ? `P${(rank.get(id) ?? 0) + 1}` : (names.get(id) ?? id));
  return (
    <section className="result-card agreement" aria-label="Agreement between people">
      <h3>Agreement between people</h3>
      <div className="agreement-grid">
        <table className={order.length > 12 ? 'heatmap heatmap-dense' : 'heatmap'}>
          <thead>
            <tr>
              <th />
              {order.map((i) => (
                <th key={voterIds[i]} scope="col" className="heatmap-col">
                  {label(voterIds[i]!)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {order.map((i) => (
              <tr key={voterIds[i]}>
                <th scope="row">{label(voterIds[i]!)}</th>
                {order.map((j) => {
                  const value = matrix[i]?.[j] ?? 0;
                  return (
                    <td key={voterIds[j]} className="heatmap-cell" style={cellStyle(value)}>
                      {i === j ? '' : Math.round(value * 100)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
        <div>
          <h4>Distance from the consensus</h4>
          <ol className="distance-list">
            {distances.map((p) => (
              <li key={p.voterId} data-testid="distance-row">
                <span className="distance-name">{label(p.voterId)}</span>
                <span className="distance-bar" aria-hidden="true">
                  <span style={{ width: `${Math.round(p.tauDistance * 100)}%` }} />
                </span>
                <span className="distance-value">{Math.round(p.tauDistance * 100)}</span>
              </li>
            ))}
          </ol>
          <p className="muted small">
            0 = same order as the consensus, 100 = the exact reverse (Kendall tau distance).
            {hideNames ? ' People are numbered by distance, closest first.' : ''}
          </p>
        </div>
      </div>
    </section>
  );
}

/** One hue, varying lightness: readable in grey and for every common colour-vision deficiency. */
function cellStyle(value: number): React.CSSProperties {
  const lightness = 96 - Math.max(0, Math.min(1, value)) * 62;
  return { background: `hsl(212 70% ${lightness}%)`, color: lightness < 60 ? '#ffffff' : '#15191f' };
}
