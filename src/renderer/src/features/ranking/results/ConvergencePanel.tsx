import type { Convergence } from '../../../../../shared/domain/ranking';

/** Before → after a re-vote: did the team converge, who moved, which items settled. */
export function ConvergencePanel({
  convergence,
  titles,
  hideNames,
}: {
  convergence: Convergence;
  titles: Record<string, string>;
  hideNames: boolean;
}) {
  const t = (id: string) => titles[id] ?? id;
  const movers = convergence.participants
    .filter((p) => p.movement > 0)
    .sort((a, b) => b.movement - a.movement);
  const delta = Math.round(convergence.deltaW * 100);
  return (
    <section className="result-card convergence" aria-label="Since the previous round">
      <h3>Since the previous round</h3>
      <p className="convergence-headline" data-testid="convergence-headline">
        Alignment {Math.round(convergence.previousW * 100)} → {Math.round(convergence.currentW * 100)} (
        {delta >= 0 ? '+' : ''}
        {delta}) · {convergence.previousLabel} → {convergence.currentLabel}
      </p>
      {movers.length > 0 ? (
        <p>
          Moved the most:{' '}
          {hideNames
            ? `${movers.length} people changed their order`
            : movers
                .slice(0, 5)
                .map((p) => `${p.name} (${p.towardConsensus >= 0 ? 'toward' : 'away from'} the consensus)`)
                .join(', ')}
        </p>
      ) : (
        <p>Nobody changed their order.</p>
      )}
      {convergence.settled.length > 0 ? <p>Settled: {convergence.settled.map(t).join(', ')}.</p> : null}
      {convergence.stillContested.length > 0 ? (
        <p>Still contested: {convergence.stillContested.map(t).join(', ')}.</p>
      ) : null}
      {convergence.newlyContested.length > 0 ? (
        <p>Newly contested: {convergence.newlyContested.map(t).join(', ')}.</p>
      ) : null}
    </section>
  );
}
