import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { z } from 'zod';
import { parseJsonSafely } from '../../shared/domain/workspace';
import { writeFileAtomic } from './atomicWrite';
import type { FsPort } from './fsPort';
import { WORKSPACE_FILE } from './workspaceFile';

/**
 * One writer per workspace (docs/quality.md D6). The lock lives in the workspace folder, so it
 * also travels through synced folders to other machines. A lock whose process is dead
 * (same machine) or whose heartbeat is older than 30 s (any machine) is reclaimed.
 */
export const LOCK_FILE = 'workspace.lock';
export const STALE_AFTER_MS = 30_000;
export const HEARTBEAT_EVERY_MS = 10_000;

export const LockInfo = z.strictObject({
  app: z.literal('Offsite'),
  token: z.string().max(64),
  pid: z.number().int(),
  host: z.string().max(255),
  user: z.string().max(255),
  acquiredAt: z.string().max(40),
  heartbeatAt: z.string().max(40),
});
export type LockInfo = z.infer<typeof LockInfo>;

export type LockDeps = {
  fs: FsPort;
  clock: () => Date;
  pid: number;
  host: string;
  user: string;
  isPidAlive: (pid: number) => boolean;
};

export type LockOutcome =
  | { acquired: true; lock: LockInfo }
  | { acquired: false; holder: LockInfo | null; reason: 'held' | 'unwritable' };

export function isStale(lock: LockInfo, deps: Pick<LockDeps, 'clock' | 'host' | 'isPidAlive'>): boolean {
  const age = deps.clock().getTime() - Date.parse(lock.heartbeatAt);
  if (!(age < STALE_AFTER_MS)) return true; // also true for an unreadable date
  return lock.host === deps.host && !deps.isPidAlive(lock.pid);
}

export async function readLock(fs: FsPort, dir: string): Promise<LockInfo | null | 'unreadable'> {
  let text: string;
  try {
    text = await fs.readFile(join(dir, LOCK_FILE), 'utf8');
  } catch {
    return null;
  }
  const json = parseJsonSafely(text);
  const parsed = json.ok ? LockInfo.safeParse(json.value) : null;
  return parsed?.success ? parsed.data : 'unreadable';
}

export async function acquireLock(deps: LockDeps, dir: string): Promise<LockOutcome> {
  for (let attempt = 0; attempt < 2; attempt++) {
    const now = deps.clock().toISOString();
    const lock: LockInfo = {
      app: 'Offsite',
      token: randomUUID(),
      pid: deps.pid,
      host: deps.host,
      user: deps.user,
      acquiredAt: now,
      heartbeatAt: now,
    };
    try {
      // 'wx' makes creation the arbiter: of two processes racing, exactly one succeeds.
      const handle = await deps.fs.open(join(dir, LOCK_FILE), 'wx', 0o644);
      try {
        await handle.writeFile(JSON.stringify(lock));
        await handle.sync();
      } finally {
        await handle.close();
      }
      return { acquired: true, lock };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'EEXIST') return { acquired: false, holder: null, reason: 'unwritable' };
    }
    const holder = await readLock(deps.fs, dir);
    if (holder === null) continue; // released meanwhile: try again
    if (holder !== 'unreadable' && !isStale(holder, deps)) return { acquired: false, holder, reason: 'held' };
    if (holder === 'unreadable' && !(await olderThan(deps, dir, 5_000))) {
      return { acquired: false, holder: null, reason: 'held' }; // being written right now
    }
    await deps.fs.unlink(join(dir, LOCK_FILE)).catch(() => undefined);
  }
  const holder = await readLock(deps.fs, dir);
  return { acquired: false, holder: holder === 'unreadable' ? null : holder, reason: 'held' };
}

/** Still ours? A laptop that slept for minutes may find its lock reclaimed by someone else. */
export async function holdsLock(fs: FsPort, dir: string, token: string): Promise<boolean> {
  const lock = await readLock(fs, dir);
  return lock !== null && lock !== 'unreadable' && lock.token === token;
}

/** Refreshes the heartbeat; false when the lock is no longer ours. */
export async function refreshLock(deps: LockDeps, dir: string, lock: LockInfo): Promise<LockInfo | null> {
  if (!(await holdsLock(deps.fs, dir, lock.token))) return null;
  const next = { ...lock, heartbeatAt: deps.clock().toISOString() };
  await writeFileAtomic(deps.fs, join(dir, LOCK_FILE), JSON.stringify(next));
  return next;
}

export async function releaseLock(fs: FsPort, dir: string, token: string): Promise<void> {
  if (await holdsLock(fs, dir, token)) await fs.unlink(join(dir, LOCK_FILE)).catch(() => undefined);
}

/** "Open in Offsite by dana on Dana's MacBook since 10:02" */
export function describeHolder(holder: LockInfo | null): string {
  if (!holder) return 'Another Offsite window has this workspace open.';
  const since = new Date(holder.acquiredAt);
  const time = Number.isNaN(since.getTime())
    ? ''
    : ` since ${since.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' })}`;
  return `${holder.user || 'Someone'} has this workspace open in Offsite on ${holder.host}${time}.`;
}

async function olderThan(deps: LockDeps, dir: string, ms: number): Promise<boolean> {
  try {
    const stat = await deps.fs.stat(join(dir, LOCK_FILE));
    return deps.clock().getTime() - stat.mtimeMs > ms;
  } catch {
    return true;
  }
}

export function defaultIsPidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Why this window can no longer save: the folder moved or vanished, or another Offsite holds it. */
export async function lostLockReason(fs: FsPort, dir: string): Promise<string> {
  const keep =
    'It is read-only here now. Your changes since the last save are still on this screen: use “Save my changes as a copy…” to keep them.';
  const folderThere = await fs.stat(join(dir, WORKSPACE_FILE)).then(
    () => true,
    () => false,
  );
  if (!folderThere) {
    return `The workspace folder was moved, renamed or deleted while it was open (${dir} is no longer there). ${keep}`;
  }
  return `Another Offsite window or computer took over this workspace while this one was not responding (for example while the laptop slept). ${keep}`;
}
