/**
 * Turning scores or a dominance relation into tiers, best first. Inside a tier the
 * candidates keep their input order so that output is stable and easy to test.
 */

/** Equal scores (within `tolerance`) share a tier. */
export function tiersByScore(
  scores: ArrayLike<number>,
  higherIsBetter: boolean,
  tolerance = 1e-9,
): number[][] {
  const order = Array.from({ length: scores.length }, (_, i) => i);
  const sign = higherIsBetter ? -1 : 1;
  order.sort((a, b) => sign * (scores[a]! - scores[b]!) || a - b);
  const tiers: number[][] = [];
  let previous = Number.NaN;
  for (const c of order) {
    const score = scores[c]!;
    const last = tiers[tiers.length - 1];
    if (last !== undefined && Math.abs(score - previous) <= tolerance) last.push(c);
    else tiers.push([c]);
    previous = score;
  }
  for (const tier of tiers) tier.sort((a, b) => a - b);
  return tiers;
}

/**
 * Tiers of a strict partial order (`beats` transitive and asymmetric) by depth: tier 1
 * holds the candidates nobody beats (the method's winners, ties included); each next tier
 * holds those beaten only by candidates already placed. So candidates in one tier are
 * never ordered by the relation (genuine ties), and every candidate in tier t + 1 is
 * beaten by someone in tier t. Candidates in different tiers are not always compared
 * directly by the relation: a weak order cannot show every partial order, and this is
 * the standard layering (a partial order's height function). If a caller passes a
 * relation with a cycle, the rest lands in one last tier rather than looping.
 */
export function tiersByDepth(n: number, beats: (i: number, j: number) => boolean): number[][] {
  let remaining = Array.from({ length: n }, (_, i) => i);
  const tiers: number[][] = [];
  while (remaining.length > 0) {
    const top = remaining.filter((j) => !remaining.some((i) => i !== j && beats(i, j)));
    if (top.length === 0) {
      tiers.push(remaining);
      break;
    }
    tiers.push(top);
    const taken = new Set(top);
    remaining = remaining.filter((c) => !taken.has(c));
  }
  return tiers;
}

export const tierNames = (tiers: readonly number[][], candidates: readonly string[]): string[][] =>
  tiers.map((tier) => tier.map((c) => candidates[c]!));

export function scoreRecord(
  scores: ArrayLike<number>,
  candidates: readonly string[],
): Record<string, number> {
  const record: Record<string, number> = {};
  candidates.forEach((name, i) => {
    record[name] = scores[i]!;
  });
  return record;
}

/** 0-based [first, last] place each candidate occupies, ties spanning their tier. */
export function placeRanges(tiers: readonly number[][], n: number): Array<[number, number]> {
  const ranges = new Array<[number, number]>(n);
  let start = 0;
  for (const tier of tiers) {
    for (const c of tier) ranges[c] = [start, start + tier.length - 1];
    start += tier.length;
  }
  return ranges;
}

/** The tier index of every candidate. */
export function tierIndex(tiers: readonly number[][], n: number): Int32Array {
  const at = new Int32Array(n);
  tiers.forEach((tier, t) => {
    for (const c of tier) at[c] = t;
  });
  return at;
}
