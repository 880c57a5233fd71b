import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addParticipant } from '../../../src/shared/domain/workspace';
import { failureOf, makeServices, sampleInput } from '../../support/services';

let s: Awaited<ReturnType<typeof makeServices>>;
beforeEach(async () => {
  s = await makeServices();
});
afterEach(() => s.cleanup());

describe('what interrupted saves leave behind is cleaned up', () => {
  it('opening a workspace removes stale temp files of its own saves, and nothing else', async () => {
    const opened = await s.workspaces.create(sampleInput, s.documents);
    await s.workspaces.close(opened.handle);
    const stale = ['.workspace.json.0123456789ab.tmp', '.workspace.json.a1b2c3d4e5f6.tmp'];
    const theirs = ['.notes.tmp', '.workspace.json.keep.tmp', 'exports'];
    for (const name of stale) await writeFile(join(opened.path, name), 'half a save');
    await writeFile(join(opened.path, theirs[0]!), 'not ours');
    await writeFile(join(opened.path, theirs[1]!), 'not our naming');
    await mkdir(join(opened.path, theirs[2]!));
    const view = await s.workspaces.openFolder(opened.path);
    const names = await readdir(opened.path);
    for (const name of stale) expect(names).not.toContain(name);
    for (const name of theirs) expect(names).toContain(name);
    await s.workspaces.close(view.handle);
  });
});

describe('a backup is recovered only where it belongs', () => {
  async function damagedWithBackup() {
    const opened = await s.workspaces.create(sampleInput, s.documents);
    await s.workspaces.save(opened.handle, addParticipant(opened.workspace, { name: 'Dana' }, 'p1'));
    await s.workspaces.close(opened.handle);
    await writeFile(join(opened.path, 'workspace.json'), '{"broken');
    await failureOf(s.workspaces.openFolder(opened.path));
    const options = await s.workspaces.recoveryOptions(opened.path);
    return { dir: opened.path, workspaceId: options.workspaceId!, backupId: options.backups[0]!.id };
  }

  it('never into another folder that already holds files', async () => {
    const { workspaceId, backupId } = await damagedWithBackup();
    const other = join(s.documents, 'Board papers');
    await mkdir(other);
    await writeFile(join(other, 'minutes.txt'), 'private minutes');
    const failure = await failureOf(s.workspaces.recover(other, workspaceId, backupId));
    expect(failure).toMatchObject({ code: 'FORBIDDEN' });
    expect(failure?.message).toMatch(/Nothing was written/);
    expect(await readdir(other)).toEqual(['minutes.txt']);
    expect(await readFile(join(other, 'minutes.txt'), 'utf8')).toBe('private minutes');
  });

  it('into its own folder, or into a new empty folder the user picked', async () => {
    const { dir, workspaceId, backupId } = await damagedWithBackup();
    const fresh = join(s.documents, 'Recovered');
    await mkdir(fresh);
    const copy = await s.workspaces.recover(fresh, workspaceId, backupId);
    expect(copy.workspace.participants.map((p) => p.name)).toEqual(['Dana']);
    await s.workspaces.close(copy.handle);
    const own = await s.workspaces.recover(dir, workspaceId, backupId);
    expect(own.workspace.participants.map((p) => p.name)).toEqual(['Dana']);
  });
});
