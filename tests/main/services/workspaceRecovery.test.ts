import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BACKUP_EVERY_MS } from '../../../src/main/services/workspaceService';
import { addParticipant, CURRENT_SCHEMA_VERSION, type Workspace } from '../../../src/shared/domain/workspace';
import { failureOf, makeServices, readWorkspaceJson, sampleInput } from '../../support/services';

let s: Awaited<ReturnType<typeof makeServices>>;
beforeEach(async () => {
  s = await makeServices();
});
afterEach(() => s.cleanup());

const readJson = readWorkspaceJson;
const error = failureOf;
const withPerson = (w: Workspace, name: string) => addParticipant(w, { name }, `p-${name}`);

describe('backups while working (D4)', () => {
  it('snapshots at most every 5 minutes while there are changes, and on close', async () => {
    const opened = await s.workspaces.create(sampleInput, s.documents);
    let w = opened.workspace;
    for (let minute = 0; minute < 12; minute++) {
      w = withPerson(w, `person${minute}`);
      await s.workspaces.save(opened.handle, w);
      s.advance(60_000);
    }
    // Saves at minutes 0..11: backups at 0, 5 and 10.
    expect((await s.workspaces.history(opened.handle)).map((b) => b.reason)).toEqual([
      'periodic',
      'periodic',
      'periodic',
    ]);
    await s.workspaces.close(opened.handle);
    const reopened = await s.workspaces.openFolder(opened.path);
    const history = await s.workspaces.history(reopened.handle);
    expect(history.map((b) => b.reason)).toEqual(['close', 'periodic', 'periodic', 'periodic']);
    expect(history.every((b) => b.intact)).toBe(true);
    expect(BACKUP_EVERY_MS).toBe(5 * 60_000);
  });

  it('keeps backups outside the workspace folder', async () => {
    const opened = await s.workspaces.create(sampleInput, s.documents);
    await s.workspaces.save(opened.handle, withPerson(opened.workspace, 'Dana'));
    expect((await readdir(opened.path)).sort()).toEqual(['workspace.json', 'workspace.lock']);
    expect(await readdir(join(s.dataDir, 'backups'))).toHaveLength(1);
  });

  it('restores a backup from History, backing up the current state first', async () => {
    const opened = await s.workspaces.create(sampleInput, s.documents);
    await s.workspaces.save(opened.handle, withPerson(opened.workspace, 'Early'));
    s.advance(BACKUP_EVERY_MS);
    await s.workspaces.save(opened.handle, withPerson(opened.workspace, 'Later'));
    const [, early] = await s.workspaces.history(opened.handle);
    const restored = await s.workspaces.restoreBackup(opened.handle, early!.id);
    expect(restored.workspace.participants.map((p) => p.name)).toEqual(['Early']);
    expect((await readJson(opened.path)).participants.map((p) => p.name)).toEqual(['Early']);
    const after = await s.workspaces.history(opened.handle);
    expect(after[0]).toMatchObject({ reason: 'before-restore' });
    // …so the restore itself can be undone.
    const undone = await s.workspaces.restoreBackup(opened.handle, after[0]!.id);
    expect(undone.workspace.participants.map((p) => p.name)).toEqual(['Later']);
    // Saving continues normally after a restore.
    await expect(s.workspaces.save(opened.handle, undone.workspace)).resolves.toHaveProperty('savedAt');
  });
});

