import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupsToKeep, KEEP_AT_LEAST, localDay } from '../../../src/main/services/backupRetention';
import { BackupStore } from '../../../src/main/services/backupStore';
import { nodeFsPort } from '../../../src/main/services/fsPort';
import { hashText } from '../../../src/main/services/workspaceFile';
import { makeTempDir } from '../../support/tempDir';

let dir: { path: string; cleanup: () => Promise<void> };
let now: Date;
let store: BackupStore;
beforeEach(async () => {
  dir = await makeTempDir();
  now = new Date('2026-11-21T09:00:00Z');
  store = new BackupStore(nodeFsPort, join(dir.path, 'backups'), () => now);
});
afterEach(() => dir.cleanup());

const ws = { id: 'w1', name: 'Q1 Offsite', path: '/home/dana/Documents/Offsite/Q1 Offsite' };
const utcDay = (d: Date) => d.toISOString().slice(0, 10);

describe('BackupStore (D4)', () => {
  it('writes checksummed snapshots outside the workspace and lists them newest first', async () => {
    await store.snapshot(ws, 'version 1', 'periodic');
    now = new Date(now.getTime() + 60_000);
    await store.snapshot(ws, 'version 2', 'close');
    const list = await store.list('w1');
    expect(list.map((b) => [b.reason, b.size, b.intact])).toEqual([
      ['close', 9, true],
      ['periodic', 9, true],
    ]);
    expect((await store.read('w1', list[0]!.id)).toString()).toBe('version 2');
  });

  it('re-hashes every backup: a damaged one is marked and cannot be restored', async () => {
    const info = await store.snapshot(ws, 'precious', 'periodic');
    const [folder] = await readdir(join(dir.path, 'backups'));
    await writeFile(join(dir.path, 'backups', folder!, `${info.id}.json`), 'precioUs');
    expect((await store.list('w1'))[0]).toMatchObject({ intact: false });
    await expect(store.read('w1', info.id)).rejects.toMatchObject({ code: 'CORRUPT' });
    const meta = JSON.parse(
      await readFile(join(dir.path, 'backups', folder!, `${info.id}.meta.json`), 'utf8'),
    ) as {
      sha256: string;
    };
    expect(meta.sha256).toBe(hashText('precious'));
  });

  it('keeps a hostile workspace id inside the backups folder', async () => {
    await store.snapshot({ ...ws, id: '../../../../etc' }, 'x', 'periodic');
    const folders = await readdir(join(dir.path, 'backups'));
    expect(folders).toHaveLength(1);
    expect(folders[0]).toMatch(/^[0-9a-f]{32}$/);
    await expect(store.read('w1', '../../etc/passwd')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('finds the history of a workspace by its folder when its file is unreadable', async () => {
    await store.snapshot(ws, 'a', 'periodic');
    await store.snapshot({ ...ws, id: 'other', path: '/elsewhere' }, 'b', 'periodic');
    const found = await store.findByPath(ws.path);
    expect(found).toMatchObject({
      workspaceId: 'w1',
      backups: [expect.objectContaining({ reason: 'periodic' })],
    });
    expect(await store.findByPath('/nowhere')).toBeNull();
  });

  it('prunes to: all of today, the newest of each earlier day, never fewer than 10 (fake clock)', async () => {
    // Three weeks of a busy facilitator: a backup every 2 hours.
    const start = now.getTime();
    for (let i = 0; i < 21 * 12; i++) {
      await store.snapshot(ws, `v${i}`, 'periodic');
      now = new Date(now.getTime() + 2 * 3600_000);
    }
    const list = await store.list('w1');
    expect(list.every((b) => b.intact)).toBe(true);
    const newestTen = list.slice(0, KEEP_AT_LEAST);
    const rest = list.slice(KEEP_AT_LEAST);
    const today = localDay(new Date(list[0]!.createdAt));
    // Beyond the 10 newest: one backup per earlier day, and it is that day's last one.
    const restDays = rest.map((b) => localDay(new Date(b.createdAt)));
    expect(restDays).not.toContain(today);
    expect(new Set(restDays).size).toBe(restDays.length);
    const newestTenDays = new Set(newestTen.map((b) => localDay(new Date(b.createdAt))));
    const allDays = new Set(
      Array.from({ length: 21 * 12 }, (_, i) => localDay(new Date(start + i * 2 * 3600_000))),
    );
    expect(new Set([...newestTenDays, ...restDays])).toEqual(allDays);
    expect(list.length).toBe(KEEP_AT_LEAST + allDays.size - newestTenDays.size);
    // 252 snapshots, each two fsynced files: seconds on a busy disk.
  }, 30_000);
});

describe('backupsToKeep', () => {
  const at = (iso: string) => ({ id: iso, createdAt: iso });

  it('never keeps fewer than the 10 newest, even if they are all from one old day', () => {
    const old = Array.from({ length: 15 }, (_, i) =>
      at(`2026-01-01T0${Math.floor(i / 10)}:${String(i % 10).padStart(2, '0')}:00.000Z`),
    );
    const keep = backupsToKeep(old, new Date('2026-11-21T00:00:00Z'), utcDay);
    expect(keep.size).toBe(10);
  });

  it('drops days older than 90 days beyond the newest 10', () => {
    const list = Array.from({ length: 200 }, (_, i) =>
      at(new Date(Date.UTC(2026, 0, 1) + i * 86_400_000).toISOString()),
    );
    const now = new Date(Date.UTC(2026, 0, 1) + 199 * 86_400_000 + 3600_000);
    const keep = backupsToKeep(list, now, utcDay);
    expect(keep.size).toBe(90);
    expect(keep.has(list[110]!.id)).toBe(true);
    expect(keep.has(list[109]!.id)).toBe(false);
  });
});
