import { describe, expect, it } from 'vitest';
import {
  aggregate,
  condorcetOutcome,
  majorityMatrix,
  schulzeStrongestPaths,
} from '../../../../src/shared/domain/ranking';

/**
 * Schulze's 45-voter example with five candidates. Source: M. Schulze (2011), "A new
 * monotonic, clone-independent, reversal symmetric, and Condorcet-consistent single-winner
 * election method", Social Choice and Welfare 36:267–303, and the Wikipedia article
 * "Schulze method" (section "Example"), which prints d[·,·], the strongest paths
 * p[·,·] and the result E > A > C > B > D.
 */
const candidates = ['A', 'B', 'C', 'D', 'E'];
const ballots = (
  [
    ['ACBED', 5],
    ['ADECB', 5],
    ['BEDAC', 8],
    ['CABED', 3],
    ['CAEBD', 7],
    ['CBADE', 2],
    ['DCEBA', 7],
    ['EBADC', 8],
  ] as const
).map(([order, count]) => ({ ranking: order.split(''), count }));

describe('Schulze 45-voter example', () => {
  it('pairwise preferences d[X,Y] match the published table', () => {
    expect(majorityMatrix(candidates, ballots).wins).toEqual([
      [0, 20, 26, 30, 22],
      [25, 0, 16, 33, 18],
      [19, 29, 0, 17, 24],
      [15, 12, 28, 0, 14],
      [23, 27, 21, 31, 0],
    ]);
  });

  it('strongest paths p[X,Y] match the published table', () => {
    expect(schulzeStrongestPaths(candidates, ballots)).toEqual([
      [0, 28, 28, 30, 24],
      [25, 0, 28, 33, 24],
      [25, 29, 0, 29, 24],
      [25, 28, 28, 0, 24],
      [25, 28, 28, 31, 0],
    ]);
  });

  it('Schulze order is E > A > C > B > D', () => {
    expect(aggregate(candidates, ballots, 'schulze').order).toEqual([['E'], ['A'], ['C'], ['B'], ['D']]);
  });

  it('Ranked Pairs locks B>D, E>D, A>D, C>B, E>B, A>C, C>E and skips D>C, B>A, E>A: A > C > E > B > D', () => {
    // Derived by hand from the published d table (margins 21, 17, 15, 13, 11, 9, 7, 5, 3, 1).
    expect(aggregate(candidates, ballots, 'ranked-pairs').order).toEqual([['A'], ['C'], ['E'], ['B'], ['D']]);
  });

  it('there is no Condorcet winner here, and Copeland reports the three-way tie it sees', () => {
    const outcome = condorcetOutcome(candidates, ballots);
    expect(outcome.kind).toBe('cycle');
    if (outcome.kind === 'cycle') {
      expect(outcome.topSet).toEqual(candidates);
      // Each step of the reported cycle is a real majority.
      for (const duel of outcome.duels) expect(duel.for).toBeGreaterThan(duel.against);
      expect(outcome.duels.map((d) => d.winner)).toEqual(outcome.cycle);
    }
    expect(aggregate(candidates, ballots, 'copeland').order).toEqual([['E'], ['A', 'B', 'C'], ['D']]);
  });
});
