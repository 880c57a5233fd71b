import { RankingInputError, quote } from './errors';
import { isList } from './inputChecks';

/**
 * Analytic Hierarchy Process (Saaty 1977, 1980): priority weights from a reciprocal
 * pairwise-comparison matrix (a[i][j] = how many times more i matters than j).
 *
 * - weights: the principal (Perron) eigenvector, normalised to sum 1, by power
 *   iteration from the row geometric means; a positive matrix converges quickly.
 * - λmax: the principal eigenvalue; λmax = n exactly when the judgements are consistent.
 * - CI = (λmax − n)/(n − 1); CR = CI / RI(n), read as acceptable at CR ≤ 0.10.
 *
 * RI is Saaty's classic random index table (Saaty 1980, The Analytic Hierarchy Process,
 * McGraw-Hill; the table used in Saaty 1990, EJOR 48:9–26):
 *   n   1    2    3     4     5     6     7     8     9     10    11    12    13    14    15
 *   RI  0    0    0.58  0.90  1.12  1.24  1.32  1.41  1.45  1.49  1.51  1.48  1.56  1.57  1.59
 * Beyond 15 items the last value (1.59) is used: the index flattens out as n grows.
 * With one or two items every matrix is consistent, so CR = 0.
 */
export const SAATY_RANDOM_INDEX: readonly number[] = [
  0, 0, 0, 0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59,
];

export const CONSISTENCY_THRESHOLD = 0.1;

export type AhpResult = {
  weights: number[];
  lambdaMax: number;
  ci: number;
  cr: number;
  randomIndex: number;
  /** CR ≤ 0.10, Saaty's rule of thumb. */
  consistent: boolean;
};

export function randomIndex(n: number): number {
  return SAATY_RANDOM_INDEX[Math.min(n, SAATY_RANDOM_INDEX.length - 1)]!;
}

/** Reciprocals may be typed rounded (0.33 for 1/3), so they are checked to within 2 %. */
const RECIPROCAL_TOLERANCE = 0.02;

export function validateAhpMatrix(matrix: unknown, labels?: readonly string[]): number[][] {
  const name = (i: number) => (labels?.[i] !== undefined ? quote(labels[i]) : `item ${i + 1}`);
  if (!Array.isArray(matrix) || matrix.length < 2) {
    throw new RankingInputError('TOO_FEW_CANDIDATES', 'A comparison needs at least two items.');
  }
  const n = matrix.length;
  matrix.forEach((row: unknown, i) => {
    if (!Array.isArray(row) || row.length !== n) {
      throw new RankingInputError(
        'AHP_NOT_SQUARE',
        `The comparison table must have one row and one column per item (${n}); the row for ${name(i)} does not.`,
      );
    }
    row.forEach((v: unknown, j) => {
      if (typeof v !== 'number' || !Number.isFinite(v) || v <= 0) {
        throw new RankingInputError(
          'AHP_NOT_POSITIVE',
          `The judgement of ${name(i)} against ${name(j)} must be a positive number (got ${String(v)}).`,
        );
      }
    });
  });
  const m = matrix as number[][];
  for (let i = 0; i < n; i++) {
    if (Math.abs(m[i]![i]! - 1) > 1e-9) {
      throw new RankingInputError(
        'AHP_DIAGONAL',
        `${name(i)} compared with itself must be 1 (got ${m[i]![i]}).`,
      );
    }
    for (let j = i + 1; j < n; j++) {
      const a = m[i]![j]!;
      const b = m[j]![i]!;
      if (Math.abs(a * b - 1) > RECIPROCAL_TOLERANCE) {
        throw new RankingInputError(
          'AHP_NOT_RECIPROCAL',
          `${name(i)} against ${name(j)} is ${a}, so ${name(j)} against ${name(i)} must be 1/${a}, not ${b}.`,
        );
      }
    }
  }
  return m;
}

export function principalEigenvector(m: readonly (readonly number[])[]): {
  weights: number[];
  lambdaMax: number;
} {
  const n = m.length;
  let w = m.map((row) => Math.exp(row.reduce((acc, v) => acc + Math.log(v), 0) / n));
  let sum = w.reduce((a, b) => a + b, 0);
  w = w.map((v) => v / sum);
  let lambda = n;
  for (let iteration = 0; iteration < 10_000; iteration++) {
    const next = m.map((row) => row.reduce((acc, v, j) => acc + v * w[j]!, 0));
    // Because w sums to 1, the sum of A·w is the Rayleigh-type estimate of λ.
    lambda = next.reduce((a, b) => a + b, 0);
    const normalised = next.map((v) => v / lambda);
    const change = normalised.reduce((acc, v, i) => Math.max(acc, Math.abs(v - w[i]!)), 0);
    w = normalised;
    if (change < 1e-15) break;
  }
  sum = w.reduce((a, b) => a + b, 0);
  return { weights: w.map((v) => v / sum), lambdaMax: lambda };
}

/** AHP weights and consistency of one comparison matrix; `labels` only name items in messages. */
export function ahp(matrix: number[][], labels?: readonly string[]): AhpResult {
  const m = validateAhpMatrix(matrix, labels);
  const n = m.length;
  const { weights, lambdaMax } = principalEigenvector(m);
  const ci = Math.max(0, (lambdaMax - n) / (n - 1));
  const ri = randomIndex(n);
  const cr = ri === 0 ? 0 : ci / ri;
  return { weights, lambdaMax, ci, cr, randomIndex: ri, consistent: cr <= CONSISTENCY_THRESHOLD };
}

/**
 * Group AHP by aggregating individual judgements (AIJ): the element-wise geometric mean
 * of the members' matrices, which is the only averaging that keeps the result reciprocal
 * (Aczél & Saaty 1983, J. Math. Psychology 27:93–102). Each member's own result is
 * returned too, so inconsistent individual judgements can be spotted.
 */
export function ahpGroup(
  matrices: number[][][],
  labels?: readonly string[],
): AhpResult & { matrix: number[][]; individual: AhpResult[] } {
  if (!isList(matrices) || matrices.length === 0) {
    throw new RankingInputError('NO_BALLOTS', 'No one has made any comparisons yet.');
  }
  const checked = matrices.map((m, k) => {
    try {
      return validateAhpMatrix(m, labels);
    } catch (error) {
      if (error instanceof RankingInputError) {
        throw new RankingInputError(error.code, `Comparison table ${k + 1}: ${error.message}`);
      }
      throw error;
    }
  });
  const n = checked[0]!.length;
  if (checked.some((m) => m.length !== n)) {
    throw new RankingInputError('AHP_NOT_SQUARE', 'Every comparison table must cover the same items.');
  }
  const matrix = Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, j) =>
      i === j ? 1 : Math.exp(checked.reduce((acc, m) => acc + Math.log(m[i]![j]!), 0) / checked.length),
    ),
  );
  return { ...ahp(matrix, labels), matrix, individual: checked.map((m) => ahp(m, labels)) };
}
