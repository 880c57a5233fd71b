import { describe, expect, it } from 'vitest';
import {
  aggregate,
  condorcetOutcome,
  kemenyConsensus,
  majorityMatrix,
} from '../../../../src/shared/domain/ranking';

/**
 * The Tennessee capital example: 100 voters (as percentages) choosing a capital, each
 * preferring cities closer to home. Source: Wikipedia, "Borda count", "Condorcet method",
 * "Copeland's method", "Kemeny–Young method", "Ranked pairs", "Schulze method" (the same
 * worked example in each article).
 */
const candidates = ['Memphis', 'Nashville', 'Chattanooga', 'Knoxville'];
const ballots = [
  { ranking: ['Memphis', 'Nashville', 'Chattanooga', 'Knoxville'], count: 42 },
  { ranking: ['Nashville', 'Chattanooga', 'Knoxville', 'Memphis'], count: 26 },
  { ranking: ['Chattanooga', 'Knoxville', 'Nashville', 'Memphis'], count: 15 },
  { ranking: ['Knoxville', 'Chattanooga', 'Nashville', 'Memphis'], count: 17 },
];
const published = [['Nashville'], ['Chattanooga'], ['Knoxville'], ['Memphis']];

describe('Tennessee capital example (Wikipedia)', () => {
  it('Borda: Nashville 194, Chattanooga 173, Memphis 126, Knoxville 107', () => {
    const result = aggregate(candidates, ballots, 'borda');
    expect(result.scores).toEqual({ Nashville: 194, Chattanooga: 173, Memphis: 126, Knoxville: 107 });
    expect(result.order).toEqual([['Nashville'], ['Chattanooga'], ['Memphis'], ['Knoxville']]);
  });

  it('the pairwise table: Nashville beats Chattanooga 68–32, Chattanooga beats Knoxville 83–17', () => {
    const { wins } = majorityMatrix(candidates, ballots);
    expect(wins[1]![2]).toBe(68);
    expect(wins[2]![1]).toBe(32);
    expect(wins[2]![3]).toBe(83);
    expect(wins[0]!.slice(1)).toEqual([42, 42, 42]);
  });

  it('Nashville is the Condorcet winner', () => {
    const outcome = condorcetOutcome(candidates, ballots);
    expect(outcome.kind).toBe('winner');
    if (outcome.kind === 'winner') expect(outcome.winner).toBe('Nashville');
  });

  it('Copeland: Nashville 3 wins, Chattanooga 2, Knoxville 1, Memphis 0', () => {
    const result = aggregate(candidates, ballots, 'copeland');
    expect(result.scores).toEqual({ Nashville: 3, Chattanooga: 2, Knoxville: 1, Memphis: 0 });
    expect(result.order).toEqual(published);
  });

  it.each(['schulze', 'ranked-pairs', 'kemeny'] as const)(
    '%s: Nashville > Chattanooga > Knoxville > Memphis',
    (m) => {
      expect(aggregate(candidates, ballots, m).order).toEqual(published);
    },
  );

  it('Kemeny–Young: the winning order scores 393, the only order that does', () => {
    const k = kemenyConsensus(candidates, ballots);
    expect(k.agreement).toBe(393);
    expect(k.exact).toBe(true);
    expect(k.optimalCount).toBe(1);
    expect(k.ranking).toEqual(published.flat());
  });

  it('mean rank agrees with Borda (they are the same scale)', () => {
    const result = aggregate(candidates, ballots, 'mean-rank');
    expect(result.order).toEqual(aggregate(candidates, ballots, 'borda').order);
    expect(result.scores!.Nashville).toBeCloseTo(2.06, 12);
  });
});
