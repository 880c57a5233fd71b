import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ahp,
  ahpGroup,
  analyzePairwise,
  judgementsToMatrix,
  RankingInputError,
  SAATY_RANDOM_INDEX,
} from '../../../../src/shared/domain/ranking';

const round3 = (xs: number[]) => xs.map((x) => Math.round(x * 1000) / 1000);

/**
 * Saaty's house-buying example: eight criteria (size, transportation, neighbourhood, age,
 * yard, modern facilities, general condition, financing). Source: T. L. Saaty (1990),
 * "How to make a decision: The analytic hierarchy process", European Journal of
 * Operational Research 48:9–26, Table 2: priorities .173 .054 .188 .018 .031 .036 .167
 * .333; λmax = 9.669, C.I. = 0.238, C.R. = 0.169 (with the classic RI of 1.41 for n = 8).
 */
const house = [
  [1, 5, 3, 7, 6, 6, 1 / 3, 1 / 4],
  [1 / 5, 1, 1 / 3, 5, 3, 3, 1 / 5, 1 / 7],
  [1 / 3, 3, 1, 6, 3, 4, 6, 1 / 5],
  [1 / 7, 1 / 5, 1 / 6, 1, 1 / 3, 1 / 4, 1 / 7, 1 / 8],
  [1 / 6, 1 / 3, 1 / 3, 3, 1, 1 / 2, 1 / 5, 1 / 6],
  [1 / 6, 1 / 3, 1 / 4, 4, 2, 1, 1 / 5, 1 / 6],
  [3, 5, 1 / 6, 7, 5, 5, 1, 1 / 2],
  [4, 7, 5, 8, 6, 6, 2, 1],
];

/**
 * "Which drink is consumed more in the U.S.?" Source: T. L. Saaty (2008), "Decision making
 * with the analytic hierarchy process", Int. J. Services Sciences 1(1):83–98, Table 2:
 * coffee .177, wine .019, tea .042, beer .116, sodas .190, milk .129, water .327; C.R. = .022.
 */
const drinks = [
  [1, 9, 5, 2, 1, 1, 1 / 2],
  [1 / 9, 1, 1 / 3, 1 / 9, 1 / 9, 1 / 9, 1 / 9],
  [1 / 5, 3, 1, 1 / 3, 1 / 4, 1 / 3, 1 / 9],
  [1 / 2, 9, 3, 1, 1 / 2, 1, 1 / 3],
  [1, 9, 4, 2, 1, 2, 1 / 2],
  [1, 9, 3, 1, 1 / 2, 1, 1 / 3],
  [2, 9, 9, 3, 2, 3, 1],
];

describe('AHP, published examples', () => {
  it('Saaty 1990 house example: weights, λmax 9.669, CI 0.238, CR 0.169', () => {
    const r = ahp(house);
    expect(round3(r.weights)).toEqual([0.173, 0.054, 0.188, 0.018, 0.031, 0.036, 0.167, 0.333]);
    expect(r.lambdaMax).toBeCloseTo(9.669, 3);
    expect(r.ci).toBeCloseTo(0.238, 3);
    expect(r.cr).toBeCloseTo(0.169, 3);
    expect(r.randomIndex).toBe(1.41);
    expect(r.consistent).toBe(false);
  });

  it('Saaty 2008 drinks example: weights and CR 0.022', () => {
    const r = ahp(drinks);
    expect(round3(r.weights)).toEqual([0.177, 0.019, 0.042, 0.116, 0.19, 0.129, 0.327]);
    expect(Math.round(r.cr * 1000) / 1000).toBe(0.022);
    expect(r.consistent).toBe(true);
  });

  it('uses the classic random index table', () => {
    expect(SAATY_RANDOM_INDEX.slice(3, 11)).toEqual([0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49]);
  });
});

