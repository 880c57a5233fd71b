import { describe, expect, it } from 'vitest';
import { PhoneRound, readPhoneMessage, type PhoneRoundQuestion } from '../../../src/shared/room/roomProtocol';

/**
 * A department round's answers over the room link, checked by the shared schema before
 * they reach the laptop's document: at most six, a whole score 1–5 or none, a comment of at
 * most 500 characters on one line, each question once, only questions the round asks.
 */

const ROUND = { method: 'order' as const, itemIds: ['a', 'b'], budget: 0, dots: 0, ahpStrength: false };
const ASKED: PhoneRoundQuestion[] = [
  { id: 'same-message', wording: 'Are we telling our teams the same thing?' },
  { id: 'own-1', wording: 'Is the EU launch staffed?' },
];
const ORDER = { kind: 'order', tiers: [['b'], ['a']] };

const read = (answers: unknown, asked: PhoneRoundQuestion[] = ASKED) =>
  readPhoneMessage(JSON.stringify({ type: 'ballot', seq: 7, content: ORDER, answers }), ROUND, asked);

describe('answers sent with a department round’s order', () => {
  it('come through with the order when they answer the questions asked', () => {
    const answers = [
      { questionId: 'same-message', score: 4, comment: 'Mostly' },
      { questionId: 'own-1', score: null, comment: 'Two hires open' },
    ];
    expect(read(answers)).toEqual({ ok: true, message: { type: 'ballot', seq: 7, content: ORDER, answers } });
    // Skipping every question is allowed; leaving `answers` out is a ranking alone.
    expect(read([])).toMatchObject({ ok: true, message: { answers: [] } });
    const alone = readPhoneMessage(JSON.stringify({ type: 'ballot', seq: 1, content: ORDER }), ROUND, ASKED);
    expect(alone).toEqual({ ok: true, message: { type: 'ballot', seq: 1, content: ORDER } });
  });

  it.each([
    ['a score of 6', [{ questionId: 'own-1', score: 6, comment: '' }]],
    ['a score of 0', [{ questionId: 'own-1', score: 0, comment: '' }]],
    ['a half score', [{ questionId: 'own-1', score: 2.5, comment: '' }]],
    ['a score as text', [{ questionId: 'own-1', score: '3', comment: '' }]],
    ['a comment of 501 characters', [{ questionId: 'own-1', score: 3, comment: 'x'.repeat(501) }]],
    ['a comment with a line break', [{ questionId: 'own-1', score: 3, comment: 'two\nlines' }]],
    ['an unknown field', [{ questionId: 'own-1', score: 3, comment: '', name: 'Ann' }]],
    ['no comment field', [{ questionId: 'own-1', score: 3 }]],
    ['seven answers', Array.from({ length: 7 }, (_, i) => ({ questionId: `q${i}`, score: 3, comment: '' }))],
    ['answers that are not a list', { 'own-1': 3 }],
  ])('are refused, naming the message’s seq, with %s', (_, answers) => {
    expect(read(answers)).toEqual({
      ok: false,
      seq: 7,
      message: 'The phone sent something the laptop cannot read. Reload the page.',
    });
  });

  it('are refused when they answer a question the round does not ask', () => {
    expect(read([{ questionId: 'own-9', score: 3, comment: '' }])).toEqual({
      ok: false,
      seq: 7,
      message: 'One answer is for a question this round does not ask. Reload the page.',
    });
    // A round that asks nothing takes no answers at all.
    expect(read([{ questionId: 'own-1', score: 3, comment: '' }], [])).toMatchObject({ ok: false, seq: 7 });
  });

  it('are refused when one question is answered twice', () => {
    const twice = [
      { questionId: 'own-1', score: 3, comment: '' },
      { questionId: 'own-1', score: 5, comment: 'changed my mind' },
    ];
    expect(read(twice)).toEqual({ ok: false, seq: 7, message: 'Answer each question once.' });
  });

  it('still refuse a bad order first, in the ballot rules’ words', () => {
    const bad = readPhoneMessage(
      JSON.stringify({ type: 'ballot', seq: 3, content: { kind: 'order', tiers: [['a']] }, answers: [] }),
      ROUND,
      ASKED,
    );
    expect(bad).toMatchObject({ ok: false, seq: 3 });
  });
});

describe('a round’s questions as the phone learns them', () => {
  const round = {
    id: 'tc1',
    question: 'Which first?',
    method: 'order',
    items: [{ id: 'a', title: 'Alpha' }],
    budget: 0,
    dots: 0,
    ahpStrength: false,
  };

  it('are optional, and hold only an id and a wording', () => {
    expect(PhoneRound.safeParse(round).success).toBe(true);
    expect(PhoneRound.safeParse({ ...round, questions: ASKED }).success).toBe(true);
    const withScores = { ...round, questions: [{ ...ASKED[0], leadershipMedian: 4 }] };
    expect(PhoneRound.safeParse(withScores).success).toBe(false);
    const seven = Array.from({ length: 7 }, (_, i) => ({ id: `q${i}`, wording: 'Why?' }));
    expect(PhoneRound.safeParse({ ...round, questions: seven }).success).toBe(false);
  });
});
