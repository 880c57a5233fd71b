import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kendallW, meanSpearman, midRanks, RankingInputError } from '../../../../src/shared/domain/ranking';
import { chiSquareSurvival, regularizedGammaQ } from '../../../../src/shared/domain/ranking/gamma';

/**
 * The "anxiety" data (20 subjects rated by 3 raters on a 1–6 scale, many ties), as
 * documented with its output in R's irr::kendall and DescTools::KendallW (Gamer et al.,
 * irr 0.84; Signorell, DescTools): with the ties correction W = 0.5396569,
 * χ²(19) = 30.76, p = 0.04288. Raters' scores are turned into mid-ranks first, as R's
 * rank() does.
 */
const anxiety = [
  [3, 3, 3, 4, 5, 5, 2, 3, 5, 2, 2, 6, 1, 5, 2, 2, 1, 2, 4, 3],
  [3, 6, 4, 6, 2, 4, 2, 4, 3, 3, 2, 3, 3, 3, 2, 2, 1, 3, 3, 4],
  [2, 1, 4, 4, 3, 2, 1, 6, 1, 1, 1, 2, 3, 3, 1, 1, 3, 3, 2, 2],
].map((scores) => midRanks(scores));

/**
 * Siegel & Castellan (1988), Nonparametric Statistics for the Behavioral Sciences, 2nd
 * ed., §9.5 example: three raters rank eight attributes with no ties; W = 0.656,
 * χ²(7) = 13.778, p = 0.0553 (also printed in the DescTools::KendallW documentation).
 */
const siegelCastellan = [
  [5, 6, 7, 1, 2, 4, 3, 8],
  [1, 7, 6, 2, 3, 5, 4, 8],
  [4, 5, 1, 3, 2, 7, 6, 8],
];

describe('Kendall W, published examples', () => {
  it('anxiety data with the ties correction: W = 0.5396569, χ²(19) = 30.76, p = 0.04288', () => {
    const r = kendallW(anxiety);
    expect(r.w).toBeCloseTo(0.5396569, 7);
    expect(r.chiSquare).toBeCloseTo(30.76, 2);
    expect(r.df).toBe(19);
    expect(r.p).toBeCloseTo(0.04288, 5);
    expect(r.pMethod).toBe('chi-square');
  });

  it('anxiety data without the correction gives a smaller W (ties shrink the maximum)', () => {
    const r = kendallW(anxiety, { tieCorrection: false });
    // 12·S / (m²(n³−n)) with S = 3819.5 (the uncorrected W irr reports is 0.502).
    expect(r.w).toBeCloseTo(0.502, 3);
    expect(r.w).toBeLessThan(kendallW(anxiety).w);
  });

  it('Siegel & Castellan: W = 0.656, χ²(7) = 13.778, p = 0.05528 (8 items: χ² applies)', () => {
    const r = kendallW(siegelCastellan);
    expect(r.w).toBeCloseTo(0.6560847, 7);
    expect(r.chiSquare).toBeCloseTo(13.778, 3);
    expect(r.df).toBe(7);
    expect(r.p).toBeCloseTo(0.05528, 5);
    expect(r.w).toBe(kendallW(siegelCastellan, { tieCorrection: false }).w);
  });

  it('fewer than 8 items: exact permutation p-values match the Friedman table', () => {
    // Friedman (1937) / Siegel (1956) Table N, k = 3 items, N = 3 raters:
    // χ²r = 6.0 → p = .028, 4.667 → .194, 2.667 → .361, 2.0 → .528, 0.667 → .944.
    const cases: Array<[number[][], number, number]> = [
      [
        [
          [1, 2, 3],
          [1, 2, 3],
          [1, 2, 3],
        ],
        6,
        0.028,
      ],
      [
        [
          [1, 2, 3],
          [1, 2, 3],
          [1, 3, 2],
        ],
        4.667,
        0.194,
      ],
      [
        [
          [1, 2, 3],
          [2, 1, 3],
          [1, 3, 2],
        ],
        2.667,
        0.361,
      ],
      [
        [
          [1, 2, 3],
          [1, 2, 3],
          [2, 3, 1],
        ],
        2,
        0.528,
      ],
      [
        [
          [1, 2, 3],
          [1, 3, 2],
          [3, 1, 2],
        ],
        0.667,
        0.944,
      ],
    ];
    for (const [ranks, chi, p] of cases) {
      const r = kendallW(ranks);
      expect(r.chiSquare).toBeCloseTo(chi, 3);
      expect(r.pMethod).toBe('exact');
      expect(r.permutations).toBe(36);
      expect(r.p).toBeCloseTo(p, 3);
      expect(r.pChiSquare).not.toBeCloseTo(p, 3);
    }
  });

  it('too many arrangements to enumerate: a seeded Monte Carlo, the same every run', () => {
    const ranks = [
      [1, 2, 3, 4, 5],
      [2, 1, 3, 4, 5],
      [1, 3, 2, 5, 4],
      [1, 2, 4, 3, 5],
      [5, 4, 3, 2, 1],
    ];
    const a = kendallW(ranks);
    expect(a.pMethod).toBe('monte-carlo');
    expect(a.permutations).toBe(10_000);
    expect(kendallW(ranks).p).toBe(a.p);
    // The Monte Carlo estimate stays near the exact tail, and the χ² value is an approximation of it.
    expect(a.p).toBeGreaterThan(0);
    expect(Math.abs(a.p - a.pChiSquare)).toBeLessThan(0.1);
    expect(kendallW(ranks, { seed: 7, permutations: 2000 }).permutations).toBe(2000);
  });
});

