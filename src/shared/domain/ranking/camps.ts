/**
 * Camps: groups of voters who agree with each other and disagree with the other group.
 *
 * A divided room is not "weakly aligned noise": three people rank one way and three the
 * reverse. Kendall's W alone hides that (it can even read high when the camps agree on
 * the ends of the list), so the result names the camps.
 *
 * Method: the best split into two groups around two medoids (the pair of voters that,
 * with everyone joining the closer of the two, gives the highest total agreement; every
 * pair is tried, so for the 4–25 people of a leadership room this is exact and instant).
 * Agreement between two people is 1 − normalised Kendall tau distance (1 = same order,
 * 0.5 = unrelated, 0 = reversed). The split is called camps only when it is clear:
 * - each group has at least MIN_CAMP_SIZE people (one outlier is not a camp);
 * - the groups, on average, agree with each other no better than chance
 *   (mean agreement across the groups ≤ MAX_BETWEEN_AGREEMENT);
 * - each group agrees within itself clearly more than across
 *   (within − between ≥ MIN_CAMP_GAP).
 */
export const MIN_CAMP_SIZE = 2;
export const MAX_BETWEEN_AGREEMENT = 0.5;
export const MIN_CAMP_GAP = 0.25;

export type CampSplit = {
  /** Voter indexes per camp, larger camp first (ties: the camp holding the lower index). */
  groups: number[][];
  /** Mean pairwise agreement inside each camp, same order. */
  within: number[];
  /** Mean agreement between a member of one camp and a member of the other. */
  between: number;
};

function meanOver(pairs: Array<[number, number]>, matrix: readonly (readonly number[])[]): number {
  if (pairs.length === 0) return 1;
  let sum = 0;
  for (const [i, j] of pairs) sum += matrix[i]![j]!;
  return sum / pairs.length;
}

function withinPairs(group: readonly number[]): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  for (let a = 0; a < group.length; a++)
    for (let b = a + 1; b < group.length; b++) pairs.push([group[a]!, group[b]!]);
  return pairs;
}

/** The clearest two-camp split of the room, or null when the room is not split. */
export function findCamps(matrix: readonly (readonly number[])[]): CampSplit | null {
  const n = matrix.length;
  if (n < 2 * MIN_CAMP_SIZE) return null;
  let best: { score: number; groups: [number[], number[]] } | null = null;
  for (let a = 0; a < n; a++) {
    for (let b = a + 1; b < n; b++) {
      const first: number[] = [];
      const second: number[] = [];
      let score = 0;
      for (let v = 0; v < n; v++) {
        const toA = matrix[v]![a]!;
        const toB = matrix[v]![b]!;
        // Ties go to the first medoid, so the split does not depend on float noise.
        if (toA >= toB) {
          first.push(v);
          score += toA;
        } else {
          second.push(v);
          score += toB;
        }
      }
      if (best === null || score > best.score + 1e-12) best = { score, groups: [first, second] };
    }
  }
  if (best === null) return null;
  const groups = best.groups
    .slice()
    .sort((x, y) => y.length - x.length || x[0]! - y[0]!)
    .map((g) => g.slice());
  if (groups.some((g) => g.length < MIN_CAMP_SIZE)) return null;
  const across: Array<[number, number]> = [];
  for (const i of groups[0]!) for (const j of groups[1]!) across.push([i, j]);
  const between = meanOver(across, matrix);
  const within = groups.map((g) => meanOver(withinPairs(g), matrix));
  if (between > MAX_BETWEEN_AGREEMENT + 1e-12) return null;
  if (within.some((w) => w - between < MIN_CAMP_GAP - 1e-12)) return null;
  return { groups, within, between };
}

/**
 * A camp's own order: its members' average places, best first (ties: input order).
 * `places[v][c]` is voter v's mid-rank of item c.
 */
export function campOrder(members: readonly number[], places: ReadonlyArray<ArrayLike<number>>): number[] {
  const n = places[0]?.length ?? 0;
  const mean = Array.from({ length: n }, (_, c) => {
    let sum = 0;
    for (const v of members) sum += places[v]![c]!;
    return sum / Math.max(1, members.length);
  });
  return mean
    .map((m, c) => [m, c] as const)
    .sort((x, y) => x[0] - y[0] || x[1] - y[1])
    .map(([, c]) => c);
}
