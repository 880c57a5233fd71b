import { afterEach, describe, expect, it } from 'vitest';
import { CLOSE_CODES, CLOSE_MESSAGES } from '../../../src/main/services/room';
import type { RoomLinkService } from '../../../src/main/services/roomLink';
import { LINK_CLOSED, NO_ANSWER } from '../../../src/main/services/roomLinkBallots';
import { readWorkspaceJson } from '../../support/services';
import { orderBallot, type Phone } from './room/phoneClient';
import { openRoomWorkspace, roomLinkOver, seatedPhone } from './room/roomLinkFixture';
import { ITEM_IDS } from './room/roomFixture';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function openLink() {
  const { s, dir, handle } = await openRoomWorkspace();
  const link = roomLinkOver(s.workspaces);
  const phones: Phone[] = [];
  cleanups.push(async () => {
    for (const phone of phones) phone.close();
    await link.room.close();
    await s.workspaces.closeAll();
    await s.cleanup();
  });
  const opened = await link.room.open({ handle, roundId: 'round-new' });
  const phone = async (participantId: string) => {
    const p = await seatedPhone(opened, participantId);
    phones.push(p);
    return p;
  };
  return { ...link, s, dir, handle, opened, phone };
}

const failureOf = (room: RoomLinkService, request: Parameters<RoomLinkService['open']>[0]) =>
  room.open(request).then(
    () => null,
    (e: { code: string; message: string }) => ({ code: e.code, message: e.message }),
  );

