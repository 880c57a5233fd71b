import { placeRanges } from './tiers';

/**
 * Where the methods agree. For each place in the consensus, the items each method puts
 * at that place (a tie spans all the places of its tier). A place is 'robust' when every
 * method puts the same single item there, and 'contested' otherwise: the order at that
 * place depends on how the votes are counted, so it deserves a word before it is used.
 */
export type PlaceStatus = 'robust' | 'contested';

export type PlaceComparison = {
  /** 1-based. */
  place: number;
  byMethod: Record<string, string[]>;
  status: PlaceStatus;
};

export function comparePlaces(
  tiersByMethod: Readonly<Record<string, number[][]>>,
  candidates: readonly string[],
): PlaceComparison[] {
  const n = candidates.length;
  const methods = Object.keys(tiersByMethod);
  const ranges = Object.fromEntries(methods.map((m) => [m, placeRanges(tiersByMethod[m]!, n)] as const));
  const places: PlaceComparison[] = [];
  for (let place = 0; place < n; place++) {
    const byMethod: Record<string, string[]> = {};
    let agreed: number | null | undefined;
    for (const method of methods) {
      const here: number[] = [];
      ranges[method]!.forEach(([first, last], c) => {
        if (first <= place && place <= last) here.push(c);
      });
      byMethod[method] = here.map((c) => candidates[c]!);
      const single = here.length === 1 ? here[0]! : null;
      agreed = agreed === undefined ? single : agreed === single ? agreed : null;
    }
    places.push({
      place: place + 1,
      byMethod,
      status: agreed !== null && agreed !== undefined ? 'robust' : 'contested',
    });
  }
  return places;
}
