import { readFile, rename as nodeRename, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { nodeFsPort, type FsPort } from '../../../src/main/services/fsPort';
import { KeyedQueue } from '../../../src/main/services/keyedQueue';
import { seededRandom } from '../../../src/shared/domain/ranking/random';
import { addParticipant, CURRENT_SCHEMA_VERSION } from '../../../src/shared/domain/workspace';
import { failureOf, makeServices, readWorkspaceJson, sampleInput } from '../../support/services';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** node:fs, except that committing workspace.json (the rename of the temp file) waits while a delay is armed. */
function slowCommitFs(): { fs: FsPort; armNextCommit: (ms: number) => void } {
  let pending: number | null = null;
  const fs: FsPort = {
    ...nodeFsPort,
    rename: async (from, to) => {
      if (basename(String(to)) === 'workspace.json' && pending !== null) {
        const ms = pending;
        pending = null;
        await sleep(ms);
      }
      return nodeRename(from, to);
    },
  };
  return { fs, armNextCommit: (ms) => (pending = ms) };
}

let cleanup: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.all(cleanup.map((c) => c()));
  cleanup = [];
});

describe('every write to a workspace goes through one ordered queue', () => {
  it('a restore clicked while a slow save is still writing keeps that save in History (48 interleavings)', async () => {
    const random = seededRandom(2026);
    const slow = slowCommitFs();
    const s = await makeServices({ fs: slow.fs });
    cleanup.push(s.cleanup);
    let lost = 0;
    for (let run = 0; run < 48; run++) {
      const opened = await s.workspaces.create({ ...sampleInput, name: `Offsite ${run}` }, s.documents);
      // The first save takes a backup: the version the room will restore.
      await s.workspaces.save(opened.handle, opened.workspace);
      const [original] = await s.workspaces.history(opened.handle);
      const edited = addParticipant(opened.workspace, { name: `Late edit ${run}` }, `late-${run}`);

      slow.armNextCommit(Math.floor(random() * 25));
      const saving = s.workspaces.save(opened.handle, edited);
      await sleep(Math.floor(random() * 20));
      const restoring = s.workspaces.restoreBackup(opened.handle, original!.id);
      const [saved, restored] = await Promise.allSettled([saving, restoring]);
      expect(saved.status).toBe('fulfilled');
      expect(restored.status).toBe('fulfilled');

      // What the screen shows after the restore is what is on disk …
      const onDisk = await readWorkspaceJson(opened.path);
      expect(onDisk.participants.map((p) => p.name)).not.toContain(`Late edit ${run}`);
      // … and the late edit is in the backup taken before the restore.
      const history = await s.workspaces.history(opened.handle);
      const beforeRestore = history.find((b) => b.reason === 'before-restore');
      expect(beforeRestore).toBeDefined();
      const kept = (await s.backups.read(opened.workspace.id, beforeRestore!.id)).toString();
      if (!kept.includes(`Late edit ${run}`)) lost++;
      await s.workspaces.close(opened.handle);
    }
    expect(lost).toBe(0);
  }, 60_000);

  it('saves sent one after another land in the order they were sent, however long each takes', async () => {
    const slow = slowCommitFs();
    const s = await makeServices({ fs: slow.fs });
    cleanup.push(s.cleanup);
    const opened = await s.workspaces.create(sampleInput, s.documents);
    slow.armNextCommit(40);
    const first = s.workspaces.save(opened.handle, addParticipant(opened.workspace, { name: 'First' }, 'a'));
    const second = s.workspaces.save(
      opened.handle,
      addParticipant(opened.workspace, { name: 'Second' }, 'b'),
    );
    await Promise.all([first, second]);
    expect((await readWorkspaceJson(opened.path)).participants.map((p) => p.name)).toEqual(['Second']);
  });

  it('a failed write does not stop the writes queued behind it', async () => {
    const queue = new KeyedQueue();
    const order: string[] = [];
    const failing = queue.run('/w', async () => {
      await sleep(5);
      order.push('a');
      throw new Error('disk full');
    });
    const next = queue.run('/w', () => {
      order.push('b');
      return Promise.resolve(2);
    });
    await expect(failing).rejects.toThrow('disk full');
    await expect(next).resolves.toBe(2);
    expect(order).toEqual(['a', 'b']);
    expect(queue.busy).toBe(0);
  });
});

describe('rename and duplicate never downgrade a workspace from a newer Offsite', () => {
  async function newerWorkspace() {
    const s = await makeServices();
    cleanup.push(s.cleanup);
    const opened = await s.workspaces.create(sampleInput, s.documents);
    await s.workspaces.close(opened.handle);
    const newer = {
      ...(await readWorkspaceJson(opened.path)),
      schemaVersion: CURRENT_SCHEMA_VERSION + 1,
      roadmap: { lanes: ['Only the newer app knows this'] },
    };
    const bytes = JSON.stringify(newer, null, 2);
    await writeFile(join(opened.path, 'workspace.json'), bytes);
    return { s, dir: opened.path, bytes };
  }

  it('Rename refuses, saying why, and leaves the bytes exactly as they were', async () => {
    const { s, dir, bytes } = await newerWorkspace();
    const failure = await failureOf(s.workspaces.rename(dir, 'Renamed'));
    expect(failure).toMatchObject({ code: 'TOO_NEW' });
    expect(failure?.message).toMatch(/newer version of Offsite .* Nothing was changed/);
    expect(await readFile(join(dir, 'workspace.json'), 'utf8')).toBe(bytes);
  });

  it('Duplicate refuses too and makes no half copy', async () => {
    const { s, dir, bytes } = await newerWorkspace();
    const before = await nodeFsPort.readdir(s.documents);
    expect(await failureOf(s.workspaces.duplicate(dir))).toMatchObject({ code: 'TOO_NEW' });
    expect(await nodeFsPort.readdir(s.documents)).toEqual(before);
    expect(await readFile(join(dir, 'workspace.json'), 'utf8')).toBe(bytes);
  });

  it('Duplicate leaves behind the temp files of an interrupted save', async () => {
    const s = await makeServices();
    cleanup.push(s.cleanup);
    const opened = await s.workspaces.create(sampleInput, s.documents);
    await s.workspaces.close(opened.handle);
    await writeFile(join(opened.path, '.workspace.json.0123456789ab.tmp'), 'half a save');
    const copy = await s.workspaces.duplicate(opened.path);
    expect((await nodeFsPort.readdir(copy.path)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });
});
