import { describe, expect, it } from 'vitest';
import {
  createDeck,
  newestRevealedOfQuestion,
  newestRevealedRound,
  roundName,
} from '../../../../src/shared/domain/deck/createDeck';
import { castBallot, createRound, revealRound, startRevote } from '../../../../src/shared/domain/rounds';
import { twoCampWorkspace } from '../../../support/twoCampWorkspace';

const ids = () => {
  let n = 0;
  return () => `s${++n}`;
};

describe('which round a ranking slide shows', () => {
  it('names rounds by number and kind within their question', () => {
    let w = twoCampWorkspace();
    w = createRound(
      w,
      { question: 'Which risks worry us?', method: 'order', itemIds: ['item-A', 'item-B'] },
      'risks',
      new Date('2027-01-15T12:00:00Z'),
    );
    expect(roundName(w, 'blind')).toBe('Round 1 — blind');
    expect(roundName(w, 'revote')).toBe('Round 2 — re-vote');
    expect(roundName(w, 'risks')).toBe('Round 1 — blind');
  });

  it('defaults to the re-vote once it is revealed, even when both were revealed at the same moment', () => {
    const w = twoCampWorkspace();
    const same = {
      ...w,
      rounds: w.rounds.map((r) => ({ ...r, revealedAt: '2027-01-15T09:00:00.000Z' })),
    };
    for (const workspace of [w, same]) {
      expect(newestRevealedRound(workspace)).toBe('revote');
      const deck = createDeck(null, workspace, ids());
      const ranking = deck.sections.find((s) => s.type === 'ranking-result');
      expect(ranking && 'roundId' in ranking ? ranking.roundId : null).toBe('revote');
    }
  });

  it('keeps to the blind round while the re-vote is still open, and to the chosen question', () => {
    let w = twoCampWorkspace({ revote: false });
    w = startRevote(w, 'blind', 'revote', new Date('2027-01-15T10:00:00Z'));
    w = castBallot(
      w,
      'revote',
      'p1',
      { kind: 'order', tiers: [...'LKJIHGFEDCBA'].map((l) => [`item-${l}`]) },
      new Date('2027-01-15T10:05:00Z'),
    );
    expect(newestRevealedOfQuestion(w, 'What matters most next quarter?')).toBe('blind');
    w = revealRound(w, 'revote', new Date('2027-01-15T10:10:00Z'));
    expect(newestRevealedOfQuestion(w, 'What matters most next quarter?')).toBe('revote');
    expect(newestRevealedOfQuestion(w, 'Nobody asked this')).toBeNull();
  });
});
