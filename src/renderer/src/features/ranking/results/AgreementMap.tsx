import type { RoundAnalysis } from '../../../../../shared/domain/ranking';

/** Who agrees with whom (participant × participant) and each person's distance from the consensus. */
export function AgreementMap({ analysis, hideNames }: { analysis: RoundAnalysis; hideNames: boolean }) {
  const { voterIds, matrix } = analysis.participantAgreement;
  const names = new Map(analysis.voters.map((v) => [v.voterId, v.name]));
  const label = (id: string, i: number) => (hideNames ? `P${i + 1}` : (names.get(id) ?? id));
  const distances = [...analysis.participants].sort((a, b) => a.tauDistance - b.tauDistance);
  return (
    <section className="result-card agreement" aria-label="Agreement between people">
      <h3>Agreement between people</h3>
      <div className="agreement-grid">
        <table className="heatmap">
          <thead>
            <tr>
              <th />
              {voterIds.map((id, i) => (
                <th key={id} scope="col" className="heatmap-col">
                  {label(id, i)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {voterIds.map((rowId, i) => (
              <tr key={rowId}>
                <th scope="row">{label(rowId, i)}</th>
                {voterIds.map((colId, j) => {
                  const value = matrix[i]?.[j] ?? 0;
                  return (
                    <td key={colId} className="heatmap-cell" style={cellStyle(value)}>
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
            {distances.map((p) => {
              const index = voterIds.indexOf(p.voterId);
              return (
                <li key={p.voterId} data-testid="distance-row">
                  <span className="distance-name">{label(p.voterId, index)}</span>
                  <span className="distance-bar" aria-hidden="true">
                    <span style={{ width: `${Math.round(p.tauDistance * 100)}%` }} />
                  </span>
                  <span className="distance-value">{Math.round(p.tauDistance * 100)}</span>
                </li>
              );
            })}
          </ol>
          <p className="muted small">
            0 = same order as the consensus, 100 = the exact reverse (Kendall tau distance).
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
