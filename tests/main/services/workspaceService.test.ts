import { mkdir, readdir, readFile, stat, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nodeFsPort, type FsPort } from '../../../src/main/services/fsPort';
import { addParticipant, CURRENT_SCHEMA_VERSION } from '../../../src/shared/domain/workspace';
import { failureOf, makeServices, readWorkspaceJson, sampleInput } from '../../support/services';

let s: Awaited<ReturnType<typeof makeServices>>;
beforeEach(async () => {
  s = await makeServices();
});
afterEach(() => s.cleanup());

const readJson = readWorkspaceJson;
const error = failureOf;

describe('WorkspaceService', () => {
  it('creates a folder named after the workspace with a valid workspace.json, and lists it as recent', async () => {
    const opened = await s.workspaces.create(sampleInput, s.documents);
    expect(opened.path).toBe(join(s.documents, 'Q1 2027 Leadership Offsite'));
    expect(await readJson(opened.path)).toMatchObject({
      schemaVersion: CURRENT_SCHEMA_VERSION,
      name: sampleInput.name,
      kind: 'offsite',
    });
    expect(await s.recents.list()).toEqual([
      expect.objectContaining({
        path: opened.path,
        name: sampleInput.name,
        period: '2027-Q1',
        missing: false,
      }),
    ]);
  });

  it('never reuses an existing folder: a second workspace of the same name gets "… 2"', async () => {
    const first = await s.workspaces.create(sampleInput, s.documents);
    const second = await s.workspaces.create(sampleInput, s.documents);
    expect(second.path).toBe(`${first.path} 2`);
    expect((await readJson(first.path)).id).not.toBe((await readJson(second.path)).id);
  });

  it('makes names with slashes or reserved characters into safe folder names', async () => {
    const opened = await s.workspaces.create({ ...sampleInput, name: '../../etc/passwd: Q1?' }, s.documents);
    expect(opened.path.startsWith(s.documents)).toBe(true);
    expect(await readJson(opened.path)).toMatchObject({ name: '../../etc/passwd: Q1?' });
  });

  it('saves edits by handle and reopens them', async () => {
    const opened = await s.workspaces.create(sampleInput, s.documents);
    const edited = addParticipant(opened.workspace, { name: 'Ravi', role: 'CFO' }, 'p1');
    s.advance(5000);
    const { savedAt } = await s.workspaces.save(opened.handle, edited);
    expect(savedAt).toBe('2026-11-21T09:00:05.000Z');
    await s.workspaces.close(opened.handle);
    const reopened = await s.workspaces.openFolder(opened.path);
    expect(reopened.workspace.participants.map((p) => p.name)).toEqual(['Ravi']);
    expect(reopened.workspace.updatedAt).toBe(savedAt);
  });

  it('refuses a save for a handle that was closed or never existed', async () => {
    const opened = await s.workspaces.create(sampleInput, s.documents);
    await s.workspaces.close(opened.handle);
    expect(await error(s.workspaces.save(opened.handle, opened.workspace))).toMatchObject({
      code: 'UNKNOWN_HANDLE',
    });
  });

  it('D5 basics: does not overwrite a file changed behind its back', async () => {
    const opened = await s.workspaces.create(sampleInput, s.documents);
    const file = join(opened.path, 'workspace.json');
    const theirs = JSON.stringify({ ...opened.workspace, organisation: 'Edited elsewhere' }, null, 2);
    await writeFile(file, theirs);
    expect(await error(s.workspaces.save(opened.handle, opened.workspace))).toMatchObject({
      code: 'CONFLICT',
    });
    expect(await readFile(file, 'utf8')).toBe(theirs);
  });

  it('tolerates a touched file whose bytes did not change', async () => {
    const opened = await s.workspaces.create(sampleInput, s.documents);
    const file = join(opened.path, 'workspace.json');
    await writeFile(file, await readFile(file)); // new mtime, same bytes
    await expect(s.workspaces.save(opened.handle, opened.workspace)).resolves.toHaveProperty('savedAt');
  });

  describe('bad folders and files get a plain message; their bytes are kept, never changed', () => {
    // [label, bytes, what the sentence says, the technical cause kept for Details]
    const damaged: Array<[string, string | Buffer, RegExp, RegExp]> = [
      ['truncated', '{"schemaVersion":1,"id":"x","na', /cut off/, /Not valid JSON/],
      ['binary', Buffer.from([0, 159, 146, 150, 255, 0]), /cut off/, /Not valid JSON/],
      ['zero-filled', Buffer.alloc(512), /cut off/, /Not valid JSON/],
      ['wrong shape', '{"schemaVersion":1,"hello":"world"}', /not in the form Offsite saves/, /./],
      ['hostile', '{"__proto__":{"x":1},"schemaVersion":1}', /no saved file ever has/, /Forbidden key/],
    ];
    for (const [label, bytes, reason, details] of damaged) {
      it(`D7: a ${label} workspace.json is moved aside with its bytes intact, and the user is told`, async () => {
        const dir = join(s.documents, label);
        await mkdir(dir);
        await writeFile(join(dir, 'workspace.json'), bytes);
        const before = await readFile(join(dir, 'workspace.json'));
        const failure = await error(s.workspaces.openFolder(dir));
        expect(failure).toMatchObject({ code: 'CORRUPT' });
        expect(failure?.message).toMatch(reason);
        expect((failure as { details?: string }).details).toMatch(details);
        expect(failure?.message).toMatch(/kept, unchanged, as workspace\.damaged-.*\.json/);
        const names = await readdir(dir);
        expect(names).toHaveLength(1);
        expect(names[0]).toMatch(/^workspace\.damaged-\d{8}T\d{9}Z\.json$/);
        expect(await readFile(join(dir, names[0]!))).toEqual(before);
      });
    }

    it('a file from a newer app that cannot be read stays exactly where it is', async () => {
      const dir = join(s.documents, 'future');
      await mkdir(dir);
      // One version past this app's, whatever this app's is.
      await writeFile(join(dir, 'workspace.json'), `{"schemaVersion":${CURRENT_SCHEMA_VERSION + 1}}`);
      const failure = await error(s.workspaces.openFolder(dir));
      expect(failure).toMatchObject({ code: 'TOO_NEW' });
      expect(failure?.message).toMatch(/newer version of Offsite/);
      expect(await readdir(dir)).toEqual(['workspace.json']);
    });

    it('a folder without workspace.json says what to pick instead', async () => {
      const dir = join(s.documents, 'photos');
      await mkdir(dir);
      const failure = await error(s.workspaces.openFolder(dir));
      expect(failure).toMatchObject({ code: 'NOT_A_WORKSPACE' });
      expect(failure?.message).toMatch(/Pick the folder that contains workspace.json/);
    });

    it('V1: a file over 50 MB is refused before it is read', async () => {
      const dir = join(s.documents, 'huge');
      await mkdir(dir);
      await writeFile(join(dir, 'workspace.json'), '{}');
      await truncate(join(dir, 'workspace.json'), 51 * 1024 * 1024);
      let reads = 0;
      const counting: FsPort = {
        ...nodeFsPort,
        readFile: ((...a: Parameters<FsPort['readFile']>) => (
          reads++,
          nodeFsPort.readFile(...a)
        )) as FsPort['readFile'],
      };
      const svc = await makeServices({ fs: counting });
      try {
        expect(await error(svc.workspaces.openFolder(dir))).toMatchObject({ code: 'TOO_LARGE' });
        expect(reads).toBe(0);
      } finally {
        await svc.cleanup();
      }
      expect((await stat(join(dir, 'workspace.json'))).size).toBe(51 * 1024 * 1024);
    });

    it('a relative path is refused', async () => {
      expect(await error(s.workspaces.openFolder('Documents/x'))).toMatchObject({ code: 'BAD_REQUEST' });
    });
  });

  it('opens a folder without write permission read-only, and refuses to save there', async () => {
    const opened = await s.workspaces.create(sampleInput, s.documents);
    await s.workspaces.close(opened.handle);
    const denyWrites: FsPort = {
      ...nodeFsPort,
      access: async (path, mode) => {
        if (mode !== undefined && mode & 2) throw Object.assign(new Error('EACCES'), { code: 'EACCES' });
        return nodeFsPort.access(path, mode);
      },
    };
    const svc = await makeServices({ fs: denyWrites });
    try {
      const ro = await svc.workspaces.openFolder(opened.path);
      expect(ro.readOnly).toBe(true);
      expect(ro.readOnlyReason).toMatch(/permission/);
      expect(await error(svc.workspaces.save(ro.handle, ro.workspace))).toMatchObject({ code: 'READ_ONLY' });
    } finally {
      await svc.cleanup();
    }
  });

  it('renames a closed workspace in its file and in the recent list', async () => {
    const opened = await s.workspaces.create(sampleInput, s.documents);
    expect(await error(s.workspaces.rename(opened.path, 'Renamed'))).toMatchObject({ code: 'IN_USE' });
    await s.workspaces.close(opened.handle);
    await s.workspaces.rename(opened.path, '  Q1 Strategy Day  ');
    expect((await readJson(opened.path)).name).toBe('Q1 Strategy Day');
    expect((await s.recents.list())[0]).toMatchObject({ name: 'Q1 Strategy Day' });
  });

  it('duplicates a workspace into a sibling folder with a new identity and the same content', async () => {
    const opened = await s.workspaces.create(sampleInput, s.documents);
    await s.workspaces.save(opened.handle, addParticipant(opened.workspace, { name: 'Lena' }, 'p1'));
    await writeFile(join(opened.path, 'notes.txt'), 'attachment');
    const copy = await s.workspaces.duplicate(opened.path);
    expect(copy.path).toBe(join(s.documents, 'Q1 2027 Leadership Offsite (copy)'));
    const original = await readJson(opened.path);
    const duplicated = await readJson(copy.path);
    expect(duplicated.id).not.toBe(original.id);
    expect(duplicated.name).toBe('Q1 2027 Leadership Offsite (copy)');
    expect(duplicated.participants).toEqual(original.participants);
    expect(await readFile(join(copy.path, 'notes.txt'), 'utf8')).toBe('attachment');
    expect((await s.recents.list()).map((r) => r.path)).toContain(copy.path);
  });

  it('moves a closed workspace to the trash (never deletes) and forgets it', async () => {
    const opened = await s.workspaces.create(sampleInput, s.documents);
    expect(await error(s.workspaces.trash(opened.path))).toMatchObject({ code: 'IN_USE' });
    await s.workspaces.close(opened.handle);
    await s.workspaces.trash(opened.path);
    expect(await readdir(s.trashDir)).toEqual(['Q1 2027 Leadership Offsite']);
    expect(await s.recents.list()).toEqual([]);
  });

  it('refuses to trash a folder that is not a workspace', async () => {
    const dir = join(s.documents, 'taxes');
    await mkdir(dir);
    expect(await error(s.workspaces.trash(dir))).toMatchObject({ code: 'NOT_A_WORKSPACE' });
    expect(await readdir(s.trashDir)).toEqual([]);
  });
});
