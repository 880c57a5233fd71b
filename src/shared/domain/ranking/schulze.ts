import type { PairwiseCounts } from './pairwise';
import { tiersByDepth } from './tiers';

/**
 * Schulze (2011, Social Choice and Welfare 36:267–303) with winning votes: a defeat
 * i→j has strength d[i][j] when d[i][j] > d[j][i]; a path is as strong as its weakest
 * defeat; p[i][j] is the strongest path (a widest-path Floyd–Warshall, O(n³)).
 */
export function schulzeStrengths(p: PairwiseCounts): Float64Array {
  const { n, wins } = p;
  const s = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      if (i === j) continue;
      const a = wins[i * n + j]!;
      s[i * n + j] = a > wins[j * n + i]! ? a : 0;
    }
  }
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      if (j === i) continue;
      const ji = s[j * n + i]!;
      if (ji === 0) continue;
      for (let k = 0; k < n; k++) {
        if (k === i || k === j) continue;
        const via = Math.min(ji, s[i * n + k]!);
        if (via > s[j * n + k]!) s[j * n + k] = via;
      }
    }
  }
  return s;
}

/**
 * Orders by the Schulze relation (i above j when p[i][j] > p[j][i]), which Schulze
 * proves transitive. It is a partial order: some pairs are left undecided (equal path
 * strengths, common with few voters). The first tier is exactly Schulze's winner set;
 * candidates the relation cannot separate share a tier, never split by list order or
 * chance (see tiersByDepth). `beaten`, how many each one beats, is reported as the score.
 */
export function schulze(p: PairwiseCounts): {
  tiers: number[][];
  beaten: Float64Array;
  strengths: Float64Array;
} {
  const { n } = p;
  const strengths = schulzeStrengths(p);
  const beats = (i: number, j: number) => strengths[i * n + j]! > strengths[j * n + i]!;
  const beaten = new Float64Array(n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) if (i !== j && beats(i, j)) beaten[i]! += 1;
  return { tiers: tiersByDepth(n, beats), beaten, strengths };
}