describe('damaged files (D7)', () => {
  it('moves a corrupt file aside, offers the newest good backup, and restores it', async () => {
    const opened = await s.workspaces.create(sampleInput, s.documents);
    await s.workspaces.save(opened.handle, withPerson(opened.workspace, 'Dana'));
    await s.workspaces.close(opened.handle);
    const garbage = Buffer.from('{"schemaVersion":1,"name":"Q1 2027 Lead');
    await writeFile(join(opened.path, 'workspace.json'), garbage);

    const failure = await error(s.workspaces.openFolder(opened.path));
    expect(failure?.message).toMatch(/A backup from .* can be restored/);
    const options = await s.workspaces.recoveryOptions(opened.path);
    expect(options.quarantined).toHaveLength(1);
    expect(await readFile(join(opened.path, options.quarantined[0]!))).toEqual(garbage);
    expect(options.backups[0]).toMatchObject({ intact: true, workspaceName: sampleInput.name });

    const recovered = await s.workspaces.recover(opened.path, options.workspaceId!, options.backups[0]!.id);
    expect(recovered.readOnly).toBe(false);
    expect(recovered.workspace.participants.map((p) => p.name)).toEqual(['Dana']);
    expect(await readFile(join(opened.path, options.quarantined[0]!))).toEqual(garbage); // still kept
  });

  it('says so when there is no backup, and keeps the app working', async () => {
    const dir = join(s.documents, 'Lost');
    await import('node:fs/promises').then((fs) => fs.mkdir(dir));
    await writeFile(join(dir, 'workspace.json'), Buffer.alloc(64));
    const failure = await error(s.workspaces.openFolder(dir));
    expect(failure?.message).toMatch(/No backup of this workspace was found/);
    expect(await s.workspaces.recoveryOptions(dir)).toMatchObject({ workspaceId: null, backups: [] });
    await expect(s.workspaces.create(sampleInput, s.documents)).resolves.toHaveProperty('handle');
  });

  it('refuses to recover over a readable workspace', async () => {
    const opened = await s.workspaces.create(sampleInput, s.documents);
    await s.workspaces.close(opened.handle);
    expect(await error(s.workspaces.recover(opened.path, 'x', '20260101T000000000Z'))).toMatchObject({
      code: 'EXISTS',
    });
  });
});

describe('format versions', () => {
  /** The same workspace as the app wrote it in format 1 (before ranking rounds existed). */
  async function writeAsVersion1(dir: string): Promise<string> {
    const {
      templateId: _t,
      focusPriorityId: _f,
      rounds: _r,
      board: _b,
      decisions: _d,
      actionItems: _a,
      deck: _k,
      ...v1
    } = await readJson(dir);
    const bytes = JSON.stringify({ ...v1, schemaVersion: 1 }, null, 2);
    await writeFile(join(dir, 'workspace.json'), bytes);
    return bytes;
  }

  it('upgrades an older file on open, after backing up its original bytes', async () => {
    const created = await s.workspaces.create(sampleInput, s.documents);
    await s.workspaces.close(created.handle);
    const legacyBytes = await writeAsVersion1(created.path);

    const opened = await s.workspaces.openFolder(created.path);
    expect(opened.migratedFrom).toBe(1);
    expect(opened.workspace).toMatchObject({
      schemaVersion: CURRENT_SCHEMA_VERSION,
      rounds: [],
      focusPriorityId: null,
      templateId: null,
    });
    expect(await readJson(created.path)).toMatchObject({
      schemaVersion: CURRENT_SCHEMA_VERSION,
      organisation: 'Acme',
      rounds: [],
    });
    const [backup] = await s.workspaces.history(opened.handle);
    expect(backup).toMatchObject({ reason: 'before-migration', intact: true });
    expect((await s.backups.read(opened.workspace.id, backup!.id)).toString()).toBe(legacyBytes);
  });

  it('does not migrate (or write) a file it can only open read-only', async () => {
    const created = await s.workspaces.create(sampleInput, s.documents); // stays open: `s` holds the lock
    const legacyBytes = await writeAsVersion1(created.path);
    const other = await makeServices({ pid: 999, host: 'elsewhere' });
    try {
      const view = await other.workspaces.openFolder(created.path);
      expect(view.readOnly).toBe(true);
      expect(view.workspace.schemaVersion).toBe(CURRENT_SCHEMA_VERSION); // shown in today's format…
      expect(await readFile(join(created.path, 'workspace.json'), 'utf8')).toBe(legacyBytes); // …not written
    } finally {
      await other.cleanup();
    }
  });

  it('opens a file from a newer app read-only when its known parts are readable', async () => {
    const opened = await s.workspaces.create(sampleInput, s.documents);
    await s.workspaces.close(opened.handle);
    const file = join(opened.path, 'workspace.json');
    const newer = {
      ...(await readJson(opened.path)),
      schemaVersion: CURRENT_SCHEMA_VERSION + 1,
      roadmap: { lanes: [] },
    };
    const bytes = JSON.stringify(newer);
    await writeFile(file, bytes);
    const view = await s.workspaces.openFolder(opened.path);
    expect(view.readOnly).toBe(true);
    expect(view.readOnlyReason).toMatch(
      new RegExp(`newer version of Offsite saved this workspace \\(format ${CURRENT_SCHEMA_VERSION + 1}\\)`),
    );
    expect(view.workspace.name).toBe(sampleInput.name);
    expect(await error(s.workspaces.save(view.handle, view.workspace))).toMatchObject({ code: 'READ_ONLY' });
    expect(await readFile(file, 'utf8')).toBe(bytes);
  });
});
