import { readdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addParticipant } from '../../../src/shared/domain/workspace';
import { failureOf, makeServices, readWorkspaceJson, sampleInput } from '../../support/services';

let s: Awaited<ReturnType<typeof makeServices>>;
beforeEach(async () => {
  s = await makeServices();
});
afterEach(() => s.cleanup());

describe('edits made before a workspace went read-only can always be kept', () => {
  it('a folder moved while open: the save says it moved (not "another Offsite"), and the copy keeps the edits', async () => {
    const opened = await s.workspaces.create(sampleInput, s.documents);
    const edited = addParticipant(opened.workspace, { name: 'Late edit' }, 'late');
    await rename(opened.path, join(s.documents, 'Moved by a sync tool'));
    const failure = await failureOf(s.workspaces.save(opened.handle, edited));
    expect(failure?.message).toMatch(/folder was moved, renamed or deleted/);
    expect(failure?.message).not.toMatch(/Another Offsite/);
    expect(failure?.message).toMatch(/Save my changes as a copy/);
    const copy = await s.workspaces.saveCopy(opened.handle, edited);
    expect(copy.readOnly).toBe(false);
    expect((await readWorkspaceJson(copy.path)).participants.map((p) => p.name)).toEqual(['Late edit']);
  });

  it('when even the parent folder is gone, the copy goes to the documents folder', async () => {
    const parent = join(s.documents, 'Shared drive');
    const opened = await s.workspaces.create(sampleInput, parent);
    const edited = addParticipant(opened.workspace, { name: 'Kept' }, 'kept');
    await rm(parent, { recursive: true, force: true });
    expect(await failureOf(s.workspaces.save(opened.handle, edited))).toMatchObject({ code: 'LOCKED' });
    const copy = await s.workspaces.saveCopy(opened.handle, edited);
    expect(copy.path.startsWith(s.documents)).toBe(true);
    expect((await readWorkspaceJson(copy.path)).participants.map((p) => p.name)).toEqual(['Kept']);
    expect(await readdir(s.documents)).toContain(copy.path.slice(s.documents.length + 1));
  });
});
