import { listInWords, type RoundAnalysis } from '../../../../../shared/domain/ranking';

/** Head-to-head: the item that beats every other, or the cycle or tie that prevents one, in words. */
export function CondorcetNote({
  analysis,
  titles,
}: {
  analysis: RoundAnalysis;
  titles: Record<string, string>;
}) {
  const t = (id: string) => titles[id] ?? id;
  const c = analysis.condorcet;
  let text: string;
  if (c.kind === 'winner') {
    text = `${t(c.winner)} beats every other item head to head.`;
  } else if (c.kind === 'cycle') {
    const steps = c.duels.map((d) => `${t(d.winner)} beats ${t(d.loser)} (${d.for}–${d.against})`);
    text = `No item beats all others: there is a cycle. ${steps.join('; ')}. The top places are a judgement call.`;
  } else {
    text = `No single winner: ${c.topSet.map(t).join(', ')} are tied head to head.`;
  }
  // Only items no ballot tells apart are a tie; the rest have a place and a range.
  const ties: string[][] = [];
  analysis.ranges.forEach((r, i) => {
    if (i > 0 && analysis.ranges[i - 1]!.tiedWithNext) ties.at(-1)!.push(r.candidate);
    else if (r.tiedWithNext) ties.push([r.candidate]);
  });
  return (
    <section className="result-card condorcet" aria-label="Head to head">
      <h3>Head to head</h3>
      <p data-testid="condorcet-text">{text}</p>
      {ties.length > 0 ? (
        <p data-testid="ties-text">
          Interchangeable (no ballot tells them apart):{' '}
          {ties.map((tier) => listInWords(tier.map(t))).join('; ')}.
        </p>
      ) : null}
    </section>
  );
}
