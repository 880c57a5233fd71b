import type { PairwiseCounts } from './pairwise';
import { tiersByDepth } from './tiers';

/**
 * Ranked Pairs (Tideman 1987) with margins. Majorities are locked in from the largest
 * margin down, skipping any that would close a cycle with those already locked.
 *
 * Deterministic tie-break among equal margins (documented so a facilitator can be told
 * why): first the pair with more winning votes (it matters only when ballots hold ties);
 * then the pair whose winner stands higher in the tie-break order, then the pair whose
 * loser stands lower. The tie-break order is the Borda order, and items with equal Borda
 * points keep the order in which the round lists them. Pairs with a zero margin are never
 * locked; where the locked pairs leave candidates unseparated they share a tier.
 */
export function rankedPairs(p: PairwiseCounts, tieBreakOrder: readonly number[]): number[][] {
  const { n, wins } = p;
  const tbPosition = new Int32Array(n);
  tieBreakOrder.forEach((c, position) => {
    tbPosition[c] = position;
  });

  const pairs: Array<{ winner: number; loser: number; margin: number; votes: number }> = [];
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const margin = wins[i * n + j]! - wins[j * n + i]!;
      if (margin > 0) pairs.push({ winner: i, loser: j, margin, votes: wins[i * n + j]! });
    }
  }
  pairs.sort(
    (a, b) =>
      b.margin - a.margin ||
      b.votes - a.votes ||
      tbPosition[a.winner]! - tbPosition[b.winner]! ||
      tbPosition[b.loser]! - tbPosition[a.loser]!,
  );

  // reach[a * n + b] = 1 when a is already locked above b (directly or through others).
  const reach = new Uint8Array(n * n);
  for (const { winner, loser } of pairs) {
    if (reach[loser * n + winner] === 1 || reach[winner * n + loser] === 1) continue;
    for (let a = 0; a < n; a++) {
      if (a !== winner && reach[a * n + winner] !== 1) continue;
      for (let b = 0; b < n; b++) {
        if (b === loser || reach[loser * n + b] === 1) reach[a * n + b] = 1;
      }
    }
  }
  return tiersByDepth(n, (i, j) => reach[i * n + j] === 1);
}
