import type { PlaceComparison, RoundAnalysis } from '../../../../../shared/domain/ranking';

/** The consensus order with Borda and Schulze beside it; places where methods disagree are marked. */
export function ConsensusTable({
  analysis,
  titles,
}: {
  analysis: RoundAnalysis;
  titles: Record<string, string>;
}) {
  const name = (ids: string[] | undefined) => (ids ?? []).map((id) => titles[id] ?? id).join(' = ');
  const consensusMethod = analysis.consensus.method;
  return (
    <section className="result-card consensus" aria-label="Consensus order">
      <h3>Consensus order</h3>
      <table className="consensus-table">
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">Consensus ({consensusMethod === 'kemeny' ? 'Kemeny' : consensusMethod})</th>
            <th scope="col">Borda</th>
            <th scope="col">Schulze</th>
            <th scope="col">Methods</th>
          </tr>
        </thead>
        <tbody>
          {mergeTiedPlaces(analysis.places, consensusMethod).map(({ first, last, place }) => {
            const columns = SHOWN(consensusMethod).map((m) => name(place.byMethod[m]));
            const same = columns.every((c) => c === columns[0]);
            const tied = (place.byMethod[consensusMethod]?.length ?? 0) > 1;
            return (
              <tr key={first} className={same ? '' : 'place-contested'} data-testid="consensus-row">
                <td className="place-number">{first === last ? first : `${first}–${last}`}</td>
                <td className="place-main">{columns[0]}</td>
                <td>{columns[1]}</td>
                <td>{columns[2]}</td>
                <td>{!same ? '⚠ methods disagree' : tied ? 'tied' : 'agree'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="muted small">{analysis.kemeny.note}</p>
    </section>
  );
}

const SHOWN = (consensus: string) => [consensus, 'borda', 'schulze'];

/** A tie spans several places; show it once ("5–6") rather than once per place. */
function mergeTiedPlaces(
  places: PlaceComparison[],
  consensus: string,
): Array<{ first: number; last: number; place: PlaceComparison }> {
  const key = (p: PlaceComparison) => JSON.stringify(SHOWN(consensus).map((m) => p.byMethod[m]));
  const out: Array<{ first: number; last: number; place: PlaceComparison }> = [];
  for (const place of places) {
    const previous = out.at(-1);
    if (previous && key(previous.place) === key(place)) previous.last = place.place;
    else out.push({ first: place.place, last: place.place, place });
  }
  return out;
}
