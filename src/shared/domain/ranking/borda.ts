import { ballotMidRanks, type Profile } from './profile';

/**
 * Borda points: on each ballot an item earns one point per item strictly below it and
 * half a point per other item tied with it. With that tie rule every ballot hands out
 * the same n(n-1)/2 points, so a voter who ties items gains no extra weight.
 */
export function bordaScores(profile: Profile): Float64Array {
  const n = profile.candidates.length;
  const scores = new Float64Array(n);
  for (const { tierOf, tierSizes, weight } of profile.ballots) {
    // below[t] = how many candidates sit in tiers after t.
    const below = new Array<number>(tierSizes.length);
    let remaining = n;
    tierSizes.forEach((size, t) => {
      remaining -= size;
      below[t] = remaining;
    });
    for (let c = 0; c < n; c++) {
      const t = tierOf[c]!;
      scores[c]! += weight * (below[t]! + 0.5 * (tierSizes[t]! - 1));
    }
  }
  return scores;
}

/**
 * Mean rank with mid-ranks for ties (1 = best). Ranked by the weighted sum first, which
 * is exact in floating point (sums of halves), so equal means are found without a
 * tolerance; the mean is reported.
 */
export function meanRankScores(profile: Profile): { sums: Float64Array; means: Float64Array } {
  const n = profile.candidates.length;
  const sums = new Float64Array(n);
  for (const ballot of profile.ballots) {
    const ranks = ballotMidRanks(ballot);
    for (let c = 0; c < n; c++) sums[c]! += ballot.weight * ranks[c]!;
  }
  const means = sums.map((sum) => sum / profile.totalWeight);
  return { sums, means };
}
