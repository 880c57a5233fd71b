import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregate, kemenyConsensus, RankingInputError } from '../../../../src/shared/domain/ranking';
import { kemenyExact } from '../../../../src/shared/domain/ranking/kemenyExact';
import { bruteForceKemeny, pairCounts, roundArb, type Round } from './profiles';

const key = (order: readonly string[]) => order.join('>');

describe('exact Kemeny', () => {
  it('equals brute force on random profiles with n ≤ 7 (cost, number of optimal orders, the orders)', () => {
    fc.assert(
      fc.property(roundArb(2, 7, { ties: true, counts: true, maxBallots: 7 }), (round) => {
        const brute = bruteForceKemeny(round);
        const k = kemenyConsensus(round.candidates, round.ballots);
        expect(k.exact).toBe(true);
        expect(k.disagreement).toBe(brute.cost);
        expect(k.optimalCount).toBe(brute.orders.length);
        const optimal = new Set(brute.orders.map(key));
        expect(optimal.has(key(k.ranking))).toBe(true);
        for (const order of k.optimalOrders) expect(optimal.has(key(order))).toBe(true);
        expect(new Set(k.optimalOrders.map(key)).size).toBe(Math.min(5, brute.orders.length));
        // Tiers are exactly the blocks every optimal order fills with the same items.
        let start = 0;
        for (const tier of k.order) {
          for (const order of brute.orders)
            expect(order.slice(start, start + tier.length).sort()).toEqual(tier.slice().sort());
          start += tier.length;
        }
        const multi = k.order.filter((tier) => tier.length > 1).length;
        expect(multi > 0).toBe(brute.orders.length > 1);
      }),
      { numRuns: 150 },
    );
  }, 60_000);

  it('the subset DP alone (no component split) matches brute force too', () => {
    fc.assert(
      fc.property(roundArb(2, 7, { ties: true, maxBallots: 6 }), (round: Round) => {
        const d = pairCounts(round);
        const n = round.candidates.length;
        const w = d.flat();
        // List up to 7! orders: with every item tied, all of them are optimal.
        const exact = kemenyExact(n, w, 5040);
        const brute = bruteForceKemeny(round);
        expect(exact.cost).toBe(brute.cost);
        expect(exact.optimalCount).toBe(brute.orders.length);
        expect(exact.optimalOrders.length).toBe(brute.orders.length);
      }),
      { numRuns: 100 },
    );
    // Brute force over up to 7! orders per case: slow on a loaded machine, never wrong.
  }, 60_000);

  it('a Condorcet cycle A>B>C>A: the three rotations tie and are reported as one tier', () => {
    const k = kemenyConsensus(
      ['A', 'B', 'C'],
      [{ ranking: ['A', 'B', 'C'] }, { ranking: ['B', 'C', 'A'] }, { ranking: ['C', 'A', 'B'] }],
    );
    expect(k.optimalCount).toBe(3);
    expect(k.order).toEqual([['A', 'B', 'C']]);
    expect(k.optimalOrders.map(key).sort()).toEqual(['A>B>C', 'B>C>A', 'C>A>B']);
  });

  it('above the exact limit: a heuristic order with a stated bound that brackets the optimum', () => {
    fc.assert(
      fc.property(roundArb(4, 7, { maxBallots: 9 }), (round) => {
        const brute = bruteForceKemeny(round);
        const k = kemenyConsensus(round.candidates, round.ballots, { exactLimit: 2 });
        if (k.componentSizes.every((size) => size <= 2)) return;
        expect(k.exact).toBe(false);
        expect(k.optimalCount).toBeNull();
        expect(k.lowerBound).toBeLessThanOrEqual(brute.cost);
        expect(k.disagreement).toBeGreaterThanOrEqual(brute.cost);
        expect(k.ranking.slice().sort()).toEqual(round.candidates.slice().sort());
      }),
      { numRuns: 100 },
    );
  });

  it('solves 20 entangled items exactly', () => {
    // A 20-item cyclic profile: each ballot is a rotation, so no item dominates (one component).
    const candidates = Array.from({ length: 20 }, (_, i) => `Item ${i + 1}`);
    const ballots = [0, 3, 7, 10, 14, 17].map((shift) => ({
      ranking: candidates.map((_, i) => candidates[(i + shift) % 20]!),
    }));
    const k = kemenyConsensus(candidates, ballots);
    expect(k.componentSizes).toEqual([20]);
    expect(k.exact).toBe(true);
    expect(k.lowerBound).toBe(k.disagreement);
    expect(k.bytes).toBeLessThan(20 * 2 ** 20);
  }, 20_000);

  it('splits independent groups so 30 structured items are still exact', () => {
    const candidates = Array.from({ length: 30 }, (_, i) => `P${i + 1}`);
    const base = candidates.slice();
    // Everyone agrees on three blocks of ten; inside each block they disagree.
    const ballots = [0, 3, 7, 2, 5].map((shift) => ({
      ranking: [0, 1, 2].flatMap((b) => {
        const block = base.slice(b * 10, b * 10 + 10);
        return block.map((_, i) => block[(i + shift) % 10]!);
      }),
    }));
    const k = kemenyConsensus(candidates, ballots);
    expect(k.exact).toBe(true);
    expect(Math.max(...k.componentSizes)).toBe(10);
    expect(new Set(k.order.flat().slice(0, 10))).toEqual(new Set(base.slice(0, 10)));
  });

  it('rejects an exact limit it cannot honour', () => {
    const run = () => aggregate(['A', 'B'], [{ ranking: ['A', 'B'] }], 'kemeny', { exactLimit: 40 });
    expect(run).toThrow(RankingInputError);
    expect(run).toThrow('The exact Kemeny limit must be a whole number from 1 to 24; got 40.');
  });
});
