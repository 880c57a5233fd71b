import { describe, expect, it } from 'vitest';
import { kendallTauB, tauBOfRanks, topOverlap } from '../../../../src/shared/domain/translation';

describe("Kendall's τ-b", () => {
  it('is 1 for the same order and −1 for the reverse', () => {
    expect(kendallTauB(['a', 'b', 'c', 'd'], ['a', 'b', 'c', 'd'])).toBe(1);
    expect(kendallTauB(['a', 'b', 'c', 'd'], ['d', 'c', 'b', 'a'])).toBe(-1);
  });

  it('matches a hand count with a tie on one side', () => {
    // a: A B C D; b: {A B} D C. Of 6 pairs: AB tied in b only; CD reversed; 4 concordant.
    // τ-b = (4 − 1) / √((6 − 0)(6 − 1)) = 3/√30
    expect(kendallTauB(['A', 'B', 'C', 'D'], [['A', 'B'], 'D', 'C'])).toBeCloseTo(3 / Math.sqrt(30), 12);
  });

  it('matches a hand count with ties on both sides', () => {
    // a: {A B} C D; b: A {B C} D. AB tied in a, BC tied in b, the other 4 concordant.
    // τ-b = 4 / √((6 − 1)(6 − 1)) = 0.8
    expect(kendallTauB([['A', 'B'], 'C', 'D'], ['A', ['B', 'C'], 'D'])).toBeCloseTo(0.8, 12);
  });

  it('agrees with a published value for a strict pair of orders', () => {
    // Ranks 1..8 against 2 1 4 3 6 5 8 7: 4 discordant of 28 pairs, τ = (24 − 4)/28.
    expect(tauBOfRanks([1, 2, 3, 4, 5, 6, 7, 8], [2, 1, 4, 3, 6, 5, 8, 7])).toBeCloseTo(20 / 28, 12);
  });

  it('places the items a ranking leaves out last, tied', () => {
    // b: B then {A C}: AB reversed, AC tied in b, BC concordant → (1 − 1)/√(3 · 2) = 0
    expect(kendallTauB(['A', 'B', 'C'], ['B'])).toBe(0);
  });

  it('is null when one side ties everything, and refuses an item the other does not have', () => {
    expect(kendallTauB(['A', 'B', 'C'], [['A', 'B', 'C']])).toBeNull();
    expect(() => kendallTauB(['A', 'B'], ['A', 'Z'])).toThrow('“Z”, which is not one of the items');
  });
});

describe('top-3 overlap', () => {
  it('counts the items both put in their first three places', () => {
    expect(topOverlap(['a', 'b', 'c', 'd', 'e'], ['c', 'e', 'a', 'b', 'd'])).toEqual({
      k: 3,
      shared: ['a', 'c'],
      share: 2 / 3,
    });
    expect(topOverlap(['a', 'b', 'c', 'd'], ['d', 'c', 'b', 'a']).shared).toEqual(['b', 'c']);
  });

  it('counts a tie straddling third place as in, and never goes above 1', () => {
    // b's tie spans places 2–4: any of b, c, d could be in its top 3.
    expect(topOverlap(['a', 'b', 'c', 'd'], ['a', ['b', 'c', 'd']])).toEqual({
      k: 3,
      shared: ['a', 'b', 'c'],
      share: 1,
    });
    expect(topOverlap(['a', 'b', 'c', 'd'], ['d', 'a', ['b', 'c']]).shared).toEqual(['a', 'b', 'c']);
  });

  it('uses the whole list when fewer than three items are ranked', () => {
    expect(topOverlap(['a', 'b'], ['b', 'a'])).toEqual({ k: 2, shared: ['a', 'b'], share: 1 });
  });
});
