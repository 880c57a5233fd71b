import { RankingInputError, quote } from './errors';

/**
 * Distances between two rankings of the same items.
 *
 * Strict orders: Kendall's tau distance counts discordant pairs (0 … n(n−1)/2);
 * Spearman's footrule sums how far each item moved (0 … ⌊n²/2⌋, Diaconis & Graham 1977).
 *
 * Orders with ties (a ballot, or a consensus with a tie): the tau distance with penalty
 * ½ (Fagin, Kumar, Mahdian, Sivakumar & Vee 2006, K⁽ᵖ⁾ with p = ½) counts a pair
 * tied on one side and ordered on the other as half a disagreement; the footrule uses
 * mid-ranks. Both stay within the strict-order maxima, so dividing by those maxima
 * gives a 0–1 scale that means the same with or without ties.
 */

function positions(
  a: readonly string[],
  b: readonly string[],
): { pa: Map<string, number>; pb: Map<string, number> } {
  const pa = new Map<string, number>();
  const pb = new Map<string, number>();
  a.forEach((x, i) => {
    if (pa.has(x))
      throw new RankingInputError('DUPLICATE_IN_BALLOT', `The first order lists ${quote(x)} twice.`);
    pa.set(x, i);
  });
  b.forEach((x, i) => {
    if (pb.has(x))
      throw new RankingInputError('DUPLICATE_IN_BALLOT', `The second order lists ${quote(x)} twice.`);
    if (!pa.has(x)) {
      throw new RankingInputError(
        'ORDER_MISMATCH',
        `${quote(x)} is in the second order but not in the first.`,
      );
    }
    pb.set(x, i);
  });
  if (pa.size !== pb.size) {
    const missing = a.find((x) => !pb.has(x)) ?? '';
    throw new RankingInputError(
      'ORDER_MISMATCH',
      `${quote(missing)} is in the first order but not in the second.`,
    );
  }
  return { pa, pb };
}

/** Number of pairs the two strict orders put the other way round. */
export function kendallTauDistance(a: string[], b: string[]): number {
  const { pb } = positions(a, b);
  const inB = a.map((x) => pb.get(x)!);
  let discordant = 0;
  for (let i = 0; i < inB.length; i++)
    for (let j = i + 1; j < inB.length; j++) if (inB[i]! > inB[j]!) discordant++;
  return discordant;
}

/** Sum over items of |place in a − place in b|. */
export function spearmanFootrule(a: string[], b: string[]): number {
  const { pa, pb } = positions(a, b);
  let total = 0;
  for (const [x, i] of pa) total += Math.abs(i - pb.get(x)!);
  return total;
}

export const maxTauDistance = (n: number): number => (n * (n - 1)) / 2;
export const maxFootrule = (n: number): number => Math.floor((n * n) / 2);

/**
 * Tau distance with penalty ½ between two tier vectors (tier index per item, lower =
 * better): 1 for a reversed pair, ½ for a pair tied in exactly one of them.
 */
export function tieredTauDistance(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let distance = 0;
  const n = a.length;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const sa = Math.sign(a[i]! - a[j]!);
      const sb = Math.sign(b[i]! - b[j]!);
      if (sa === sb) continue;
      distance += sa === 0 || sb === 0 ? 0.5 : 1;
    }
  }
  return distance;
}

/** Footrule on mid-ranks. */
export function midRankFootrule(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let total = 0;
  for (let i = 0; i < a.length; i++) total += Math.abs(a[i]! - b[i]!);
  return total;
}

export const normalisedTau = (distance: number, n: number): number =>
  n < 2 ? 0 : distance / maxTauDistance(n);
export const normalisedFootrule = (distance: number, n: number): number =>
  n < 2 ? 0 : distance / maxFootrule(n);
