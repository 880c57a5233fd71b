import type { PairwiseCounts } from './pairwise';

/** Copeland: one point per pairwise majority win, half a point per pairwise tie. */
export function copelandScores(p: PairwiseCounts): Float64Array {
  const { n, wins } = p;
  const scores = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      if (i === j) continue;
      const a = wins[i * n + j]!;
      const b = wins[j * n + i]!;
      scores[i]! += a > b ? 1 : a === b ? 0.5 : 0;
    }
  }
  return scores;
}
