import { spawn, type ChildProcess } from 'node:child_process';
import { readFile, utimes, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  defaultIsPidAlive,
  LOCK_FILE,
  STALE_AFTER_MS,
  type LockInfo,
} from '../../../src/main/services/workspaceLock';
import { failureOf, makeServices, sampleInput } from '../../support/services';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()!();
});

async function services(options: Parameters<typeof makeServices>[0] = {}) {
  const s = await makeServices(options);
  cleanups.push(s.cleanup);
  return s;
}

const error = failureOf;
const readLockFile = async (dir: string) =>
  JSON.parse(await readFile(join(dir, LOCK_FILE), 'utf8')) as LockInfo;

describe('one writer per workspace (D6)', () => {
  it('a second instance opens the workspace read-only, naming who holds it', async () => {
    const first = await services({ pid: 111, host: 'dana-laptop' });
    const opened = await first.workspaces.create(sampleInput, first.documents);
    expect(opened.readOnly).toBe(false);
    expect(await readLockFile(opened.path)).toMatchObject({ pid: 111, host: 'dana-laptop', user: 'tester' });

    const second = await services({ pid: 222, host: 'ravi-laptop' });
    const again = await second.workspaces.openFolder(opened.path);
    expect(again.readOnly).toBe(true);
    expect(again.readOnlyReason).toMatch(/tester has this workspace open in Offsite on dana-laptop/);
    expect(await error(second.workspaces.save(again.handle, again.workspace))).toMatchObject({
      code: 'READ_ONLY',
    });
  });

  it('releases the lock on close, so the next opener can write', async () => {
    const first = await services({ pid: 111 });
    const opened = await first.workspaces.create(sampleInput, first.documents);
    await first.workspaces.close(opened.handle);
    const second = await services({ pid: 222 });
    expect((await second.workspaces.openFolder(opened.path)).readOnly).toBe(false);
  });

  it('reclaims a lock whose process is dead on this machine', async () => {
    const first = await services({ pid: 111, host: 'same-host' });
    const opened = await first.workspaces.create(sampleInput, first.documents);
    const second = await services({ pid: 222, host: 'same-host', isPidAlive: (pid) => pid !== 111 });
    const again = await second.workspaces.openFolder(opened.path);
    expect(again.readOnly).toBe(false);
    expect(await readLockFile(opened.path)).toMatchObject({ pid: 222 });
  });

  it('reclaims a lock whose heartbeat is older than 30 s (another machine), but not a fresh one', async () => {
    const first = await services({ pid: 111, host: 'other-machine' });
    const opened = await first.workspaces.create(sampleInput, first.documents);
    const second = await services({ pid: 222, host: 'this-machine' });
    second.advance(STALE_AFTER_MS - 1000);
    expect((await second.workspaces.openFolder(opened.path)).readOnly).toBe(true);
    second.advance(2000);
    expect((await second.workspaces.openFolder(opened.path)).readOnly).toBe(false);
  });

  it('the heartbeat keeps a lock fresh while the workspace is open', async () => {
    const first = await services({ pid: 111, host: 'a' });
    const opened = await first.workspaces.create(sampleInput, first.documents);
    const before = (await readLockFile(opened.path)).heartbeatAt;
    first.advance(10_000);
    await first.workspaces.heartbeat();
    expect(Date.parse((await readLockFile(opened.path)).heartbeatAt) - Date.parse(before)).toBe(10_000);
  });

  it('a lock taken over while this one slept turns it read-only, and the save says why', async () => {
    const first = await services({ pid: 111, host: 'a' });
    const opened = await first.workspaces.create(sampleInput, first.documents);
    const lock = await readLockFile(opened.path);
    await writeFile(
      join(opened.path, LOCK_FILE),
      JSON.stringify({ ...lock, token: 'someone-else', pid: 999 }),
    );
    const failure = await error(first.workspaces.save(opened.handle, opened.workspace));
    expect(failure).toMatchObject({ code: 'LOCKED' });
    expect(failure?.message).toMatch(/took over this workspace/);
    expect(await error(first.workspaces.save(opened.handle, opened.workspace))).toMatchObject({
      code: 'READ_ONLY',
    });
    await first.workspaces.close(opened.handle);
    expect(await readLockFile(opened.path)).toMatchObject({ token: 'someone-else' }); // not ours to release
  });

  it('an unreadable lock file that is not being written is treated as stale', async () => {
    const first = await services();
    const opened = await first.workspaces.create(sampleInput, first.documents);
    await first.workspaces.close(opened.handle);
    await writeFile(join(opened.path, LOCK_FILE), '{"app":"Off');
    const second = await services();
    const fakeNow = new Date('2026-11-21T09:00:00Z'); // the services' clock
    await utimes(join(opened.path, LOCK_FILE), fakeNow, fakeNow);
    expect((await second.workspaces.openFolder(opened.path)).readOnly).toBe(true); // just written: wait
    second.advance(10_000);
    expect((await second.workspaces.openFolder(opened.path)).readOnly).toBe(false);
  });

  it('refuses to rename or trash a workspace someone else has open', async () => {
    const first = await services({ pid: 111, host: 'a' });
    const opened = await first.workspaces.create(sampleInput, first.documents);
    const second = await services({ pid: 222, host: 'b' });
    expect(await error(second.workspaces.rename(opened.path, 'x'))).toMatchObject({ code: 'IN_USE' });
    expect(await error(second.workspaces.trash(opened.path))).toMatchObject({ code: 'IN_USE' });
  });

  it('two real processes: the second opens read-only; once the first is killed, it can write', async () => {
    const s = await services({ pid: process.pid, host: hostname(), isPidAlive: defaultIsPidAlive });
    const created = await s.workspaces.create(sampleInput, s.documents);
    await s.workspaces.close(created.handle);

    const child: ChildProcess = spawn(
      process.execPath,
      ['--import', 'tsx', join(import.meta.dirname, 'lockHolder.child.ts'), created.path],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    cleanups.push(() => {
      child.kill('SIGKILL');
    });
    const said = await new Promise<string>((resolve, reject) => {
      child.stdout!.once('data', (d: Buffer) => resolve(d.toString().trim()));
      child.once('exit', (code) => reject(new Error(`holder exited early (${code})`)));
    });
    expect(said).toBe('locked');

    const whileHeld = await s.workspaces.openFolder(created.path);
    expect(whileHeld.readOnly).toBe(true);
    expect(whileHeld.readOnlyReason).toContain(hostname());
    await s.workspaces.close(whileHeld.handle);

    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
    const afterKill = await s.workspaces.openFolder(created.path);
    expect(afterKill.readOnly).toBe(false);
    expect(await readLockFile(created.path)).toMatchObject({ pid: process.pid });
  }, 30_000);
});
