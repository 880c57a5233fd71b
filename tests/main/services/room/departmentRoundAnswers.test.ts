import { afterEach, describe, expect, it } from 'vitest';
import type { BallotSink } from '../../../../src/main/services/room';
import { roomSubjectOf } from '../../../../src/main/services/room/roomSubject';
import { addDepartment } from '../../../../src/shared/domain/cascade/cascadeEdits';
import {
  createTranslationCheck,
  importTranslationReplies,
  issueBallots,
} from '../../../../src/shared/domain/translation';
import type { Workspace } from '../../../../src/shared/domain/workspace';
import { departmentSeats, phoneReplyFile } from '../../../../src/shared/room/departmentRound';
import type { PhoneRoundAnswer } from '../../../../src/shared/room/roomProtocol';
import { Phone } from './phoneClient';
import { ITEM_IDS, ORDER_ROUND, startRoom, type StartedRoom } from './roomFixture';
import { roomWorkspace } from './roomWorkspace';

/**
 * The room link's side of a department round that asks the check's questions: the phones
 * learn the questions (wording only) and their own counted answers; the answers a phone
 * sends with its order reach the sink with it, and are checked against the questions asked.
 */

const NOW = new Date('2027-01-15T12:00:00Z');
const QUESTIONS = [
  { id: 'same-message', wording: 'Are we telling our teams the same thing?' },
  { id: 'own-1', wording: 'Is the EU launch staffed?' },
];

function withCheck(questions: typeof QUESTIONS): Workspace {
  let w = roomWorkspace(3);
  w = { ...w, priorities: w.priorities.map((p, i) => (i < 4 ? { ...p, status: 'committed' as const } : p)) };
  w = addDepartment(w, { id: 'ops', name: 'Operations', capacity: 10 });
  let checks = createTranslationCheck(
    w,
    [],
    { id: 'tc1', question: 'Rank the priorities', anonymous: true, leadershipRoundId: null, questions },
    NOW,
  );
  let n = 0;
  const input = { checkId: 'tc1', departmentId: 'ops', respondents: [], count: 2 };
  checks = issueBallots(w, checks, input, () => `secret-token-${++n}-xyz`, NOW).checks;
  return { ...w, translationChecks: checks };
}

/** Keeps what each seat sent last, answers included. */
class AnswerSink implements BallotSink {
  readonly sent: Array<Parameters<BallotSink['submit']>[0]> = [];
  submit(ballot: Parameters<BallotSink['submit']>[0]) {
    this.sent.push(ballot);
    return Promise.resolve({ ok: true as const });
  }
}

let room: StartedRoom | undefined;
afterEach(async () => {
  await room?.server.close();
  room = undefined;
});

describe('a department round’s questions from the workspace', () => {
  it('puts the check’s questions on the round (wording only) and each seat’s counted answers', () => {
    let w = withCheck(QUESTIONS);
    const seat = departmentSeats(w.translationChecks[0]!, 'ops')[1]!;
    const answers = [{ questionId: 'own-1', score: 2, comment: 'Not yet' }];
    const file = phoneReplyFile(w, 'tc1', seat, ['item-2', 'item-1', 'item-3', 'item-4'], NOW, answers);
    w = { ...w, translationChecks: importTranslationReplies(w, w.translationChecks, 'tc1', [file]).checks };
    const room = roomSubjectOf(w, { roundId: 'tc1', kind: 'department', departmentId: 'ops' });
    expect(room.options.round!.questions).toEqual(QUESTIONS);
    expect(room.options.roundAnswers).toEqual({ 'ballot-2': answers });
    expect(JSON.stringify(room)).not.toMatch(/secret-token/);
  });

  it('asks nothing when the check asks nothing', () => {
    const room = roomSubjectOf(withCheck([]), { roundId: 'tc1', kind: 'department', departmentId: 'ops' });
    expect(room.options.round).not.toHaveProperty('questions');
    expect(room.options).not.toHaveProperty('roundAnswers');
  });
});

describe('answers over the room link', () => {
  const round = { ...ORDER_ROUND, questions: QUESTIONS };
  const order = { kind: 'order' as const, tiers: ITEM_IDS.map((id) => [id]) };

  async function seatedPhone(held: Record<string, PhoneRoundAnswer[]> = {}) {
    const sink = new AnswerSink();
    room = await startRoom({ round, roundAnswers: held, sink: sink as never });
    const phone = new Phone(room.server.url);
    await phone.join({ code: room.server.code, participantId: 'p1' });
    const hello = await phone.connect();
    const send = async (seq: number, answers: unknown) => {
      const from = phone.received.length;
      phone.ws!.send(JSON.stringify({ type: 'ballot', seq, content: order, answers }));
      return phone.next((m) => m.type === 'ack' || m.type === 'refused', 'the answer', undefined, from);
    };
    return { sink, phone, hello, send };
  }

  it('greets a seat with its own answers, and hands answers sent with the order to the sink', async () => {
    const held = [{ questionId: 'same-message', score: 3, comment: '' }];
    const { sink, phone, hello, send } = await seatedPhone({
      p1: held,
      p2: [{ questionId: 'own-1', score: 1, comment: 'Another seat’s' }],
    });
    expect(hello).toMatchObject({
      type: 'hello',
      round: { questions: QUESTIONS },
      ballot: null,
      answers: held,
    });
    const answers = [{ questionId: 'own-1', score: 5, comment: 'Fully staffed' }];
    expect(await send(1, answers)).toMatchObject({ type: 'ack', seq: 1 });
    expect(sink.sent).toEqual([{ roundId: 'round-1', participantId: 'p1', content: order, answers }]);

    // Back after a dropped connection, the seat is greeted with what it sent last (never another seat's).
    phone.ws!.close();
    const samePhone = new Phone(room!.server.url);
    samePhone.cookie = phone.cookie;
    const back = await samePhone.connect();
    expect(back).toMatchObject({ type: 'hello', ballot: order, answers });
  });

  it('refuses answers to a question not asked, or one answered twice, before the sink', async () => {
    const { sink, send } = await seatedPhone();
    expect(await send(1, [{ questionId: 'own-7', score: 3, comment: '' }])).toEqual({
      type: 'refused',
      seq: 1,
      message: 'One answer is for a question this round does not ask. Reload the page.',
    });
    const twice = [
      { questionId: 'own-1', score: 3, comment: '' },
      { questionId: 'own-1', score: 4, comment: '' },
    ];
    expect(await send(2, twice)).toEqual({ type: 'refused', seq: 2, message: 'Answer each question once.' });
    expect(await send(3, [{ questionId: 'own-1', score: 9, comment: '' }])).toMatchObject({
      type: 'refused',
      seq: 3,
    });
    expect(sink.sent).toEqual([]);
  });

  it('a round without questions greets with no answers and takes none', async () => {
    const sink = new AnswerSink();
    room = await startRoom({ sink: sink as never });
    const phone = new Phone(room.server.url);
    await phone.join({ code: room.server.code, participantId: 'p1' });
    expect(await phone.connect()).not.toHaveProperty('answers');
    phone.ws!.send(
      JSON.stringify({
        type: 'ballot',
        seq: 1,
        content: order,
        answers: [{ questionId: 'own-1', score: 3, comment: '' }],
      }),
    );
    expect(await phone.next((m) => m.type === 'refused', 'the refusal')).toMatchObject({ seq: 1 });
    expect(sink.sent).toEqual([]);
  });
});
