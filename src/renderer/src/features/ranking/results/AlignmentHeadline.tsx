import type { RoundAnalysis } from '../../../../../shared/domain/ranking';

/** One number and one word: how aligned the team is (Kendall's W as 0–100). */
export function AlignmentHeadline({ analysis }: { analysis: RoundAnalysis }) {
  const { agreement } = analysis;
  const score = Math.round(agreement.w * 100);
  const angle = Math.PI * (1 - agreement.w);
  const x = 100 + 80 * Math.cos(angle);
  const y = 100 - 80 * Math.sin(angle);
  const chance = agreement.significant
    ? `Unlikely to be chance (p ${formatP(agreement.p)})`
    : `Could be chance (p ${formatP(agreement.p)})`;
  return (
    <section className="result-card headline" aria-label="Alignment">
      <h3>Alignment</h3>
      <div className="gauge-row">
        <svg className="gauge" viewBox="0 0 200 112" role="img" aria-label={`Alignment ${score} out of 100`}>
          <path d="M 20 100 A 80 80 0 0 1 180 100" className="gauge-track" />
          {agreement.w > 0 ? (
            <path d={`M 20 100 A 80 80 0 0 1 ${x.toFixed(2)} ${y.toFixed(2)}`} className="gauge-fill" />
          ) : null}
          <text x="100" y="96" textAnchor="middle" className="gauge-number">
            {score}
          </text>
        </svg>
        <div>
          <p
            className={`headline-label label-${agreement.label.replace(' ', '-')}`}
            data-testid="alignment-label"
          >
            {agreement.label}
          </p>
          <p className="headline-meaning">{agreement.meaning}</p>
        </div>
      </div>
      <p className="headline-facts" data-testid="alignment-facts">
        Kendall’s W = {agreement.w.toFixed(2)} · {analysis.voters.length} voters ·{' '}
        {analysis.candidates.length} items · {chance}
      </p>
    </section>
  );
}

/** "= 0.03", "< 0.001": a p-value as people write it. */
export function formatP(p: number): string {
  if (p < 0.001) return '< 0.001';
  return `= ${p < 0.01 ? p.toFixed(3) : p.toFixed(2)}`;
}
