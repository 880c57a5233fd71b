import type { RoundAnalysis } from '../../../../../shared/domain/ranking';

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
  const ties = analysis.consensus.order.filter((tier) => tier.length > 1);
  return (
    <section className="result-card condorcet" aria-label="Head to head">
      <h3>Head to head</h3>
      <p data-testid="condorcet-text">{text}</p>
      {ties.length > 0 ? (
        <p data-testid="ties-text">
          Tied in the consensus: {ties.map((tier) => tier.map(t).join(' and ')).join('; ')}.
        </p>
      ) : null}
    </section>
  );
}
