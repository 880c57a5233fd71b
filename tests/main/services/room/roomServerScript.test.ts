import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { readWorkspaceJson } from '../../../support/services';
import { makeTempDir } from '../../../support/tempDir';
import { orderBallot, Phone } from './phoneClient';
import { exitOf, roomWorkspace, startRoomScript, writeRoomWorkspace } from './roomWorkspace';

const ITEMS = Array.from({ length: 12 }, (_, i) => `item-${i + 1}`);
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function workspaceFolder(voters: number): Promise<{ dir: string; dataDir: string }> {
  const temp = await makeTempDir('offsite-room-');
  cleanups.push(temp.cleanup);
  const dir = join(temp.path, 'Offsite');
  await mkdir(dir);
  await writeRoomWorkspace(dir, roomWorkspace(voters));
  return { dir, dataDir: join(temp.path, 'data') };
}

it('scripts/room-server.ts: 200 phones vote through it, every one acknowledged, and the workspace on disk holds all 200', async () => {
  const { dir, dataDir } = await workspaceFolder(200);
  const { child, line, stderr } = await startRoomScript(['--workspace', dir, '--data-dir', dataDir]);
  cleanups.push(() => Promise.resolve(void child.kill('SIGKILL')));
  expect(line.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  expect(line.code).toMatch(/^[A-Z2-9]{6}$/);
  expect(line.seats).toHaveLength(200);
  expect(line.seats[0]).toEqual({
    participantId: 'p1',
    name: 'Voter 1',
    joinUrl: expect.stringMatching(/#seat=/),
  });
  expect(existsSync(join(dir, 'workspace.lock'))).toBe(true);

  const phones = line.seats.map(() => new Phone(line.url));
  // Half by their seat cards, half by the code and their name.
  await Promise.all(
    phones.map(async (phone, i) => {
      const seat = line.seats[i]!;
      const body =
        i % 2 === 0
          ? { seatToken: new URL(seat.joinUrl).hash.slice('#seat='.length) }
          : { code: line.code, participantId: seat.participantId };
      expect((await phone.join(body)).status).toBe(200);
    }),
  );
  const hellos = await Promise.all(phones.map((p) => p.connect()));
  // The newest open round, with item titles only (no owners, scores or descriptions).
  expect(hellos[0]).toMatchObject({ type: 'hello', round: { id: 'round-new' }, ballot: null });
  expect(JSON.stringify(hellos)).not.toContain('Secret owner');
  const answers = await Promise.all(phones.map((p, i) => p.submit(orderBallot(ITEMS, i), 30_000)));
  expect(answers.filter((a) => a.type !== 'ack')).toEqual([]);

  const closing = phones.map((p) => p.closed());
  child.kill('SIGTERM');
  expect(await exitOf(child)).toBe(0);
  expect((await Promise.all(closing)).every((c) => c.code === 4002)).toBe(true);
  expect(stderr()).toBe('');

  const saved = await readWorkspaceJson(dir);
  const round = saved.rounds.find((r) => r.id === 'round-new')!;
  expect(round.ballots).toHaveLength(200);
  for (let i = 0; i < 200; i++) {
    expect(round.ballots.find((b) => b.participantId === `p${i + 1}`)?.content).toEqual(
      orderBallot(ITEMS, i),
    );
  }
  expect(saved.rounds.find((r) => r.id === 'round-old')!.ballots).toEqual([]);
  expect(existsSync(join(dir, 'workspace.lock'))).toBe(false);
}, 120_000);

it('scripts/room-server.ts gives voters a seat and the facilitator none; it refuses, in one sentence, a round that does not exist', async () => {
  const { dir, dataDir } = await workspaceFolder(2);
  const { child, line } = await startRoomScript([
    '--workspace',
    dir,
    '--data-dir',
    dataDir,
    '--round',
    'round-old',
  ]);
  cleanups.push(() => Promise.resolve(void child.kill('SIGKILL')));
  expect(line.seats.map((s) => s.name)).toEqual(['Voter 1', 'Voter 2']);
  child.kill('SIGTERM');
  expect(await exitOf(child)).toBe(0);
  await expect(
    startRoomScript(['--workspace', dir, '--data-dir', dataDir, '--round', 'nope']),
  ).rejects.toThrow(/exited \(1\): There is no round "nope"\./);
  expect(existsSync(join(dir, 'workspace.lock'))).toBe(false);
}, 60_000);
