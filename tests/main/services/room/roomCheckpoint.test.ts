import { afterEach, describe, expect, it } from 'vitest';
import type { BallotSink } from '../../../../src/main/services/room';
import { ALREADY_ANSWERED, type PhoneCheckpoint } from '../../../../src/shared/room/checkpointProtocol';
import { orderBallot, Phone, within } from './phoneClient';
import { ITEM_IDS, MemorySink, startRoom, type StartedRoom } from './roomFixture';

const CHECKPOINT: PhoneCheckpoint = {
  id: 'cp-1',
  title: 'Alignment checkpoint',
  anonymous: true,
  questions: [
    { id: 'same-message', wording: 'Are we telling our teams the same thing?' },
    { id: 'own-1', wording: 'Is the EU launch staffed?' },
  ],
};

/** Keeps the answers it is given, as the window would through checkpointEdits. */
class AnswerSink extends MemorySink {
  readonly answers = new Map<string, unknown>();
  submitAnswers: NonNullable<BallotSink['submitAnswers']> = ({ participantId, answers }) => {
    this.answers.set(participantId, answers);
    return Promise.resolve({ ok: true });
  };
}

let room: StartedRoom | undefined;
afterEach(async () => {
  await room?.server.close();
  room = undefined;
});

async function seated(participantId: string) {
  const phone = new Phone(room!.server.url);
  await phone.join({ code: room!.server.code, participantId });
  return { phone, hello: await phone.connect() };
}

const fine = [
  { questionId: 'same-message', score: 4, comment: '' },
  { questionId: 'own-1', score: null, comment: 'Two people short in Berlin' },
];

describe('room link on a checkpoint', () => {
  it('greets a phone with the questions and whether its seat answered, never anyone’s answers', async () => {
    room = await startRoom({
      round: undefined,
      checkpoint: CHECKPOINT,
      answered: ['p2'],
      sink: new AnswerSink(),
    });
    const { hello } = await seated('p1');
    expect(hello).toEqual({
      type: 'helloCheckpoint',
      checkpoint: CHECKPOINT,
      seat: { participantId: 'p1', name: 'Voter 1' },
      answered: false,
    });
    const other = await seated('p2');
    expect(other.hello).toMatchObject({ type: 'helloCheckpoint', answered: true });
    expect(room.server.info().seats.map((s) => s.voted)).toEqual([false, true, false, false]);
  });

  it('saves one set of answers per seat and refuses a second send in words', async () => {
    const sink = new AnswerSink();
    room = await startRoom({ round: undefined, checkpoint: CHECKPOINT, sink });
    const { phone } = await seated('p3');
    expect(await phone.answer(fine)).toMatchObject({ type: 'ack' });
    expect(sink.answers.get('p3')).toEqual(fine);
    expect(room.events).toContainEqual({ type: 'ballotSaved', participantId: 'p3' });
    expect(await phone.answer(fine)).toMatchObject({ type: 'refused', message: ALREADY_ANSWERED });
    expect(sink.answers.size).toBe(1);
    // A reconnecting phone is told it has answered.
    phone.close();
    const again = new Phone(room.server.url);
    again.cookie = phone.cookie;
    expect(await again.connect()).toMatchObject({ type: 'helloCheckpoint', answered: true });
  });

  it('refuses answers the laptop would refuse, before they reach the sink', async () => {
    const sink = new AnswerSink();
    room = await startRoom({ round: undefined, checkpoint: CHECKPOINT, sink });
    const { phone } = await seated('p1');
    const refusals = [
      [{ questionId: 'not-asked', score: 3, comment: '' }],
      [fine[0], fine[0]],
      [{ questionId: 'own-1', score: null, comment: '   ' }],
      [{ questionId: 'own-1', score: 6, comment: '' }],
      [{ questionId: 'own-1', score: 2, comment: 'x'.repeat(501) }],
      [{ questionId: 'own-1', score: 2, comment: '', participantId: 'p2' }],
      'not a list',
    ];
    const messages = [];
    for (const answers of refusals) {
      const reply = await phone.answer(answers);
      expect(reply.type).toBe('refused');
      messages.push(reply.type === 'refused' ? reply.message : '');
    }
    expect(messages.slice(0, 3)).toEqual([
      'One answer is for a question this checkpoint does not ask.',
      'Answer each question once.',
      'Pick a score (or write a comment) for at least one question.',
    ]);
    expect(sink.answers.size).toBe(0);
    // A ballot is not what a checkpoint takes.
    expect(await phone.submit(orderBallot(ITEM_IDS, 1))).toMatchObject({ type: 'refused' });
    expect(sink.submits).toBe(0);
    // Still answering after all that: the refusals cost nothing.
    expect(await phone.answer(fine)).toMatchObject({ type: 'ack' });
  });

  it('a sink that takes no answers refuses them; the link refuses to open on both a round and a checkpoint', async () => {
    room = await startRoom({ round: undefined, checkpoint: CHECKPOINT });
    const { phone } = await seated('p1');
    expect(await phone.answer(fine)).toMatchObject({
      type: 'refused',
      message: 'This laptop takes no checkpoint answers by phone.',
    });
    await room.server.close();
    room = undefined;
    await expect(startRoom({ checkpoint: CHECKPOINT })).rejects.toThrow(/one round or one checkpoint/);
  });

  it('a 1 MB message closes its socket unread; 2,000 malformed answers are each refused and nothing is saved', async () => {
    const sink = new AnswerSink();
    room = await startRoom({ round: undefined, checkpoint: CHECKPOINT, sink });
    const big = await seated('p1');
    const closed = big.phone.closed();
    big.phone.ws!.send(JSON.stringify({ type: 'answers', seq: 1, answers: fine, pad: 'x'.repeat(1 << 20) }));
    expect((await closed).code).toBe(1009);
    const { phone } = await seated('p2');
    const malformed = [
      'not json',
      '{"type":"answers"}',
      '{"type":"answers","seq":1,"answers":[{"questionId":"own-1","score":0,"comment":""}]}',
      '{"type":"answers","seq":2,"answers":[{"questionId":"own-1","score":2.5,"comment":""}]}',
      '{"type":"answers","seq":3,"answers":{"questionId":"own-1"}}',
      '{"__proto__":{"polluted":true},"type":"answers","seq":4,"answers":[]}',
      '{"type":"ballot","seq":5,"content":{"kind":"order","tiers":[["item-1"]]}}',
      `{"type":"answers","seq":6,"answers":${JSON.stringify(Array.from({ length: 7 }, () => fine[0]))}}`,
    ];
    const refusals = () => phone.received.filter((m) => m.type === 'refused').length;
    for (let i = 0; i < 2_000; i++) phone.ws!.send(malformed[i % malformed.length]!);
    await within(
      (async () => {
        while (refusals() < 2_000) await new Promise((r) => setTimeout(r, 20));
      })(),
      'a refusal for each malformed message',
      30_000,
    );
    expect(sink.answers.size).toBe(0);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(await phone.answer(fine)).toMatchObject({ type: 'ack' });
  }, 60_000);
});