describe('Kendall W, properties', () => {
  const strict = (n: number) =>
    fc.shuffledSubarray(
      Array.from({ length: n }, (_, i) => i + 1),
      { minLength: n, maxLength: n },
    );
  const panel = fc
    .integer({ min: 8, max: 12 })
    .chain((n) => fc.array(strict(n), { minLength: 2, maxLength: 8 }));

  it('unanimous raters give W = 1', () => {
    fc.assert(
      fc.property(strict(9), fc.integer({ min: 2, max: 10 }), (row, m) => {
        expect(kendallW(Array.from({ length: m }, () => row)).w).toBeCloseTo(1, 12);
      }),
      { numRuns: 50 },
    );
  });

  it('W is in [0, 1] and mean Spearman ρ = (mW − 1)/(m − 1) without ties (Kendall 1948)', () => {
    fc.assert(
      fc.property(panel, (ranks) => {
        const { w } = kendallW(ranks);
        expect(w).toBeGreaterThanOrEqual(0);
        expect(w).toBeLessThanOrEqual(1);
        const m = ranks.length;
        expect(meanSpearman(ranks).mean!).toBeCloseTo((m * w - 1) / (m - 1), 10);
      }),
      { numRuns: 100 },
    );
  });

  it('every rater tying everything: nothing to agree on, W = 0, p = 1', () => {
    const r = kendallW([
      [2, 2, 2],
      [2, 2, 2],
    ]);
    expect(r).toMatchObject({ w: 0, p: 1 });
  });

  it('rejects rankings that are not places 1..n', () => {
    expect(() =>
      kendallW([
        [1, 2, 3],
        [1, 2],
      ]),
    ).toThrow(RankingInputError);
    expect(() => kendallW([[1, 2, 2]])).toThrow(/not a list of places 1 to 3/);
    expect(() => kendallW([[1]])).toThrow(/at least two/);
    expect(() => kendallW([])).toThrow(RankingInputError);
  });
});

describe('χ² tail (regularised incomplete gamma)', () => {
  it('matches standard table values', () => {
    expect(chiSquareSurvival(3.841458820694124, 1)).toBeCloseTo(0.05, 12);
    expect(chiSquareSurvival(18.307038053275146, 10)).toBeCloseTo(0.05, 12);
    expect(chiSquareSurvival(6.634896601021214, 1)).toBeCloseTo(0.01, 12);
    expect(chiSquareSurvival(0, 3)).toBe(1);
    // Q(1, x) = e^(−x) on both sides of the series / continued-fraction switch.
    for (const x of [0.1, 1.5, 2, 5, 30]) expect(regularizedGammaQ(1, x)).toBeCloseTo(Math.exp(-x), 13);
  });
});
