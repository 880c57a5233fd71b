import { seededRandom, shuffleInPlace } from './random';

/**
 * Permutation p-value for Kendall's W when there are few items, where the χ²
 * approximation is poor (Kendall & Babington Smith 1939; Siegel & Castellan 1988 give
 * exact tables only for small cases for the same reason).
 *
 * Under "no agreement" each rater's ranks are a random rearrangement of their own
 * ranks (ties kept). S, the spread of the item rank sums, does not change when every
 * rater's ranks are rearranged by the same permutation, so the first rater can be held
 * fixed. When the remaining arrangements number at most EXACT_ENUMERATION_LIMIT they are
 * all enumerated (an exact p); otherwise a seeded Monte Carlo draws
 * MONTE_CARLO_PERMUTATIONS of them and reports (hits + 1) / (draws + 1), which never
 * gives p = 0 (Davison & Hinkley 1997, §4.2).
 */
export const EXACT_ENUMERATION_LIMIT = 200_000;
export const MONTE_CARLO_PERMUTATIONS = 10_000;
export const DEFAULT_PERMUTATION_SEED = 0x0ff5173;

export type PermutationPValue = { p: number; method: 'exact' | 'monte-carlo'; permutations: number };

function spread(sums: Float64Array, mean: number): number {
  let s = 0;
  for (const r of sums) s += (r - mean) * (r - mean);
  return s;
}

/** Distinct rearrangements of a row, in lexicographic order (ties give fewer). */
function distinctArrangements(row: readonly number[]): number[][] {
  const current = row.slice().sort((a, b) => a - b);
  const out: number[][] = [current.slice()];
  for (;;) {
    let i = current.length - 2;
    while (i >= 0 && current[i]! >= current[i + 1]!) i--;
    if (i < 0) return out;
    let j = current.length - 1;
    while (current[j]! <= current[i]!) j--;
    [current[i], current[j]] = [current[j]!, current[i]!];
    current.splice(i + 1, current.length - i - 1, ...current.slice(i + 1).reverse());
    out.push(current.slice());
  }
}

function arrangementCount(row: readonly number[]): number {
  const counts = new Map<number, number>();
  for (const v of row) counts.set(v, (counts.get(v) ?? 0) + 1);
  let result = 1;
  let k = 0;
  for (const c of counts.values()) {
    for (let i = 1; i <= c; i++) {
      k++;
      result = (result * k) / i;
    }
  }
  return Math.round(result);
}

export function concordancePermutationPValue(
  rows: readonly (readonly number[])[],
  observedS: number,
  options: { permutations?: number; seed?: number } = {},
): PermutationPValue {
  const m = rows.length;
  const n = rows[0]!.length;
  const mean = (m * (n + 1)) / 2;
  const threshold = observedS - 1e-9 * Math.max(1, observedS);

  let total = 1;
  for (let r = 1; r < m && total <= EXACT_ENUMERATION_LIMIT; r++) total *= arrangementCount(rows[r]!);

  const sums = Float64Array.from(rows[0]!);
  if (total <= EXACT_ENUMERATION_LIMIT) {
    const choices = rows.slice(1).map(distinctArrangements);
    let hits = 0;
    let seen = 0;
    const walk = (r: number) => {
      if (r === choices.length) {
        seen++;
        if (spread(sums, mean) >= threshold) hits++;
        return;
      }
      for (const arrangement of choices[r]!) {
        for (let c = 0; c < n; c++) sums[c]! += arrangement[c]!;
        walk(r + 1);
        for (let c = 0; c < n; c++) sums[c]! -= arrangement[c]!;
      }
    };
    walk(0);
    return { p: hits / seen, method: 'exact', permutations: seen };
  }

  const draws = options.permutations ?? MONTE_CARLO_PERMUTATIONS;
  const random = seededRandom(options.seed ?? DEFAULT_PERMUTATION_SEED);
  const work = rows.map((row) => row.slice());
  let hits = 0;
  for (let d = 0; d < draws; d++) {
    sums.set(rows[0]!);
    for (let r = 1; r < m; r++) {
      const row = work[r]!;
      shuffleInPlace(row, random);
      for (let c = 0; c < n; c++) sums[c]! += row[c]!;
    }
    if (spread(sums, mean) >= threshold) hits++;
  }
  return { p: (hits + 1) / (draws + 1), method: 'monte-carlo', permutations: draws };
}
