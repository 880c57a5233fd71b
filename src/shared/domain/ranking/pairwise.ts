import type { Profile } from './profile';

/**
 * The pairwise majority counts: wins[i * n + j] is the weight of ballots that put
 * i strictly above j. Ties add to neither side. Every Condorcet method and Kemeny
 * start from this one table, computed once per round.
 */
export type PairwiseCounts = { n: number; wins: Float64Array; total: number };

export function pairwiseFromProfile(profile: Profile): PairwiseCounts {
  const n = profile.candidates.length;
  const wins = new Float64Array(n * n);
  for (const { tierOf, weight } of profile.ballots) {
    for (let i = 0; i < n; i++) {
      const ti = tierOf[i]!;
      for (let j = i + 1; j < n; j++) {
        const tj = tierOf[j]!;
        if (ti < tj) wins[i * n + j]! += weight;
        else if (tj < ti) wins[j * n + i]! += weight;
      }
    }
  }
  return { n, wins, total: profile.totalWeight };
}

export const winsOf = (p: PairwiseCounts, i: number, j: number): number => p.wins[i * p.n + j]!;

/** +1 when i beats j by majority, -1 when j beats i, 0 on a tie. */
export function majority(p: PairwiseCounts, i: number, j: number): -1 | 0 | 1 {
  const a = p.wins[i * p.n + j]!;
  const b = p.wins[j * p.n + i]!;
  return a > b ? 1 : a < b ? -1 : 0;
}

/** Plain JSON for the results screen. */
export type MajorityMatrix = {
  candidates: string[];
  /** wins[i][j]: how many ballots put candidates[i] above candidates[j]. */
  wins: number[][];
  ballots: number;
};

export function toMajorityMatrix(p: PairwiseCounts, candidates: readonly string[]): MajorityMatrix {
  const wins: number[][] = [];
  for (let i = 0; i < p.n; i++) wins.push(Array.from(p.wins.subarray(i * p.n, (i + 1) * p.n)));
  return { candidates: candidates.slice(), wins, ballots: p.total };
}
