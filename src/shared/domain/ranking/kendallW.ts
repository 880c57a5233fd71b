import { concordancePermutationPValue } from './concordancePermutation';
import { RankingInputError } from './errors';
import { chiSquareSurvival } from './gamma';

/** Below this many items the p-value comes from permutations instead of χ². */
export const PERMUTATION_BELOW_ITEMS = 8;

export type KendallWOptions = {
  /** Subtract the ties term from the denominator (default true; it changes nothing without ties). */
  tieCorrection?: boolean;
  /** Monte Carlo draws when the exact enumeration is too large (default 10,000). */
  permutations?: number;
  seed?: number;
};

export type KendallWResult = {
  w: number;
  chiSquare: number;
  df: number;
  /** The p-value to show: permutation for fewer than 8 items, χ² otherwise. */
  p: number;
  /** The χ² approximation, always given for comparison with textbooks. */
  pChiSquare: number;
  pMethod: 'chi-square' | 'exact' | 'monte-carlo';
  /** How many arrangements the permutation p-value used (0 with χ²). */
  permutations: number;
  raters: number;
  items: number;
};

/** Sum over one rater's tie groups of t³ − t. */
export function tieTerm(row: readonly number[]): number {
  const sorted = row.slice().sort((a, b) => a - b);
  let term = 0;
  for (let i = 0; i < sorted.length;) {
    let j = i + 1;
    while (j < sorted.length && sorted[j] === sorted[i]) j++;
    const t = j - i;
    term += t * t * t - t;
    i = j;
  }
  return term;
}

function checkRanks(ranks: unknown): number[][] {
  if (!Array.isArray(ranks) || ranks.length === 0) {
    throw new RankingInputError('INVALID_RANKS', 'Agreement needs at least one person’s ranking.');
  }
  const n = Array.isArray(ranks[0]) ? (ranks[0] as unknown[]).length : 0;
  if (n < 2) {
    throw new RankingInputError('TOO_FEW_CANDIDATES', 'Agreement needs at least two ranked items.');
  }
  const expected = (n * (n + 1)) / 2;
  ranks.forEach((row: unknown, r) => {
    if (!Array.isArray(row) || row.length !== n) {
      throw new RankingInputError(
        'INVALID_RANKS',
        `Ranking ${r + 1} has ${Array.isArray(row) ? row.length : 0} places; every ranking must place all ${n} items.`,
      );
    }
    const sum = (row as unknown[]).reduce<number>((acc, v) => acc + (typeof v === 'number' ? v : NaN), 0);
    const inRange = (row as unknown[]).every((v) => typeof v === 'number' && v >= 1 && v <= n);
    if (!inRange || !(Math.abs(sum - expected) <= 1e-9 * expected)) {
      throw new RankingInputError(
        'INVALID_RANKS',
        `Ranking ${r + 1} is not a list of places 1 to ${n} (tied items share the average of their places).`,
      );
    }
  });
  return ranks as number[][];
}

/**
 * Kendall's coefficient of concordance W (Kendall & Babington Smith 1939), rows =
 * raters, columns = items, values = mid-ranks:
 *   W = 12 S / (m²(n³ − n) − m Σ T),  S = Σ_j (R_j − m(n + 1)/2)²,  T = Σ (t³ − t) per rater,
 *   χ² = m (n − 1) W with n − 1 degrees of freedom (Friedman's statistic).
 * When every rater ties every item there is nothing to agree on: W = 0 and p = 1.
 */
export function kendallW(ranks: number[][], options: KendallWOptions = {}): KendallWResult {
  const rows = checkRanks(ranks);
  const m = rows.length;
  const n = rows[0]!.length;
  const sums = new Float64Array(n);
  for (const row of rows) row.forEach((v, c) => (sums[c]! += v));
  const mean = (m * (n + 1)) / 2;
  let s = 0;
  for (const r of sums) s += (r - mean) * (r - mean);
  const ties = options.tieCorrection === false ? 0 : rows.reduce((acc, row) => acc + tieTerm(row), 0);
  const denominator = m * m * (n * n * n - n) - m * ties;
  const df = n - 1;
  if (denominator <= 1e-12 || m === 0) {
    return {
      w: 0,
      chiSquare: 0,
      df,
      p: 1,
      pChiSquare: 1,
      pMethod: 'chi-square',
      permutations: 0,
      raters: m,
      items: n,
    };
  }
  const w = Math.min(1, Math.max(0, (12 * s) / denominator));
  const chiSquare = m * df * w;
  const pChiSquare = chiSquareSurvival(chiSquare, df);
  if (n >= PERMUTATION_BELOW_ITEMS || m < 2) {
    return {
      w,
      chiSquare,
      df,
      p: m < 2 ? 1 : pChiSquare,
      pChiSquare,
      pMethod: 'chi-square',
      permutations: 0,
      raters: m,
      items: n,
    };
  }
  const perm = concordancePermutationPValue(rows, s, options);
  return {
    w,
    chiSquare,
    df,
    p: perm.p,
    pChiSquare,
    pMethod: perm.method,
    permutations: perm.permutations,
    raters: m,
    items: n,
  };
}

/**
 * Mid-ranks of raw scores, 1 = smallest (as R's rank()); pass `descending` to give 1 to
 * the largest. Ties share the average of the places they span.
 */
export function midRanks(values: readonly number[], descending = false): number[] {
  const order = values
    .map((_, i) => i)
    .sort((a, b) => (descending ? values[b]! - values[a]! : values[a]! - values[b]!));
  const ranks = new Array<number>(values.length);
  for (let i = 0; i < order.length;) {
    let j = i + 1;
    while (j < order.length && values[order[j]!] === values[order[i]!]) j++;
    const rank = (i + 1 + j) / 2;
    for (let k = i; k < j; k++) ranks[order[k]!] = rank;
    i = j;
  }
  return ranks;
}
