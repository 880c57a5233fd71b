import { RankingInputError } from '../ranking/errors';
import { normaliseRanking, validateCandidates } from '../ranking/profile';
import type { Tiered } from '../ranking/types';

/**
 * How closely two rankings of the same priorities agree, for reading a department's
 * order against the leadership's. The ranking engine has Kendall's tau *distance*
 * (pairs put the other way, ties counting ½); the translation check reports Kendall's
 * τ-b instead, the correlation that corrects for ties on either side, because a
 * department's mean order often ties items and a −1…1 scale reads the same whatever
 * the number of priorities.
 */

/**
 * Kendall's τ-b of two rank vectors (any numbers where smaller = better; equal = tied):
 *   τ-b = (C − D) / √((n₀ − n₁)(n₀ − n₂)),  n₀ = n(n − 1)/2,
 * C and D the concordant and discordant pairs, n₁ and n₂ the pairs tied in each.
 * Null when either side ties everything (there is no order to correlate).
 */
export function tauBOfRanks(a: ArrayLike<number>, b: ArrayLike<number>): number | null {
  const n = a.length;
  if (b.length !== n) {
    throw new RankingInputError('ORDER_MISMATCH', 'The two rankings do not rank the same number of items.');
  }
  let concordant = 0;
  let discordant = 0;
  let tiedA = 0;
  let tiedB = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const sa = Math.sign(a[i]! - a[j]!);
      const sb = Math.sign(b[i]! - b[j]!);
      if (sa === 0) tiedA++;
      if (sb === 0) tiedB++;
      if (sa * sb > 0) concordant++;
      else if (sa * sb < 0) discordant++;
    }
  }
  const pairs = (n * (n - 1)) / 2;
  const denominator = Math.sqrt((pairs - tiedA) * (pairs - tiedB));
  return denominator === 0 ? null : (concordant - discordant) / denominator;
}

/** The tier of every item of `items` in each ranking; items a ranking leaves out tie last. */
function tiersOf(items: readonly string[], rankings: readonly Tiered[]) {
  const index = new Map(validateCandidates(items).map((c, i) => [c, i] as const));
  return rankings.map((r, i) =>
    normaliseRanking(r, index, i === 0 ? 'The first ranking' : 'The second ranking'),
  );
}

const itemsOf = (ranking: Tiered): string[] => ranking.flat();

/**
 * Kendall's τ-b between two rankings with ties (a string is a place, an inner list a tie).
 * The items are those of `a`; `b` may leave some out, and those tie below the rest.
 */
export function kendallTauB(a: Tiered, b: Tiered): number | null {
  const [ta, tb] = tiersOf(itemsOf(a), [a, b]);
  return tauBOfRanks(ta!.tierOf, tb!.tierOf);
}

export type TopOverlap = {
  /** How many places count as the top (3, or fewer when fewer items are ranked). */
  k: number;
  /** Items in both tops, in the order of the first ranking. */
  shared: string[];
  /** shared / k, capped at 1: 1 = the same top, 0 = nothing in common. */
  share: number;
};

/**
 * Which items both rankings put in their top k. An item is in the top when its place
 * could be within the first k: a tie that straddles the cut counts in, since neither
 * ranking says it is out. That can make a top larger than k, so the share is capped at 1.
 */
export function topOverlap(a: Tiered, b: Tiered, k = 3): TopOverlap {
  const items = itemsOf(a);
  const [ta, tb] = tiersOf(items, [a, b]);
  const top = Math.min(k, items.length);
  const inA = topSet(ta!, top);
  const inB = topSet(tb!, top);
  const shared = items.filter((_, i) => inA.has(i) && inB.has(i));
  return { k: top, shared, share: top === 0 ? 0 : Math.min(1, shared.length / top) };
}

export function topSet(ranking: { tierOf: Int32Array; tierSizes: number[] }, k: number): Set<number> {
  const firstPlace: number[] = [];
  let place = 1;
  for (const size of ranking.tierSizes) {
    firstPlace.push(place);
    place += size;
  }
  const set = new Set<number>();
  ranking.tierOf.forEach((tier, item) => {
    if (firstPlace[tier]! <= k) set.add(item);
  });
  return set;
}