describe('AHP, properties', () => {
  const consistent = fc
    .array(fc.double({ min: 0.05, max: 20, noNaN: true }), { minLength: 2, maxLength: 9 })
    .map((v) => ({ v, m: v.map((a) => v.map((b) => a / b)) }));

  it('a consistent matrix a[i][j] = v_i / v_j gives λmax = n, CR = 0 and weights ∝ v', () => {
    fc.assert(
      fc.property(consistent, ({ v, m }) => {
        const r = ahp(m);
        const total = v.reduce((a, b) => a + b, 0);
        expect(r.lambdaMax).toBeCloseTo(v.length, 9);
        expect(r.cr).toBeCloseTo(0, 9);
        r.weights.forEach((w, i) => expect(w).toBeCloseTo(v[i]! / total, 9));
      }),
      { numRuns: 100 },
    );
  });

  it('two people with opposite judgements average out to "all equal"', () => {
    const opposite = house.map((row, i) => row.map((_, j) => house[j]![i]!));
    const g = ahpGroup([house, opposite]);
    for (const row of g.matrix) for (const x of row) expect(x).toBeCloseTo(1, 12);
    g.weights.forEach((w) => expect(w).toBeCloseTo(1 / 8, 12));
    expect(g.individual.map((r) => r.cr)).toEqual([ahp(house).cr, ahp(opposite).cr]);
  });

  it('group of consistent members: reciprocal, and weights ∝ the geometric mean of their weights', () => {
    const members = fc.integer({ min: 2, max: 6 }).chain((n) =>
      fc.array(fc.array(fc.double({ min: 0.1, max: 10, noNaN: true }), { minLength: n, maxLength: n }), {
        minLength: 1,
        maxLength: 5,
      }),
    );
    fc.assert(
      fc.property(members, (vs) => {
        const g = ahpGroup(vs.map((v) => v.map((a) => v.map((b) => a / b))));
        const n = vs[0]!.length;
        for (let i = 0; i < n; i++)
          for (let j = 0; j < n; j++) expect(g.matrix[i]![j]! * g.matrix[j]![i]!).toBeCloseTo(1, 9);
        const gm = vs[0]!.map((_, i) =>
          Math.exp(vs.reduce((acc, v) => acc + Math.log(v[i]!), 0) / vs.length),
        );
        const total = gm.reduce((a, b) => a + b, 0);
        g.weights.forEach((w, i) => expect(w).toBeCloseTo(gm[i]! / total, 9));
      }),
      { numRuns: 60 },
    );
  });
});

describe('AHP from pairwise judgements', () => {
  const items = ['Hire CFO', 'Open Berlin', 'Cut churn'];

  it('builds the reciprocal matrix from "A over B, strength s" answers', () => {
    const m = judgementsToMatrix(items, {
      voterId: 'ana',
      judgements: [
        { a: 'Hire CFO', b: 'Open Berlin', prefer: 'a', strength: 3 },
        { a: 'Cut churn', b: 'Hire CFO', prefer: 'a', strength: 5 },
        { a: 'Open Berlin', b: 'Cut churn', prefer: 'equal' },
      ],
    });
    expect(m).toEqual([
      [1, 3, 1 / 5],
      [1 / 3, 1, 1],
      [5, 1, 1],
    ]);
  });

  it('analyzePairwise: majority methods always, AHP only when every pair has a strength', () => {
    const full = (voterId: string, s: number) => ({
      voterId,
      judgements: [
        { a: 'Hire CFO', b: 'Open Berlin', prefer: 'a' as const, strength: s },
        { a: 'Hire CFO', b: 'Cut churn', prefer: 'a' as const, strength: s },
        { a: 'Open Berlin', b: 'Cut churn', prefer: 'b' as const, strength: 2 },
      ],
    });
    const r = analyzePairwise(items, [full('ana', 3), full('ben', 5)]);
    expect(r.methods.schulze!.order).toEqual([['Hire CFO'], ['Cut churn'], ['Open Berlin']]);
    expect(r.methods.kemeny!.order).toEqual([['Hire CFO'], ['Cut churn'], ['Open Berlin']]);
    expect(r.condorcet).toMatchObject({ kind: 'winner', winner: 'Hire CFO' });
    expect(r.ahp).not.toBeNull();
    expect(r.ahp!.weightsByCandidate['Hire CFO']).toBeGreaterThan(r.ahp!.weightsByCandidate['Cut churn']!);
    expect(r.ahpNote).toBeNull();

    const partial = analyzePairwise(items, [
      full('ana', 3),
      { voterId: 'cy', voterName: 'Cy', judgements: [{ a: 'Hire CFO', b: 'Open Berlin', prefer: 'b' }] },
    ]);
    expect(partial.ahp).toBeNull();
    expect(partial.ahpNote).toBe(
      'AHP needs every pair compared: Cy has not compared “Hire CFO” with “Cut churn”.',
    );
    // Cy's single answer still counts in the majority table.
    expect(partial.majority.wins[1]![0]).toBe(1);
  });

  it('rejects a strength outside 1–9 and a pair answered twice', () => {
    const bad = (strength: number) => () =>
      analyzePairwise(items, [
        {
          voterId: 'ana',
          voterName: 'Ana',
          judgements: [{ a: 'Hire CFO', b: 'Cut churn', prefer: 'a', strength }],
        },
      ]);
    expect(bad(12)).toThrow(
      'Ana gave “Hire CFO” against “Cut churn” a strength of 12; use 1 (equal) to 9 (extreme).',
    );
    expect(bad(0)).toThrow(RankingInputError);
    expect(() =>
      analyzePairwise(items, [
        {
          voterId: 'ana',
          voterName: 'Ana',
          judgements: [
            { a: 'Hire CFO', b: 'Cut churn', prefer: 'a' },
            { a: 'Cut churn', b: 'Hire CFO', prefer: 'a' },
          ],
        },
      ]),
    ).toThrow('Ana compared “Cut churn” and “Hire CFO” twice; keep one answer.');
  });
});
