import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDispatcher, trustedSenderCheck } from '../../../src/main/ipc/dispatch';
import type { HandlerMap } from '../../../src/main/ipc/handlers';
import { CLOSE_CODES } from '../../../src/main/services/room';
import { AUDIENCE_CHANNELS, CHANNEL_NAMES } from '../../../src/shared/ipc/channels';
import { RoomEventMessage, RoomLink } from '../../../src/shared/ipc/roomContract';
import { handlersOver } from '../../support/services';
import { orderBallot, type Phone } from '../services/room/phoneClient';
import { ITEM_IDS } from '../services/room/roomFixture';
import { openRoomWorkspace, roomLinkOver, seatedPhone } from '../services/room/roomLinkFixture';

const APP = 'app://offsite/index.html';
const AUDIENCE = 'app://offsite/index.html#audience';
const ROOM_CHANNELS = CHANNEL_NAMES.filter((c) => c.startsWith('room:'));

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** The real handlers and dispatcher over a room workspace, each handler wrapped in a spy. */
async function setUp() {
  const { s, handle } = await openRoomWorkspace();
  const link = roomLinkOver(s.workspaces);
  const phones: Phone[] = [];
  cleanups.push(async () => {
    for (const phone of phones) phone.close();
    await link.room.close();
    await s.workspaces.closeAll();
    await s.cleanup();
  });
  const handlers = handlersOver(s, { room: link.room });
  const spies = Object.fromEntries(
    CHANNEL_NAMES.map((c) => [
      c,
      vi.fn((request: unknown) => (handlers[c] as (r: unknown) => Promise<unknown>)(request)),
    ]),
  ) as unknown as HandlerMap;
  const dispatch = createDispatcher(spies, { isTrustedSender: trustedSenderCheck(['app://offsite']) });
  const open = async () => {
    const result = await dispatch('room:open', { handle, roundId: 'round-new', interfaceName: 'lo' }, APP);
    if (!result.ok) throw new Error(result.message);
    return RoomLink.parse(result.value);
  };
  const phone = async (linkInfo: RoomLink, participantId: string) => {
    const p = await seatedPhone(linkInfo, participantId);
    phones.push(p);
    return p;
  };
  return { ...link, s, handle, dispatch, spies, open, phone };
}

