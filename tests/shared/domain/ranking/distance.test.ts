import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kendallTauDistance, rankingDistance, spearmanFootrule } from '../../../../src/shared/domain/ranking';
import { names } from './profiles';

describe('Kendall tau distance and Spearman footrule', () => {
  it('Wikipedia "Kendall tau distance" example: (1,2,3,4,5) vs (3,4,1,2,5) → 4 discordant pairs', () => {
    const a = ['1', '2', '3', '4', '5'];
    const b = ['3', '4', '1', '2', '5'];
    expect(kendallTauDistance(a, b)).toBe(4);
    expect(spearmanFootrule(a, b)).toBe(8);
  });

  const pair = fc
    .integer({ min: 1, max: 12 })
    .chain((n) =>
      fc.tuple(
        fc.shuffledSubarray(names(n), { minLength: n, maxLength: n }),
        fc.shuffledSubarray(names(n), { minLength: n, maxLength: n }),
      ),
    );

  it('Diaconis & Graham (1977): K ≤ F ≤ 2K; both are metrics with the right maxima', () => {
    fc.assert(
      fc.property(pair, ([a, b]) => {
        const k = kendallTauDistance(a, b);
        const f = spearmanFootrule(a, b);
        expect(k).toBeLessThanOrEqual(f);
        expect(f).toBeLessThanOrEqual(2 * k);
        expect(kendallTauDistance(b, a)).toBe(k);
        expect(kendallTauDistance(a, a)).toBe(0);
        const n = a.length;
        const reversed = a.slice().reverse();
        expect(kendallTauDistance(a, reversed)).toBe((n * (n - 1)) / 2);
        expect(spearmanFootrule(a, reversed)).toBe(Math.floor((n * n) / 2));
      }),
      { numRuns: 200 },
    );
  });

  it('with ties, a pair tied on one side only counts half (Fagin et al. 2006, p = ½)', () => {
    const items = ['A', 'B', 'C', 'D'];
    expect(rankingDistance(items, ['A', 'B', 'C', 'D'], [['A', 'B'], 'C', 'D'])).toEqual({
      tau: 0.5,
      tauNormalised: 0.5 / 6,
      footrule: 1,
      footruleNormalised: 1 / 8,
    });
    // Left-out items tie at the bottom: ['A'] means A above a three-way tie.
    expect(rankingDistance(items, ['A'], ['A', 'B', 'C', 'D']).tau).toBe(1.5);
    expect(rankingDistance(items, ['D', 'C', 'B', 'A'], ['A', 'B', 'C', 'D']).tauNormalised).toBe(1);
  });

  it('normalised tiered distances stay within 0–1', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 8 }).chain((n) =>
          fc.tuple(
            fc.constant(names(n)),
            fc
              .subarray(names(n))
              .chain((x) => fc.shuffledSubarray(x, { minLength: x.length, maxLength: x.length })),
            fc
              .subarray(names(n))
              .chain((x) => fc.shuffledSubarray(x, { minLength: x.length, maxLength: x.length })),
          ),
        ),
        ([items, a, b]) => {
          const d = rankingDistance(items, a, b);
          expect(d.tauNormalised).toBeGreaterThanOrEqual(0);
          expect(d.tauNormalised).toBeLessThanOrEqual(1);
          expect(d.footruleNormalised).toBeLessThanOrEqual(1);
          expect(rankingDistance(items, b, a)).toEqual(d);
        },
      ),
      { numRuns: 150 },
    );
  });
});
