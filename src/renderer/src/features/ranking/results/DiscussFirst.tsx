import type { ContestReason, RoundAnalysis } from '../../../../../shared/domain/ranking';

const REASONS: Record<ContestReason, string> = {
  polarised: 'Polarised: some put it near the top, others near the bottom.',
  split: 'Split about 50/50 against its neighbour in the consensus.',
  spread: 'Spread out: people placed it all over the list.',
};

/** The three most contested items, each with why: where the conversation should start. */
export function DiscussFirst({
  analysis,
  titles,
}: {
  analysis: RoundAnalysis;
  titles: Record<string, string>;
}) {
  const items = analysis.topContested.slice(0, 3);
  return (
    <section className="result-card discuss" aria-label="Discuss these first">
      <h3>Discuss these first</h3>
      {items.length === 0 ? (
        <p>No item is contested: the team broadly agrees on every position.</p>
      ) : (
        <ol className="discuss-list">
          {items.map((item) => (
            <li key={item.candidate} data-testid="contested-item">
              <strong>{titles[item.candidate] ?? item.candidate}</strong>
              <span className="muted"> · consensus place {item.consensusPlace}</span>
              <p>{REASONS[item.reason]}</p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
