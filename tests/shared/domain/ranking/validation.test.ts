import { describe, expect, it } from 'vitest';
import {
  aggregate,
  ahp,
  analyzeDots,
  analyzePoints,
  analyzeRound,
  kendallTauDistance,
  RankingInputError,
  spearmanFootrule,
  type Method,
  type RankingErrorCode,
} from '../../../../src/shared/domain/ranking';

const items = ['Hire CFO', 'Open Berlin', 'Cut churn'];

function refusal(run: () => unknown): { code: RankingErrorCode; message: string } {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(RankingInputError);
    expect(error).toBeInstanceOf(Error);
    const e = error as RankingInputError;
    expect(e.name).toBe('RankingInputError');
    return { code: e.code, message: e.message };
  }
  throw new Error('expected the input to be refused');
}

const round =
  (ranking: unknown, extra: object = {}) =>
  () =>
    analyzeRound({
      candidates: items,
      ballots: [
        { voterId: 'b', voterName: 'Ben', ranking: ['Cut churn'] },
        { voterId: 'a', voterName: 'Alice', ranking: ranking as string[] },
      ],
      ...extra,
    });

describe('ranked ballots: bad input gets a typed error a facilitator understands', () => {
  it('an item listed twice', () => {
    expect(refusal(round(['Hire CFO', 'Cut churn', 'Hire CFO']))).toEqual({
      code: 'DUPLICATE_IN_BALLOT',
      message: "Alice's ballot lists “Hire CFO” twice.",
    });
    expect(refusal(round([['Hire CFO', 'Hire CFO']])).code).toBe('DUPLICATE_IN_BALLOT');
  });

  it('an item that is not in the round', () => {
    expect(refusal(round(['Hire CFO', 'Buy a boat']))).toEqual({
      code: 'UNKNOWN_CANDIDATE',
      message: "Alice's ballot mentions “Buy a boat”, which is not one of the items in this round.",
    });
    expect(refusal(round(['Hire CFO', 42])).message).toBe(
      "Alice's ballot mentions something, which is not one of the items in this round.",
    );
  });

  it('display names are used in messages when given', () => {
    const run = () =>
      analyzeRound({
        candidates: ['p1', 'p2'],
        ballots: [{ voterId: 'a', voterName: 'Alice', ranking: ['p1', 'p1'] }],
        options: { candidateLabels: { p1: 'Hire CFO' } },
      });
    expect(refusal(run).message).toBe("Alice's ballot lists “Hire CFO” twice.");
  });

  it('an empty round', () => {
    expect(refusal(() => analyzeRound({ candidates: items, ballots: [] }))).toEqual({
      code: 'NO_BALLOTS',
      message: 'No one has voted in this round yet, so there is nothing to rank.',
    });
    expect(refusal(() => aggregate(items, [], 'borda')).code).toBe('NO_BALLOTS');
  });

  it('fewer than two candidates, duplicate or blank candidates', () => {
    expect(refusal(() => aggregate(['Only one'], [{ ranking: ['Only one'] }], 'borda'))).toEqual({
      code: 'TOO_FEW_CANDIDATES',
      message: 'A ranking needs at least two items to compare; this round has 1.',
    });
    expect(refusal(() => aggregate([], [], 'kemeny')).code).toBe('TOO_FEW_CANDIDATES');
    expect(refusal(() => aggregate(['A', 'B', 'A'], [{ ranking: ['A'] }], 'borda'))).toEqual({
      code: 'DUPLICATE_CANDIDATE',
      message: '“A” appears twice in the list of items; each item can be listed once.',
    });
    expect(refusal(() => aggregate(['A', '  '], [{ ranking: ['A'] }], 'borda')).message).toBe(
      'Item 2 in the list has no name.',
    );
  });

  it('counts must be whole numbers of at least 1', () => {
    for (const count of [0, -1, 1.5, Number.NaN]) {
      expect(
        refusal(() => aggregate(items, [{ ranking: ['Cut churn'] }, { ranking: [], count }], 'borda')),
      ).toEqual({
        code: 'INVALID_COUNT',
        message: `Ballot 2 has a count of ${String(count)}; a count must be a whole number of at least 1.`,
      });
    }
  });

  it('a person voting twice, or a ballot without a voter', () => {
    const twice = () =>
      analyzeRound({
        candidates: items,
        ballots: [
          { voterId: 'a', voterName: 'Alice', ranking: [] },
          { voterId: 'a', voterName: 'Alice', ranking: [] },
        ],
      });
    expect(refusal(twice)).toEqual({
      code: 'DUPLICATE_VOTER',
      message: 'Alice has two ballots in this round; keep one.',
    });
    expect(
      refusal(() => analyzeRound({ candidates: items, ballots: [{ voterId: '', ranking: [] }] })).code,
    ).toBe('EMPTY_VOTER_ID');
  });

  it('a ranking that is not a list', () => {
    expect(refusal(round('Hire CFO')).code).toBe('NOT_A_RANKING');
  });

  it('problems in the previous round say so', () => {
    const run = () =>
      analyzeRound({
        candidates: items,
        ballots: [{ voterId: 'a', voterName: 'Alice', ranking: ['Cut churn'] }],
        previous: {
          candidates: items,
          ballots: [{ voterId: 'a', voterName: 'Alice', ranking: ['Cut', 'Hire CFO'] }],
        },
      });
    expect(refusal(run).message).toBe(
      "In the previous round: Alice's ballot mentions “Cut”, which is not one of the items in this round.",
    );
  });

  it('an unknown method name', () => {
    expect(refusal(() => aggregate(items, [{ ranking: [] }], 'plurality' as Method)).code).toBe(
      'INVALID_OPTION',
    );
  });

  it('nothing is computed from a profile with a bad ballot anywhere in it', () => {
    const ballots = [
      ...Array.from({ length: 50 }, () => ({ ranking: items })),
      { ranking: ['Hire CFO', 'Hire CFO'] },
    ];
    expect(refusal(() => aggregate(items, ballots, 'kemeny')).message).toBe(
      'Ballot 51 lists “Hire CFO” twice.',
    );
  });
});

