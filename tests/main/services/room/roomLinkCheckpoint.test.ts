import { afterEach, describe, expect, it } from 'vitest';
import { createCheckpoint } from '../../../../src/shared/domain/alignment';
import { ALREADY_ANSWERED } from '../../../../src/shared/room/checkpointProtocol';
import type { Phone } from './phoneClient';
import { openRoomWorkspace, roomLinkOver, seatedPhone } from './roomLinkFixture';
import { roomWorkspace } from './roomWorkspace';

/**
 * The app's room link service on a checkpoint: it opens with the voters as seats, a phone's
 * answers go to the window with a request id (the window saves them through
 * checkpointEdits), the window's yes acknowledges the phone, and the same seat cannot send
 * again. Every message a phone receives carries the questions and its own state only.
 */

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function openOnCheckpoint() {
  const { s, handle } = await openRoomWorkspace();
  const link = roomLinkOver(s.workspaces);
  const phones: Phone[] = [];
  cleanups.push(async () => {
    for (const phone of phones) phone.close();
    await link.room.close();
    await s.workspaces.closeAll();
    await s.cleanup();
  });
  const workspace = createCheckpoint(roomWorkspace(4), {}, 'cp-1', new Date('2027-01-15T10:00:00Z'));
  const opened = await link.room.open({ handle, roundId: 'cp-1', kind: 'checkpoint', workspace });
  const phone = async (participantId: string) => {
    const p = await seatedPhone(opened, participantId);
    phones.push(p);
    return p;
  };
  return { ...link, opened, phone };
}

const given = [{ questionId: 'same-message', score: 2, comment: 'Secret: sales hears another date' }];

describe('the room link service on a checkpoint', () => {
  it('opens with the voters as seats and describes itself as a checkpoint link', async () => {
    const { opened } = await openOnCheckpoint();
    expect(opened).toMatchObject({ roundId: 'cp-1', kind: 'checkpoint' });
    expect(opened.seats.map((s) => s.name)).toEqual(['Voter 1', 'Voter 2', 'Voter 3', 'Voter 4']);
  });

  it('a phone’s answers go to the window; its yes acknowledges, and a second send is refused in words', async () => {
    const { room, events, phone } = await openOnCheckpoint();
    const aiko = await phone('p1');
    const sent = aiko.answer(given);
    const asked = await events.next('answers');
    expect(asked).toEqual({
      type: 'answers',
      requestId: 'request-1',
      checkpointId: 'cp-1',
      participantId: 'p1',
      answers: given,
    });
    expect(room.answer({ requestId: asked.requestId, ok: true })).toBe(true);
    expect(await sent).toMatchObject({ type: 'ack' });
    await events.next('ballotSaved');
    expect(room.status()?.seats.find((s) => s.participantId === 'p1')).toMatchObject({ voted: true });
    expect(await aiko.answer(given)).toMatchObject({ type: 'refused', message: ALREADY_ANSWERED });
    expect(events.seen.filter((e) => e.type === 'answers')).toHaveLength(1);
    // What the phones heard: the questions and their own seat, never another's answer.
    const other = await phone('p2');
    expect(JSON.stringify(other.received)).not.toContain('Secret');
    expect(other.received[0]).toMatchObject({ type: 'helloCheckpoint', answered: false });
  });

  it('the window’s refusal (a person who answered on the laptop) reaches the phone in its words', async () => {
    const { room, events, phone } = await openOnCheckpoint();
    const ben = await phone('p2');
    const sent = ben.answer(given);
    const asked = await events.next('answers');
    room.answer({
      requestId: asked.requestId,
      ok: false,
      message: 'Voter 2 has already answered: each person answers once.',
    });
    expect(await sent).toMatchObject({
      type: 'refused',
      message: 'Voter 2 has already answered: each person answers once.',
    });
    expect(room.status()?.seats.find((s) => s.participantId === 'p2')).toMatchObject({ voted: false });
  });
});
