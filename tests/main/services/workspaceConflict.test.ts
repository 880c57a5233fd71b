import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addParticipant, encodeWorkspace, type Workspace } from '../../../src/shared/domain/workspace';
import { failureOf, makeServices, sampleInput } from '../../support/services';

let s: Awaited<ReturnType<typeof makeServices>>;
beforeEach(async () => {
  s = await makeServices();
});
afterEach(() => s.cleanup());

const error = failureOf;

/** A colleague edits the same file through a synced folder while it is open here. */
async function editedBehindOurBack() {
  const opened = await s.workspaces.create(sampleInput, s.documents);
  const file = join(opened.path, 'workspace.json');
  const theirs: Workspace = { ...opened.workspace, organisation: 'Changed by Ravi' };
  await writeFile(file, encodeWorkspace(theirs));
  const mine = addParticipant(opened.workspace, { name: 'Added by Dana' }, 'p1');
  return { opened, file, theirs, mine };
}

describe('external changes (D5)', () => {
  it('refuses to overwrite, leaving their bytes exactly as they are', async () => {
    const { opened, file, theirs, mine } = await editedBehindOurBack();
    expect(await error(s.workspaces.save(opened.handle, mine))).toMatchObject({ code: 'CONFLICT' });
    expect(await readFile(file, 'utf8')).toBe(encodeWorkspace(theirs));
  });

  it('"compare" reads their version without changing anything', async () => {
    const { opened, file, theirs } = await editedBehindOurBack();
    expect(await s.workspaces.readFromDisk(opened.handle)).toEqual(theirs);
    expect(await readFile(file, 'utf8')).toBe(encodeWorkspace(theirs));
  });

  it('"reload theirs" adopts the file on disk, after which saving works again', async () => {
    const { opened, theirs } = await editedBehindOurBack();
    const reloaded = await s.workspaces.reloadFromDisk(opened.handle);
    expect(reloaded.workspace).toEqual(theirs);
    const next = addParticipant(reloaded.workspace, { name: 'After reload' }, 'p2');
    await expect(s.workspaces.save(opened.handle, next)).resolves.toHaveProperty('savedAt');
  });

  it('"keep mine" saves my version as a copy beside theirs and opens it', async () => {
    const { opened, file, theirs, mine } = await editedBehindOurBack();
    const copy = await s.workspaces.saveCopy(opened.handle, mine);
    expect(copy.path).toBe(join(s.documents, 'Q1 2027 Leadership Offsite (my version)'));
    expect(copy.workspace.participants.map((p) => p.name)).toEqual(['Added by Dana']);
    expect(copy.workspace.id).not.toBe(theirs.id);
    expect(copy.readOnly).toBe(false);
    expect(await readFile(file, 'utf8')).toBe(encodeWorkspace(theirs));
    expect(await error(s.workspaces.save(opened.handle, mine))).toMatchObject({ code: 'UNKNOWN_HANDLE' });
  });
});
