import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { backupsToKeep, KEEP_AT_LEAST } from '../../../src/main/services/backupRetention';
import { BackupStore } from '../../../src/main/services/backupStore';
import { nodeFsPort } from '../../../src/main/services/fsPort';
import { addParticipant } from '../../../src/shared/domain/workspace';
import { makeServices, sampleInput } from '../../support/services';
import { makeTempDir } from '../../support/tempDir';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

let cleanup: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.all(cleanup.map((c) => c()));
  cleanup = [];
});

describe('backups survive a clock that jumps', () => {
  it('after the clock is set back a day, saving still takes a backup every 5 minutes', async () => {
    const s = await makeServices();
    cleanup.push(s.cleanup);
    const opened = await s.workspaces.create(sampleInput, s.documents);
    let w = opened.workspace;
    await s.workspaces.save(opened.handle, w);
    const before = (await s.workspaces.history(opened.handle)).length;
    s.advance(-DAY);
    // Two hours of work, a save every 10 minutes.
    for (let minute = 0; minute < 120; minute += 10) {
      w = addParticipant(w, { name: `Person ${minute}` }, `p${minute}`);
      await s.workspaces.save(opened.handle, w);
      s.advance(10 * 60_000);
    }
    const periodic = (await s.workspaces.history(opened.handle)).length - before;
    expect(periodic).toBeGreaterThanOrEqual(12);
  });

  it('after a year-behind clock is corrected, the work made meanwhile is not pruned as "old"', async () => {
    const dir = await makeTempDir();
    cleanup.push(dir.cleanup);
    let now = new Date('2026-11-01T09:00:00Z');
    const store = new BackupStore(nodeFsPort, join(dir.path, 'backups'), () => now);
    const ws = { id: 'w1', name: 'Q1 Offsite', path: '/home/dana/Offsite/Q1' };
    // Twenty days of real work, one backup a day.
    for (let day = 0; day < 20; day++) {
      await store.snapshot(ws, `real day ${day}`, 'close');
      now = new Date(now.getTime() + DAY);
    }
    // The clock falls a year behind; thirteen backups are made that evening.
    now = new Date(now.getTime() - 365 * DAY);
    for (let hour = 0; hour < 13; hour++) {
      await store.snapshot(ws, `meanwhile ${hour}`, 'periodic');
      now = new Date(now.getTime() + HOUR);
    }
    // The clock is corrected and one more backup is made.
    now = new Date('2026-11-21T20:00:00Z');
    await store.snapshot(ws, 'after the fix', 'close');

    const kept = await store.list('w1');
    const contents = await Promise.all(kept.map(async (b) => (await store.read('w1', b.id)).toString()));
    // Newest first in the order they were made, and the ten newest always kept.
    expect(contents.slice(0, KEEP_AT_LEAST)).toEqual([
      'after the fix',
      ...Array.from({ length: KEEP_AT_LEAST - 1 }, (_, i) => `meanwhile ${12 - i}`),
    ]);
    // The real history before the jump is still there too, one per day.
    expect(contents.filter((c) => c.startsWith('real day')).length).toBeGreaterThanOrEqual(15);
  });

  it('never keeps fewer than the ten newest, whatever their dates say', () => {
    const now = new Date('2026-11-21T09:00:00Z');
    const backups = Array.from({ length: 14 }, (_, i) => ({
      id: `b${i}`,
      // Made in this order, dated two years back and earlier each time.
      createdAt: new Date(now.getTime() - (730 + i) * DAY).toISOString(),
      seq: i + 1,
    }));
    const keep = backupsToKeep(backups, now);
    for (let i = 4; i < 14; i++) expect(keep.has(`b${i}`)).toBe(true);
  });
});