describe('points and dots', () => {
  const points = (p: Record<string, number>) => () =>
    analyzePoints(items, [{ voterId: 'a', voterName: 'Alice', points: p }], 100);

  it('over the budget', () => {
    expect(refusal(points({ 'Hire CFO': 70, 'Cut churn': 50 }))).toEqual({
      code: 'POINTS_OVER_BUDGET',
      message: 'Alice gave 120 points in total; each person has 100.',
    });
  });

  it('negative, NaN, infinite or not a number', () => {
    expect(refusal(points({ 'Hire CFO': -5 }))).toEqual({
      code: 'POINTS_NEGATIVE',
      message: 'Alice gave -5 points to “Hire CFO”; points cannot be negative.',
    });
    expect(refusal(points({ 'Hire CFO': Number.NaN }))).toEqual({
      code: 'POINTS_NOT_A_NUMBER',
      message: "Alice's points for “Hire CFO” are not a number.",
    });
    expect(refusal(points({ 'Hire CFO': Infinity })).code).toBe('POINTS_NOT_A_NUMBER');
    expect(refusal(points({ 'Hire CFO': '10' as unknown as number })).code).toBe('POINTS_NOT_A_NUMBER');
  });

  it('an unknown item, a bad budget', () => {
    expect(refusal(points({ Yacht: 5 })).message).toBe(
      'Alice gave points to “Yacht”, which is not one of the items in this round.',
    );
    expect(refusal(() => analyzePoints(items, [{ voterId: 'a', points: {} }], 0)).code).toBe(
      'INVALID_BUDGET',
    );
    expect(refusal(() => analyzePoints(items, [], 100)).code).toBe('NO_BALLOTS');
  });

  it('dots are whole, within the allowance and the per-item cap', () => {
    const dots = (p: Record<string, number>) => () =>
      analyzeDots(items, [{ voterId: 'a', voterName: 'Alice', points: p }], 5, { maxPerItem: 3 });
    expect(refusal(dots({ 'Hire CFO': 1.5 })).code).toBe('DOTS_NOT_WHOLE');
    expect(refusal(dots({ 'Hire CFO': 4 })).message).toBe(
      'Alice put 4 dots on “Hire CFO”; at most 3 per item.',
    );
    expect(refusal(dots({ 'Hire CFO': 3, 'Cut churn': 3 })).message).toBe(
      'Alice gave 6 dots in total; each person has 5.',
    );
    expect(refusal(() => analyzeDots(items, [{ voterId: 'a', points: {} }], 2.5)).code).toBe(
      'INVALID_BUDGET',
    );
  });
});

describe('AHP matrices', () => {
  it('a non-reciprocal matrix', () => {
    const m = [
      [1, 3, 5],
      [1 / 3, 1, 2],
      [1 / 5, 2, 1],
    ];
    expect(refusal(() => ahp(m, items))).toEqual({
      code: 'AHP_NOT_RECIPROCAL',
      message:
        '“Open Berlin” against “Cut churn” is 2, so “Cut churn” against “Open Berlin” must be 1/2, not 2.',
    });
    expect(refusal(() => ahp(m)).message).toContain('item 2 against item 3 is 2');
  });

  it('not square, not positive, a diagonal other than 1, too small', () => {
    expect(refusal(() => ahp([[1, 2], [0.5]])).code).toBe('AHP_NOT_SQUARE');
    expect(
      refusal(() =>
        ahp([
          [1, 0],
          [0, 1],
        ]),
      ).code,
    ).toBe('AHP_NOT_POSITIVE');
    expect(
      refusal(() =>
        ahp([
          [1, Number.NaN],
          [1, 1],
        ]),
      ).code,
    ).toBe('AHP_NOT_POSITIVE');
    expect(
      refusal(() =>
        ahp([
          [2, 1],
          [1, 1],
        ]),
      ).code,
    ).toBe('AHP_DIAGONAL');
    expect(refusal(() => ahp([[1]])).code).toBe('TOO_FEW_CANDIDATES');
  });

  it('accepts reciprocals typed with two decimals (1/3 as 0.33)', () => {
    expect(
      ahp([
        [1, 3],
        [0.33, 1],
      ]).weights[0],
    ).toBeCloseTo(0.75, 2);
  });
});

describe('distances', () => {
  it('two orders of different items', () => {
    expect(refusal(() => kendallTauDistance(['A', 'B'], ['A', 'C']))).toEqual({
      code: 'ORDER_MISMATCH',
      message: '“C” is in the second order but not in the first.',
    });
    expect(refusal(() => spearmanFootrule(['A', 'B', 'C'], ['A', 'B'])).code).toBe('ORDER_MISMATCH');
    expect(refusal(() => spearmanFootrule(['A', 'A'], ['A', 'B'])).code).toBe('DUPLICATE_IN_BALLOT');
  });
});