describe('the room link over IPC', () => {
  it('lists the networks and opens the link on the chosen one, answering what the contract promises', async () => {
    const { dispatch, open } = await setUp();
    expect(await dispatch('room:interfaces', {}, APP)).toMatchObject({
      ok: true,
      value: [{ name: 'utun3' }, { name: 'lo', address: '127.0.0.1', reachableByPhones: false }],
    });
    expect(await dispatch('room:status', {}, APP)).toEqual({ ok: true, value: null });
    const opened = await open();
    expect(opened.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(await dispatch('room:status', {}, APP)).toEqual({ ok: true, value: opened });
  });

  it('a phone’s ballot: event to the window, room:ballotResult ok → the phone is acknowledged; a refusal → the phone reads it', async () => {
    const { dispatch, events, open, phone } = await setUp();
    const opened = await open();
    const aiko = await phone(opened, 'p1');
    const first = aiko.submit(orderBallot(ITEM_IDS, 1));
    const ballot = await events.next('ballot');
    // What the window receives passes the contract's own schema, as the renderer will check it.
    expect(RoomEventMessage.parse(ballot)).toEqual(ballot);
    expect(await dispatch('room:ballotResult', { requestId: ballot.requestId, ok: true }, APP)).toEqual({
      ok: true,
      value: true,
    });
    expect(await first).toMatchObject({ type: 'ack', seq: 1 });

    const from = events.seen.length;
    const second = aiko.submit(orderBallot(ITEM_IDS, 2));
    const next = await events.next('ballot', from);
    expect(next.requestId).not.toBe(ballot.requestId);
    await dispatch(
      'room:ballotResult',
      { requestId: next.requestId, ok: false, message: 'Rank every item.' },
      APP,
    );
    expect(await second).toMatchObject({ type: 'refused', seq: 2, message: 'Rank every item.' });
  });

  it('room:releaseSeat frees a claimed seat and lets its phone go; room:close tells every phone', async () => {
    const { dispatch, events, open, phone } = await setUp();
    const opened = await open();
    const ben = await phone(opened, 'p2');
    const chen = await phone(opened, 'p3');
    const benClosed = ben.closed();
    expect(await dispatch('room:releaseSeat', { participantId: 'p2' }, APP)).toEqual({
      ok: true,
      value: true,
    });
    expect(await benClosed).toMatchObject({ code: CLOSE_CODES.released });
    expect(await events.next('seatReleased')).toEqual({ type: 'seatReleased', participantId: 'p2' });
    expect(await dispatch('room:releaseSeat', { participantId: 'p2' }, APP)).toEqual({
      ok: true,
      value: false,
    });
    const chenClosed = chen.closed();
    expect(await dispatch('room:close', {}, APP)).toEqual({ ok: true, value: null });
    expect(await chenClosed).toMatchObject({ code: CLOSE_CODES.stopped });
    expect(await dispatch('room:status', {}, APP)).toEqual({ ok: true, value: null });
  });

  it('closed at the reveal, the phones hear "revealed" and, only when the facilitator sends them, the results', async () => {
    const { dispatch, open, phone } = await setUp();
    const results = {
      question: 'Which bets for Q3?',
      places: [
        { place: '1', title: 'EU launch' },
        { place: '2–3', title: 'Pricing' },
        { place: '2–3', title: 'Hiring' },
      ],
      summary: 'Moderate agreement (W = 0.52).',
    };
    const first = await open();
    const ben = await phone(first, 'p2');
    const benClosed = ben.closed();
    expect(await dispatch('room:close', { reason: 'revealed' }, APP)).toEqual({ ok: true, value: null });
    expect(await benClosed).toMatchObject({ code: CLOSE_CODES.revealed });
    expect(ben.received.at(-1)).toEqual({
      type: 'closed',
      reason: 'revealed',
      message: expect.stringContaining('revealed') as unknown,
    });

    const second = await open();
    const chen = await phone(second, 'p3');
    const chenClosed = chen.closed();
    expect(await dispatch('room:close', { reason: 'revealed', results }, APP)).toEqual({
      ok: true,
      value: null,
    });
    expect(await chenClosed).toMatchObject({ code: CLOSE_CODES.revealed });
    expect(chen.received.at(-1)).toMatchObject({ type: 'closed', reason: 'revealed', results });
  });

  it('workspace:close closes the link over that workspace first: the phone hears it is closed', async () => {
    const { dispatch, open, phone, handle } = await setUp();
    const opened = await open();
    const dana = await phone(opened, 'p4');
    const closed = dana.closed();
    expect(await dispatch('workspace:close', { handle }, APP)).toEqual({ ok: true, value: null });
    expect(await closed).toMatchObject({ code: CLOSE_CODES.stopped });
    expect(dana.received.at(-1)).toMatchObject({ type: 'closed', reason: 'stopped' });
    expect(await dispatch('room:status', {}, APP)).toEqual({ ok: true, value: null });
  });

  it('refuses malformed requests before the service sees them', async () => {
    const { dispatch, spies, handle } = await setUp();
    for (const [channel, request] of [
      ['room:open', { roundId: 'round-new' }],
      ['room:open', { handle, roundId: 'round-new', interfaceName: '' }],
      ['room:open', { handle, roundId: 'round-new', host: '0.0.0.0' }],
      ['room:releaseSeat', { participantId: '' }],
      ['room:ballotResult', { requestId: 'r', ok: 'yes' }],
      ['room:ballotResult', { requestId: 'r', ok: false, message: 'x'.repeat(501) }],
      ['room:close', { reason: 'idle' }],
      ['room:close', { results: { question: 'Q', places: [], summary: '' } }],
      [
        'room:close',
        { reason: 'revealed', results: { question: 'Q', places: [{ place: '', title: 'A' }], summary: '' } },
      ],
    ] as const) {
      const result = await dispatch(channel, request, APP);
      expect(result, `${channel} ${JSON.stringify(request).slice(0, 80)}`).toMatchObject({
        ok: false,
        code: 'BAD_REQUEST',
      });
    }
    for (const channel of ROOM_CHANNELS) expect(spies[channel], channel).not.toHaveBeenCalled();
  });

  it('the audience window may call no room channel: each is refused before any handler runs', async () => {
    const { dispatch, spies, handle, open } = await setUp();
    await open();
    vi.mocked(spies['room:open']).mockClear();
    expect(ROOM_CHANNELS).toEqual([
      'room:interfaces',
      'room:open',
      'room:status',
      'room:releaseSeat',
      'room:close',
      'room:ballotResult',
      'room:seatCards',
      'room:openCheck',
      'room:closeCheck',
      'room:wifiQr',
    ]);
    for (const channel of ROOM_CHANNELS) expect(AUDIENCE_CHANNELS).not.toContain(channel);
    const valid: Record<string, unknown> = {
      'room:open': { handle, roundId: 'round-new' },
      'room:releaseSeat': { participantId: 'p1' },
      'room:ballotResult': { requestId: 'request-1', ok: true },
      'room:wifiQr': { ssid: 'Offsite', password: 'secret-pass', security: 'WPA' },
    };
    for (const channel of ROOM_CHANNELS) {
      const result = await dispatch(channel, valid[channel] ?? {}, AUDIENCE, 'audience');
      expect(result, channel).toMatchObject({ ok: false, code: 'FORBIDDEN' });
      expect(spies[channel], channel).not.toHaveBeenCalled();
    }
    // The link the presenter opened is still there, untouched.
    expect(await dispatch('room:status', {}, APP)).toMatchObject({
      ok: true,
      value: { roundId: 'round-new' },
    });
  });
});
