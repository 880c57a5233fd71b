import { afterEach, expect, it } from 'vitest';
import { orderBallot, Phone } from './phoneClient';
import { ITEM_IDS, startRoom, type StartedRoom } from './roomFixture';

let room: StartedRoom | undefined;
afterEach(async () => {
  await room?.server.close();
  room = undefined;
});

it('200 phones on loopback join and submit a 12-item order ballot: 0 lost, every one acknowledged, the sink holds all 200', async () => {
  room = await startRoom({ voters: 200 });
  const { url, code } = room.server;
  const phones = Array.from({ length: 200 }, () => new Phone(url));
  const joined = await Promise.all(phones.map((p, i) => p.join({ code, participantId: `p${i + 1}` })));
  expect(joined.filter((j) => j.status !== 200)).toEqual([]);
  const hellos = await Promise.all(phones.map((p) => p.connect()));
  expect(hellos.every((h) => h.type === 'hello')).toBe(true);
  const answers = await Promise.all(phones.map((p, i) => p.submit(orderBallot(ITEM_IDS, i), 30_000)));
  expect(answers.filter((a) => a.type !== 'ack')).toEqual([]);
  expect(room.sink.saved.size).toBe(200);
  for (let i = 0; i < 200; i++) expect(room.sink.saved.get(`p${i + 1}`)).toEqual(orderBallot(ITEM_IDS, i));
  expect(room.server.info().seats.every((s) => s.claimed && s.connected && s.voted)).toBe(true);
  for (const phone of phones) phone.close();
}, 60_000);
