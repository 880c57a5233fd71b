import {
  alignmentFactsLine,
  campLines,
  gaugeArc,
  type RoundAnalysis,
} from '../../../../../shared/domain/ranking';

/**
 * One number and one word: how aligned the team is (Kendall's W as 0–100), in the words of
 * the verdict, which never contradicts the order's ranges; camps named when the room splits.
 */
export function AlignmentHeadline({
  analysis,
  titles,
  hideNames,
}: {
  analysis: RoundAnalysis;
  titles: Record<string, string>;
  hideNames: boolean;
}) {
  const { agreement, verdict } = analysis;
  const score = Math.round(agreement.w * 100);
  const arc = gaugeArc(agreement.w);
  const camps = campLines(analysis, titles, hideNames);
  return (
    <section className="result-card headline" aria-label="Alignment">
      <h3>Alignment</h3>
      <div className="gauge-row">
        <svg className="gauge" viewBox="0 0 200 112" role="img" aria-label={`Alignment ${score} out of 100`}>
          <path d={arc.track} className="gauge-track" />
          {arc.fill ? <path d={arc.fill} className="gauge-fill" /> : null}
          <text x="100" y="96" textAnchor="middle" className="gauge-number">
            {score}
          </text>
        </svg>
        <div>
          <p
            className={`headline-label label-${verdict.kind.replace(' ', '-')}`}
            data-testid="alignment-label"
          >
            {verdict.word}
          </p>
          <p className="headline-meaning" data-testid="alignment-sentence">
            {verdict.sentence}
          </p>
        </div>
      </div>
      {camps.length > 0 ? (
        <ul className="camp-lines" data-testid="camp-lines">
          {camps.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : null}
      <p className="headline-facts" data-testid="alignment-facts">
        {alignmentFactsLine(analysis)}
      </p>
    </section>
  );
}