describe('the room link service', () => {
  it('lists the networks best first without the unspecified address, and opens on loopback with the round’s seats and a QR', async () => {
    const { room, opened } = await openLink();
    expect(room.interfaces().map((i) => [i.name, i.address, i.kind])).toEqual([
      ['utun3', '100.64.0.7', 'virtual'],
      ['lo', '127.0.0.1', 'loopback'],
    ]);
    expect(opened.interface).toMatchObject({ name: 'lo', address: '127.0.0.1' });
    expect(opened.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(opened.roomUrl).toBe(`${opened.url}#code=${opened.code}`);
    expect(opened.qrSvg).toContain('<svg');
    expect(opened.seats.map((s) => [s.name, s.claimed, s.connected, s.voted])).toEqual(
      [1, 2, 3, 4].map((i) => [`Voter ${i}`, false, false, false]),
    );
    expect(room.status()).toEqual(opened);
  });

  it('refuses a network that is not there and a round that is not open, and leaves the open link alone', async () => {
    const { room, handle, opened } = await openLink();
    expect(await failureOf(room, { handle, roundId: 'round-new', interfaceName: 'wlan9' })).toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringContaining('wlan9') as string,
    });
    expect(await failureOf(room, { handle, roundId: 'no-such-round' })).toMatchObject({ code: 'INVALID' });
    expect(await failureOf(room, { handle: 'closed-handle', roundId: 'round-new' })).toMatchObject({
      code: 'UNKNOWN_HANDLE',
    });
    expect(room.status()?.url).toBe(opened.url);
  });

  it('a phone’s ballot goes to the window with a request id; the window’s yes acknowledges the phone', async () => {
    const { room, events, phone } = await openLink();
    const aiko = await phone('p1');
    const answer = aiko.submit(orderBallot(ITEM_IDS, 1));
    const ballot = await events.next('ballot');
    expect(ballot).toMatchObject({
      requestId: 'request-1',
      roundId: 'round-new',
      participantId: 'p1',
      content: orderBallot(ITEM_IDS, 1),
    });
    expect(room.answer({ requestId: ballot.requestId, ok: true })).toBe(true);
    expect(await answer).toMatchObject({ type: 'ack' });
    await events.next('ballotSaved');
    expect(room.status()?.seats.find((s) => s.participantId === 'p1')).toMatchObject({ voted: true });
    // Answered once: a second answer reaches nobody.
    expect(room.answer({ requestId: ballot.requestId, ok: false })).toBe(false);
  });

  it('the window’s refusal reaches the phone in its own words, and nothing counts as voted', async () => {
    const { room, events, phone } = await openLink();
    const ben = await phone('p2');
    const answer = ben.submit(orderBallot(ITEM_IDS, 2));
    const ballot = await events.next('ballot');
    room.answer({ requestId: ballot.requestId, ok: false, message: 'That round was revealed a moment ago.' });
    expect(await answer).toEqual({
      type: 'refused',
      seq: 1,
      message: 'That round was revealed a moment ago.',
    });
    expect(room.status()?.seats.find((s) => s.participantId === 'p2')).toMatchObject({ voted: false });
  });

  it('a window that does not answer within 10 s: the phone is told to send again, and a late answer is ignored', async () => {
    const { room, events, clock, phone } = await openLink();
    const chen = await phone('p3');
    const answer = chen.submit(orderBallot(ITEM_IDS, 3));
    const ballot = await events.next('ballot');
    clock.advance(9_999);
    clock.advance(1);
    expect(await answer).toEqual({ type: 'refused', seq: 1, message: NO_ANSWER });
    expect(room.answer({ requestId: ballot.requestId, ok: true })).toBe(false);
  });

  it('closing its workspace closes the link: the phone is told, a ballot still waiting is refused, the port is freed', async () => {
    const { room, events, phone, handle, opened, s, dir } = await openLink();
    const dana = await phone('p4');
    const closed = dana.closed();
    const waiting = dana.submit(orderBallot(ITEM_IDS, 4));
    await events.next('ballot');
    await room.workspaceClosing(handle);
    expect(await waiting).toMatchObject({ type: 'refused', message: LINK_CLOSED });
    expect(await closed).toEqual({ code: CLOSE_CODES.stopped, reason: 'stopped' });
    expect(dana.received.at(-1)).toEqual({
      type: 'closed',
      reason: 'stopped',
      message: CLOSE_MESSAGES.stopped,
    });
    expect(await events.next('closed')).toEqual({ type: 'closed', reason: 'stopped' });
    expect(room.status()).toBeNull();
    await expect(fetch(opened.url)).rejects.toThrow();
    // Nothing of the phone's reached the file: the window, which owns the document, never said yes.
    await s.workspaces.closeAll();
    const round = (await readWorkspaceJson(dir)).rounds.find((r) => r.id === 'round-new');
    expect(round?.ballots).toEqual([]);
  });

  it('another workspace closing leaves the link open; opening again replaces the link, never two at once', async () => {
    const { room, phone, opened } = await openLink();
    await room.workspaceClosing('some-other-handle');
    expect(room.status()?.url).toBe(opened.url);
    const first = await phone('p1');
    const closed = first.closed();
    const again = await room.open({ handle: opened.handle, roundId: 'round-old', interfaceName: 'lo' });
    expect(await closed).toMatchObject({ code: CLOSE_CODES.stopped });
    expect(again.url).not.toBe(opened.url);
    expect(room.status()).toMatchObject({ roundId: 'round-old', url: again.url });
    await expect(fetch(opened.url)).rejects.toThrow();
  });

  it('seat cards: each seat’s own address with a QR of exactly it; the card takes that seat; none without a link', async () => {
    const { room, opened, phone } = await openLink();
    const cards = await room.seatCards();
    expect(cards.map((c) => c.participantId)).toEqual(opened.seats.map((s) => s.participantId));
    const QRCode = (await import('qrcode')).default;
    for (const card of cards) {
      expect(card.joinUrl).toBe(opened.seats.find((s) => s.participantId === card.participantId)!.joinUrl);
      expect(card.qrSvg).toBe(
        await QRCode.toString(card.joinUrl, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 }),
      );
    }
    await phone(cards[0]!.participantId);
    expect(room.status()?.seats[0]).toMatchObject({ claimed: true });
    await room.close();
    await expect(room.seatCards()).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
