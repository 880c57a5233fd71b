import { connect, type Socket } from 'node:net';
import { networkInterfaces } from 'node:os';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { listCandidateInterfaces } from '../../../../src/main/services/room';
import { httpRequest, orderBallot, Phone, within } from './phoneClient';
import { ITEM_IDS, startRoom, type StartedRoom } from './roomFixture';

let room: StartedRoom | undefined;
afterEach(async () => {
  await room?.server.close();
  room = undefined;
});

/** A phone that has joined seat `participantId` by the room code and opened its socket. */
async function seatedPhone(r: StartedRoom, participantId = 'p1'): Promise<Phone> {
  const phone = new Phone(r.server.url);
  const joined = await phone.join({ code: r.server.code, participantId });
  expect(joined.status).toBe(200);
  await phone.connect();
  return phone;
}

describe('room link security', () => {
  it('wrong code brute force: an address is locked out after five wrong codes, even for the right code', async () => {
    room = await startRoom({ limits: { wrongCodesBeforeLockout: 5, lockoutMs: 10 * 60_000 } });
    const attacker = new Phone(room.server.url);
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await attacker.join({ code: `WRONG${i}` })).status);
    expect(statuses).toEqual([403, 403, 403, 403, 429]);
    const right = await attacker.join({ code: room.server.code });
    expect(right.status).toBe(429);
    expect(right.json.message).toMatch(/Too many wrong codes\. Try again in 10 minutes/);
    expect(right.json.seats).toBeUndefined();
    expect(room.events).toContainEqual(expect.objectContaining({ type: 'lockedOut', address: '127.0.0.1' }));
    // The lockout ends by the room's clock.
    room.clock.advance(10 * 60_000 + 1);
    expect((await attacker.join({ code: room.server.code })).status).toBe(200);
  });

  it('wrong code brute force from many addresses: code joins stop room-wide at the cap', async () => {
    room = await startRoom({ limits: { wrongCodesBeforeLockout: 1_000, wrongCodesRoomWide: 20 } });
    const attacker = new Phone(room.server.url);
    for (let i = 0; i < 20; i++) await attacker.join({ code: `GUESS${i}` });
    expect((await attacker.join({ code: room.server.code })).status).toBe(429);
  });

  it('replayed seat token from a second device: refused, and the console is told', async () => {
    room = await startRoom();
    const seatUrl = room.server.info().seats[0]!.joinUrl;
    const seatToken = new URL(seatUrl).hash.replace('#seat=', '');
    const first = new Phone(room.server.url);
    expect((await first.join({ seatToken })).json).toEqual({
      ok: true,
      seat: { participantId: 'p1', name: 'Voter 1' },
    });
    // The same phone may come back (a reload)…
    expect((await first.join({ seatToken })).status).toBe(200);
    // …another may not, by the card or by the name.
    const second = new Phone(room.server.url);
    const replay = await second.join({ seatToken });
    expect(replay.status).toBe(409);
    expect(replay.json.message).toMatch(/Voter 1's seat is already open on another phone/);
    expect((await second.join({ code: room.server.code, participantId: 'p1' })).status).toBe(409);
    expect(second.cookie).toBeUndefined();
    expect(room.events.filter((e) => e.type === 'claimRefused')).toHaveLength(2);
    // Without a device cookie there is no socket.
    await expect(second.connect()).rejects.toThrow(/401/);
    // The facilitator releases the seat: the first phone is told, the second may claim it.
    await first.connect();
    const told = first.next((m) => m.type === 'closed', 'the release notice');
    expect(room.server.releaseSeat('p1')).toBe(true);
    expect(await told).toMatchObject({ type: 'closed', reason: 'released' });
    expect((await second.join({ seatToken })).status).toBe(200);
    await expect(first.connect()).rejects.toThrow(/401/);
  });

  it('forged Host or Origin: the page, the join call and the WebSocket upgrade are refused', async () => {
    room = await startRoom();
    const { url, code } = room.server;
    const port = new URL(url).port;
    const rebound = { Host: `evil.example:${port}` };
    expect((await httpRequest(url, { headers: rebound })).status).toBe(421);
    expect((await httpRequest(url, { headers: { Host: `localhost:${port}` } })).status).toBe(421);
    expect((await httpRequest(url, { headers: { Origin: 'http://evil.example' } })).status).toBe(403);
    const phone = new Phone(url);
    expect((await phone.join({ code }, rebound)).status).toBe(421);
    expect((await phone.join({ code }, { Origin: 'http://evil.example' })).status).toBe(403);
    // A POST without any Origin is not the phone page's.
    const noOrigin = await httpRequest(url, {
      method: 'POST',
      path: '/join',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ code }),
    });
    expect(noOrigin.status).toBe(403);
    expect((await phone.join({ code, participantId: 'p1' })).status).toBe(200);
    await expect(phone.connect({ Origin: 'http://evil.example' })).rejects.toThrow(/403/);
    await expect(phone.connect({ Host: `evil.example:${port}` })).rejects.toThrow(/403/);
    await expect(
      within(
        new Promise((resolve, reject) => {
          const ws = new WebSocket(url.replace('http', 'ws') + 'ws', { headers: { Cookie: phone.cookie! } });
          ws.once('open', resolve);
          ws.once('unexpected-response', (_q, res) =>
            reject(new Error(`upgrade refused: ${res.statusCode}`)),
          );
        }),
        'an upgrade without Origin',
      ),
    ).rejects.toThrow(/403/);
    expect(room.events.some((e) => e.type === 'phoneConnected')).toBe(false);
  });

  it('1 MB message: the connection is closed and nothing is written', async () => {
    room = await startRoom();
    const phone = await seatedPhone(room);
    const closed = phone.closed();
    phone.ws!.send(
      JSON.stringify({ type: 'ballot', seq: 1, content: orderBallot(ITEM_IDS, 1), pad: 'x'.repeat(1 << 20) }),
    );
    expect((await closed).code).toBe(1009);
    expect(room.sink.submits).toBe(0);
    expect(room.sink.saved.size).toBe(0);
    // The server itself carries on.
    const other = await seatedPhone(room, 'p2');
    expect(await other.submit(orderBallot(ITEM_IDS, 2))).toMatchObject({ type: 'ack' });
  });

  it('10,000 malformed messages: nothing written, every one refused, the server alive', async () => {
    room = await startRoom();
    const phone = await seatedPhone(room);
    const malformed = [
      'not json',
      '{"type":"ballot"}',
      '{"type":"ballot","seq":1,"content":{"kind":"order","tiers":[["nope"]]}}',
      '{"type":"ballot","seq":2,"content":{"kind":"points","allocation":[]}}',
      '{"type":"ballot","seq":3,"content":{"kind":"order","tiers":[["item-1"]]}}',
      '{"__proto__":{"polluted":true},"type":"ballot","seq":4}',
      '[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]',
      '{"type":"hello","seq":5}',
      '{"type":"ballot","seq":-1,"content":{"kind":"order","tiers":[]}}',
    ];
    const refusals = () => phone.received.filter((m) => m.type === 'refused').length;
    for (let i = 0; i < 10_000; i++) phone.ws!.send(malformed[i % malformed.length]!);
    phone.ws!.send(Buffer.from([0xff, 0x00, 0x01]), { binary: true });
    await within(
      (async () => {
        while (refusals() < 10_001) await new Promise((r) => setTimeout(r, 20));
      })(),
      'a refusal for each malformed message',
      30_000,
    );
    expect(room.sink.submits).toBe(0);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    const words = new Set(phone.received.flatMap((m) => (m.type === 'refused' ? [m.message] : [])));
    expect(words).toContain('Place every item: 11 still to place.');
    expect(words).toContain('This round is not ranked by order.');
    // Alive: the same phone's good ballot is saved and acknowledged.
    expect(await phone.submit(orderBallot(ITEM_IDS, 7))).toMatchObject({ type: 'ack' });
    expect(room.sink.saved.get('p1')).toEqual(orderBallot(ITEM_IDS, 7));
  }, 60_000);

  it('slow-loris: connections that dribble their headers, or send nothing, are timed out', async () => {
    room = await startRoom({
      limits: { headersTimeoutMs: 1_000, requestTimeoutMs: 1_500, connectionCheckMs: 250 },
    });
    const { port } = new URL(room.server.url);
    const open = (): Promise<Socket> =>
      within(
        new Promise((resolve, reject) => {
          const s = connect({ host: '127.0.0.1', port: Number(port) }, () => resolve(s));
          s.on('error', reject);
          // Read what the server sends (its 408, its close): a paused socket never sees the end.
          s.resume();
        }),
        'a TCP connection',
      );
    const endOf = (s: Socket) =>
      within(
        new Promise<number>((resolve) => s.once('close', () => resolve(performance.now()))),
        'the server to drop a slow client',
        8_000,
      );
    const start = performance.now();
    const dribblers = await Promise.all(Array.from({ length: 5 }, open));
    const silent = await open();
    const timers = dribblers.map((s, i) => {
      s.on('error', () => undefined);
      s.write(`GET / HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n`);
      return setInterval(() => s.write(`X-Slow-${i}: a\r\n`), 200);
    });
    silent.on('error', () => undefined);
    try {
      const ends = await Promise.all([...dribblers, silent].map(endOf));
      for (const end of ends) expect(end - start).toBeLessThan(6_000);
    } finally {
      timers.forEach(clearInterval);
    }
    // And the server still answers a normal phone.
    expect((await httpRequest(room.server.url)).status).toBe(200);
  }, 20_000);

  it('not reachable on another interface: bound to 127.0.0.1, refused on every other local address', async () => {
    room = await startRoom({ host: '127.0.0.1' });
    const { port } = new URL(room.server.url);
    expect(room.server.host).toBe('127.0.0.1');
    const others = [
      '127.0.0.2', // another loopback address: a different local interface address on Linux
      ...listCandidateInterfaces(networkInterfaces())
        .filter((c) => c.address !== '127.0.0.1' && c.address !== '::1')
        .map((c) => c.address),
    ];
    for (const address of others) {
      const outcome = await within(
        new Promise<string>((resolve) => {
          const s = connect({ host: address, port: Number(port) }, () => {
            s.destroy();
            resolve('connected');
          });
          s.on('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? 'error'));
        }),
        `a connection attempt to ${address}`,
      );
      expect({ address, outcome }).toEqual({ address, outcome: 'ECONNREFUSED' });
    }
  });

  it('never listens on all interfaces: 0.0.0.0, :: and host names are refused', async () => {
    for (const host of ['0.0.0.0', '::', 'localhost', 'evil.example', '224.0.0.1']) {
      await expect(startRoom({ host })).rejects.toThrow(/listens on one network address/);
    }
  });

  it('the page carries a strict CSP, no-store, nosniff and no-referrer; nothing else is served', async () => {
    room = await startRoom();
    const page = await httpRequest(room.server.url);
    expect(page.status).toBe(200);
    const csp = String(page.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(page.headers['cache-control']).toBe('no-store');
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.headers['referrer-policy']).toBe('no-referrer');
    expect(page.body).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    for (const path of ['/workspace.json', '/../package.json', '/join', '/ws', '/__proto__']) {
      expect((await httpRequest(room.server.url, { path })).status).toBe(404);
    }
    // A body over the cap is refused before it is read in full.
    const phone = new Phone(room.server.url);
    expect((await phone.join(JSON.stringify({ code: 'x'.repeat(10_000) }))).status).toBe(413);
  });

  it('caps connections: past the limit a new connection is dropped', async () => {
    room = await startRoom({ limits: { maxConnections: 3 } });
    const phones = await Promise.all(['p1', 'p2', 'p3'].map((p) => seatedPhone(room!, p)));
    await expect(httpRequest(room.server.url)).rejects.toThrow(/socket hang up|ECONNRESET/);
    phones[0]!.close();
    await phones[0]!.closed();
    await within(
      (async () => {
        while ((await httpRequest(room.server.url).catch(() => null))?.status !== 200) {
          await new Promise((r) => setTimeout(r, 50));
        }
      })(),
      'a free connection slot',
    );
  });
});
