import { describe, expect, it } from 'vitest';
import {
  BALLOT_METHOD_SPECS,
  ballotMethod,
  ballotProblem,
  defaultRoundSettings,
  pairwiseProgress,
  rankingOf,
  roundSettings,
  type BallotMethod,
  type Judgement,
} from '../../../../src/shared/domain/rounds';
import { BALLOT_METHODS, BallotContent, ROUND_LIMITS, Round } from '../../../../src/shared/domain/workspace';

const itemIds = ['a', 'b', 'c'];

function roundOf(
  method: BallotMethod,
  items: readonly string[] = itemIds,
  ballots: Round['ballots'] = [],
): Round {
  return {
    id: 'r1',
    question: 'What matters most next quarter?',
    method,
    itemIds: [...items],
    ...roundSettings(method, {}, items.length),
    status: 'open',
    createdAt: '2027-01-10T09:00:00.000Z',
    revealedAt: null,
    previousRoundId: null,
    ballots,
  };
}

/** Answers every question preferring the item earlier in the alphabet. */
function pairwiseBallot(round: Round): BallotContent {
  const judgements: Judgement[] = [];
  for (
    let p = pairwiseProgress(round.itemIds, judgements);
    !p.done;
    p = pairwiseProgress(round.itemIds, judgements)
  ) {
    judgements.push({ ...p.next, prefer: p.next.a < p.next.b ? 'a' : 'b', strength: 1 });
  }
  return { kind: 'pairwise', judgements };
}

/** A complete ballot of each method that puts a first, then b, then c. */
const completeBallot = {
  order: () => ({ kind: 'order', tiers: [['a'], ['b'], ['c']] }),
  pairwise: pairwiseBallot,
  points: (round) => ({
    kind: 'points',
    allocation: [
      { itemId: 'a', amount: round.budget - 30 },
      { itemId: 'b', amount: 20 },
      { itemId: 'c', amount: 10 },
    ],
  }),
  dots: (round) => ({ kind: 'dots', allocation: [{ itemId: 'a', amount: round.dots }] }),
} satisfies Record<BallotMethod, (round: Round) => BallotContent>;

describe('the catalogue of ballot methods', () => {
  it('describes exactly the methods a round can be saved with, each with a ballot the saved format accepts', () => {
    expect(Object.keys(BALLOT_METHOD_SPECS).sort()).toEqual([...BALLOT_METHODS].sort());
    for (const method of BALLOT_METHODS) {
      expect(BallotContent.options, method).toContain(ballotMethod(method).ballot);
      expect(ballotMethod(method).name.length, method).toBeGreaterThan(0);
      expect(ballotMethod(method).hint.length, method).toBeGreaterThan(0);
    }
  });

  it.each(BALLOT_METHODS)(
    'opens a %s round whose default settings are valid for any number of items',
    (method) => {
      for (const count of [2, 3, 10, 31, ROUND_LIMITS.items]) {
        const items = Array.from({ length: count }, (_, i) => `p${i}`);
        const parsed = Round.safeParse(roundOf(method, items));
        expect(parsed.success, `${count} items: ${parsed.error?.message}`).toBe(true);
      }
    },
  );

  it.each(BALLOT_METHODS)(
    'accepts a complete %s ballot, stores it and reads it as a ranking, best first',
    (method) => {
      const round = roundOf(method);
      const content = completeBallot[method](round);
      expect(ballotProblem(round, content)).toBeNull();
      const stored = { participantId: 'ana', submittedAt: '2027-01-10T09:05:00.000Z', content };
      expect(Round.safeParse(roundOf(method, itemIds, [stored])).success).toBe(true);
      const ranking = rankingOf(round, content);
      expect(ranking[0]).toEqual(['a']);
      expect(ranking.flat().sort()).toEqual(itemIds);
    },
  );

  it('refuses a ballot in a round of another method, saying why in that method’s words', () => {
    for (const ballotKind of BALLOT_METHODS) {
      for (const roundMethod of BALLOT_METHODS.filter((m) => m !== ballotKind)) {
        const content = completeBallot[ballotKind](roundOf(ballotKind));
        expect(ballotProblem(roundOf(roundMethod), content)).toBe(ballotMethod(ballotKind).notThisRound);
      }
    }
    const dots = completeBallot.dots(roundOf('dots'));
    expect(ballotProblem(roundOf('points'), dots)).toBe('This round does not use dots.');
    expect(ballotProblem(roundOf('pairwise'), completeBallot.order())).toBe(
      'This round is not ranked by order.',
    );
  });

  it.each(BALLOT_METHODS)('keeps a %s ballot valid when an item is deleted, without that item', (method) => {
    const round = roundOf(method);
    const without = ballotMethod(method).withoutItem(completeBallot[method](round), 'c');
    expect(BallotContent.safeParse(without).success).toBe(true);
    expect(JSON.stringify(without)).not.toMatch(/"c"/);
    expect(rankingOf(roundOf(method, ['a', 'b']), without).flat()).not.toContain('c');
  });
});

describe('round settings', () => {
  it('defaults to 100 points, about one dot per three items (1 to 10) and no strength question', () => {
    expect(defaultRoundSettings(2)).toEqual({ budget: 100, dots: 1, ahpStrength: false });
    expect(defaultRoundSettings(12)).toEqual({ budget: 100, dots: 4, ahpStrength: false });
    expect(defaultRoundSettings(45)).toEqual({ budget: 100, dots: 10, ahpStrength: false });
  });

  it('keeps a budget or a dot count given for any method, but asks strengths only in pairwise', () => {
    const given = { budget: 40, dots: 7, ahpStrength: true };
    expect(roundSettings('order', given, 9)).toEqual({ budget: 40, dots: 7, ahpStrength: false });
    expect(roundSettings('points', given, 9)).toEqual({ budget: 40, dots: 7, ahpStrength: false });
    expect(roundSettings('pairwise', given, 9)).toEqual(given);
    expect(roundSettings('pairwise', {}, 9)).toEqual({ budget: 100, dots: 3, ahpStrength: false });
  });
});
