import { afterEach, describe, expect, it } from 'vitest';
import { CLOSE_CODES, qrSvg } from '../../../../src/main/services/room';
import { orderBallot, Phone, within } from './phoneClient';
import { ITEM_IDS, MemorySink, ORDER_ROUND, startRoom, type StartedRoom } from './roomFixture';

let room: StartedRoom | undefined;
afterEach(async () => {
  await room?.server.close();
  room = undefined;
});

describe('room link: joining, voting, closing', () => {
  it('the code lists the seats; picking a name claims it with an HttpOnly cookie and opens the ballot', async () => {
    room = await startRoom({ voters: 3 });
    const phone = new Phone(room.server.url);
    const listed = await phone.join({ code: room.server.code.toLowerCase().replace(/(...)/, '$1-') });
    expect(listed).toEqual({
      status: 200,
      json: {
        ok: true,
        seats: [
          { participantId: 'p1', name: 'Voter 1', taken: false },
          { participantId: 'p2', name: 'Voter 2', taken: false },
          { participantId: 'p3', name: 'Voter 3', taken: false },
        ],
      },
    });
    expect(phone.cookie).toBeUndefined();
    const claimed = await phone.join({ code: room.server.code, participantId: 'p2' });
    expect(claimed.json).toEqual({ ok: true, seat: { participantId: 'p2', name: 'Voter 2' } });
    expect(phone.cookie).toMatch(/^offsite_device=[A-Za-z0-9_-]{43}$/);
    // No script on the page can read it, and no other site's page can send it.
    expect(phone.setCookie).toMatch(/; HttpOnly; SameSite=Strict; Path=\//);
    const hello = await phone.connect();
    expect(hello).toEqual({
      type: 'hello',
      round: ORDER_ROUND,
      seat: { participantId: 'p2', name: 'Voter 2' },
      ballot: null,
    });
    expect(room.events).toEqual(
      expect.arrayContaining([
        { type: 'seatClaimed', participantId: 'p2', name: 'Voter 2' },
        { type: 'phoneConnected', participantId: 'p2' },
      ]),
    );
    expect(room.server.info().seats.find((s) => s.participantId === 'p2')).toMatchObject({
      claimed: true,
      connected: true,
      voted: false,
    });
    // The next phone sees the seat as taken.
    const next = await new Phone(room.server.url).join({ code: room.server.code });
    expect(next.json.seats?.[1]).toEqual({ participantId: 'p2', name: 'Voter 2', taken: true });
  });

  it('a phone sees its own ballot and nobody else’s', async () => {
    const theirs = orderBallot(ITEM_IDS, 99);
    room = await startRoom({ ballots: { p1: theirs } });
    const mine = new Phone(room.server.url);
    await mine.join({ code: room.server.code, participantId: 'p2' });
    const hello = await mine.connect();
    expect(hello).toMatchObject({ type: 'hello', ballot: null });
    const owner = new Phone(room.server.url);
    await owner.join({ code: room.server.code, participantId: 'p1' });
    expect(await owner.connect()).toMatchObject({ type: 'hello', ballot: theirs });
    // p1 votes again: p2 hears nothing of it.
    expect(await owner.submit(orderBallot(ITEM_IDS, 5))).toMatchObject({ type: 'ack' });
    await new Promise((r) => setTimeout(r, 50));
    expect(mine.received.map((m) => m.type)).toEqual(['hello']);
  });

  it('a ballot is acknowledged only once the sink has saved it, and may be changed until the reveal', async () => {
    let release: () => void = () => undefined;
    const sink = new MemorySink({ gate: () => new Promise<void>((r) => (release = r)) });
    room = await startRoom({ sink });
    const phone = new Phone(room.server.url);
    await phone.join({ code: room.server.code, participantId: 'p1' });
    await phone.connect();
    const first = phone.submit(orderBallot(ITEM_IDS, 1));
    await new Promise((r) => setTimeout(r, 100));
    expect(phone.received.map((m) => m.type)).toEqual(['hello']);
    release();
    expect(await first).toMatchObject({ type: 'ack', seq: 1 });
    const change = phone.submit(orderBallot(ITEM_IDS, 2));
    await within(
      (async () => {
        while (sink.order.length < 1) await new Promise((r) => setTimeout(r, 10));
      })(),
      'the first save',
    );
    await new Promise((r) => setTimeout(r, 20));
    release();
    expect(await change).toMatchObject({ type: 'ack', seq: 2 });
    expect(sink.order).toEqual([orderBallot(ITEM_IDS, 1), orderBallot(ITEM_IDS, 2)]);
    expect(room.server.info().seats[0]!.voted).toBe(true);
  });

  it('a refused ballot gets the laptop’s words and no ack: the shared rules, then the sink’s', async () => {
    room = await startRoom({ sink: new MemorySink({ refuse: 'Voter 1 does not vote in this workspace.' }) });
    const phone = new Phone(room.server.url);
    await phone.join({ code: room.server.code, participantId: 'p1' });
    await phone.connect();
    expect(await phone.submit({ kind: 'order', tiers: [['item-1'], ['item-2']] })).toEqual({
      type: 'refused',
      seq: 1,
      message: 'Place every item: 10 still to place.',
    });
    expect(await phone.submit({ kind: 'dots', allocation: [{ itemId: 'item-1', amount: 4 }] })).toEqual({
      type: 'refused',
      seq: 2,
      message: 'This round is not ranked by order.',
    });
    expect(await phone.submit(orderBallot(ITEM_IDS, 3))).toEqual({
      type: 'refused',
      seq: 3,
      message: 'Voter 1 does not vote in this workspace.',
    });
    expect(phone.received.some((m) => m.type === 'ack')).toBe(false);
  });

  it('on reveal, a ballot being saved is still acknowledged, then every phone is told and let go', async () => {
    room = await startRoom({ sink: new MemorySink({ delayMs: 150 }) });
    const phones = await Promise.all(
      ['p1', 'p2'].map(async (p) => {
        const phone = new Phone(room!.server.url);
        await phone.join({ code: room!.server.code, participantId: p });
        await phone.connect();
        return phone;
      }),
    );
    const pending = phones[0]!.submit(orderBallot(ITEM_IDS, 1));
    await new Promise((r) => setTimeout(r, 30));
    const closedCodes = phones.map((p) => p.closed());
    await room.server.close('revealed');
    expect(await pending).toMatchObject({ type: 'ack' });
    for (const phone of phones) {
      expect(phone.received.at(-1)).toEqual({
        type: 'closed',
        reason: 'revealed',
        message: 'Voting has closed: the round has been revealed. Look at the screen.',
      });
    }
    expect((await Promise.all(closedCodes)).map((c) => c.code)).toEqual([
      CLOSE_CODES.revealed,
      CLOSE_CODES.revealed,
    ]);
    expect(room.events.at(-1)).toEqual({ type: 'closed', reason: 'revealed' });
    expect(room.sink.saved.size).toBe(1);
    await expect(new Phone(room.server.url).join({ code: room.server.code })).rejects.toThrow(/ECONNREFUSED/);
  });

  it('the link closes by itself after the idle limit, by the injected clock', async () => {
    // Pings are left out: the hand-moved clock runs them faster than a phone can answer.
    room = await startRoom({
      limits: { idleLimitMs: 30 * 60_000, idleCheckMs: 60_000, pingEveryMs: 24 * 3_600_000 },
    });
    const phone = new Phone(room.server.url);
    await phone.join({ code: room.server.code, participantId: 'p1' });
    await phone.connect();
    room.clock.advance(20 * 60_000);
    expect(await phone.submit(orderBallot(ITEM_IDS, 1))).toMatchObject({ type: 'ack' }); // activity
    room.clock.advance(20 * 60_000);
    expect(room.server.closed).toBe(false);
    const notice = phone.next((m) => m.type === 'closed', 'the idle notice');
    room.clock.advance(11 * 60_000);
    expect(await notice).toMatchObject({ type: 'closed', reason: 'idle' });
    expect(room.server.closed).toBe(true);
  });

  it('a phone that stops answering pings is let go, and the console hears it', async () => {
    room = await startRoom({ limits: { pingEveryMs: 30_000 } });
    const phone = new Phone(room.server.url);
    await phone.join({ code: room.server.code, participantId: 'p1' });
    await phone.connect({}, { autoPong: false });
    const closed = phone.closed();
    room.clock.advance(30_000); // ping
    await new Promise((r) => setTimeout(r, 100));
    expect(room.server.info().seats[0]!.connected).toBe(true);
    room.clock.advance(30_000); // no pong since: dropped
    expect((await closed).code).toBe(1006);
    await within(
      (async () => {
        while (!room.events.some((e) => e.type === 'phoneDisconnected'))
          await new Promise((r) => setTimeout(r, 10));
      })(),
      'the console to hear the phone has gone',
    );
    expect(room.server.info().seats[0]).toMatchObject({ claimed: true, connected: false });
  });

  it('on an IPv6 address the Host and Origin are the bracketed address, and a phone votes as on IPv4', async () => {
    room = await startRoom({ host: '::1' });
    expect(room.server.url).toMatch(/^http:\/\/\[::1\]:\d+\/$/);
    const phone = new Phone(room.server.url);
    expect((await phone.join({ code: room.server.code, participantId: 'p1' })).status).toBe(200);
    await phone.connect();
    expect(await phone.submit(orderBallot(ITEM_IDS, 1))).toMatchObject({ type: 'ack' });
    const port = new URL(room.server.url).port;
    expect((await phone.join({ code: room.server.code }, { Host: `::1:${port}` })).status).toBe(421);
  });

  it('a seat card joins without the code; the QR of an address is an SVG', async () => {
    room = await startRoom();
    const { joinUrl } = room.server.info().seats[2]!;
    expect(joinUrl).toMatch(new RegExp(`^${room.server.url}#seat=[A-Za-z0-9_-]{43}$`));
    const phone = new Phone(room.server.url);
    const joined = await phone.join({ seatToken: new URL(joinUrl).hash.slice('#seat='.length) });
    expect(joined.json.seat).toEqual({ participantId: 'p3', name: 'Voter 3' });
    expect((await new Phone(room.server.url).join({ seatToken: 'A'.repeat(43) })).status).toBe(403);
    const svg = await qrSvg(room.server.info().roomUrl);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('<path');
  });
});
