import {
  certaintyLines,
  METHOD_NAMES,
  placeRangeText,
  representativeNote,
  type RoundAnalysis,
} from '../../../../../shared/domain/ranking';
import { PlaceRangeBar } from './PlaceRangeBar';

/**
 * The consensus as one order, each item with every place it takes across the orders that
 * fit the ballots equally well ("2–7"): the order is read with its ranges, never as a wall
 * of ties. Items are shown tied only when they are truly interchangeable. Borda and
 * Schulze places stay beside it as a compact check.
 */
export function ConsensusTable({
  analysis,
  titles,
}: {
  analysis: RoundAnalysis;
  titles: Record<string, string>;
}) {
  const n = analysis.ranges.length;
  const mean = new Map(analysis.items.map((i) => [i.candidate, i.meanRank]));
  const borda = placesOf(analysis.methods.borda.order);
  const schulze = placesOf(analysis.methods.schulze.order);
  const certainties = certaintyLines(analysis, titles);
  const anyTie = analysis.ranges.some((r) => r.tiedWithNext);
  return (
    <section className="result-card consensus" aria-label="Consensus order">
      <h3>Consensus order</h3>
      <p className="consensus-how" data-testid="consensus-how">
        <strong>
          {analysis.kemeny.exact || analysis.consensus.method !== 'kemeny' ? 'Exact' : 'Best found'}
        </strong>{' '}
        · {METHOD_NAMES[analysis.consensus.method]}
      </p>
      <table className="consensus-table" style={{ '--rows': n } as React.CSSProperties}>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">Item</th>
            <th scope="col">Could be placed</th>
            <th scope="col" className="method-place" title="Place by the Borda count">
              Borda
            </th>
            <th scope="col" className="method-place" title="Place by the Schulze method">
              Schulze
            </th>
          </tr>
        </thead>
        <tbody>
          {analysis.ranges.map((r, i) => {
            const startsTie = r.tiedWithNext && analysis.ranges[i - 1]?.tiedWithNext !== true;
            const inTie = !startsTie && analysis.ranges[i - 1]?.tiedWithNext === true;
            const settled = r.first === r.last;
            return (
              <tr
                key={r.candidate}
                data-testid="consensus-row"
                className={settled ? 'place-settled' : 'place-open'}
              >
                <td className="place-number">{r.place}</td>
                <td className="place-main">
                  {titles[r.candidate] ?? r.candidate}
                  {startsTie ? <span className="tie-badge">{tieLength(analysis.ranges, i)} tied</span> : null}
                  {inTie ? (
                    <span className="tie-badge" title="Tied with the item above">
                      =
                    </span>
                  ) : null}
                </td>
                <td className="place-range">
                  <span className="range-text" data-testid="place-range">
                    {placeRangeText(r.first, r.last)}
                  </span>
                  <PlaceRangeBar
                    first={r.first}
                    last={r.last}
                    mean={mean.get(r.candidate) ?? r.place}
                    count={n}
                  />
                </td>
                <td className="method-place">{placeRangeText(...(borda.get(r.candidate) ?? [0, 0]))}</td>
                <td className="method-place">{placeRangeText(...(schulze.get(r.candidate) ?? [0, 0]))}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="muted small" data-testid="representative-note">
        {representativeNote(analysis)}
        {anyTie ? ' Tied items (=) are interchangeable: no ballot tells them apart.' : ''} The bar spans the
        places an item could take; the dot is its average place.
      </p>
      {certainties.length > 0 ? (
        <div className="certainties" aria-label="What everyone agrees on">
          <h4>Everyone agrees</h4>
          <ul data-testid="certainty-lines">
            {certainties.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}

/** Each item's place in a tiered order, as [first, last] (a tie of two at 3: [3, 4]). */
function placesOf(order: readonly (readonly string[])[]): Map<string, [number, number]> {
  const out = new Map<string, [number, number]>();
  let before = 0;
  for (const tier of order) {
    for (const id of tier) out.set(id, [before + 1, before + tier.length]);
    before += tier.length;
  }
  return out;
}

/** How many items from row `start` on are interchangeable with each other. */
function tieLength(rows: RoundAnalysis['ranges'], start: number): number {
  let end = start;
  while (rows[end]?.tiedWithNext === true) end++;
  return end - start + 1;
}
