import fc from 'fast-check';
import { mkdir, symlink } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { folderNameFor, isWindowsReservedName, uniqueChild } from '../../../src/main/services/folderNames';
import { nodeFsPort } from '../../../src/main/services/fsPort';
import { makeTempDir } from '../../support/tempDir';

let root: { path: string; cleanup: () => Promise<void> };
beforeAll(async () => {
  root = await makeTempDir();
  await mkdir(join(root.path, 'outside'));
  // A symlink named like a likely workspace name, pointing out of the parent folder.
  await mkdir(join(root.path, 'parent'));
  await symlink(join(root.path, 'outside'), join(root.path, 'parent', 'Q1 Offsite'));
});
afterAll(() => root.cleanup());

describe('workspace names become folder names inside the chosen parent (V3)', () => {
  it('any name, however hostile, gives one plain folder directly inside the parent', async () => {
    const parent = join(root.path, 'parent');
    const hostile = fc.oneof(
      fc.string(),
      fc.constantFrom(
        '..',
        '.',
        '../../etc',
        '/etc/passwd',
        'C:\\Windows',
        'a\0b',
        'CON',
        'nul',
        ' . ',
        '..\\..',
        '~',
      ),
      fc.array(fc.constantFrom('..', '/', '\\', '\0', '.', 'x'), { maxLength: 12 }).map((p) => p.join('')),
    );
    await fc.assert(
      fc.asyncProperty(hostile, async (name) => {
        const folder = folderNameFor(name);
        expect(folder).not.toMatch(/[/\\\0]/);
        expect(folder).not.toMatch(/^\.+$/);
        const child = await uniqueChild(nodeFsPort, parent, folder);
        expect(dirname(child)).toBe(parent);
        expect(relative(parent, child).split(sep)).toHaveLength(1);
      }),
      { numRuns: 2000 },
    );
  });

  it('Windows device names stay ordinary even with an extension', () => {
    for (const name of [
      'con',
      'CON',
      'con.txt',
      'LPT1.final',
      'CONIN$',
      'conout$.x',
      'nul .tar.gz',
      'COM¹',
    ]) {
      const folder = folderNameFor(name);
      expect(isWindowsReservedName(folder)).toBe(false);
      expect(folder).toContain(name.trim());
    }
    expect(folderNameFor('Consulting offsite')).toBe('Consulting offsite');
    expect(folderNameFor('Q1.con')).toBe('Q1.con');
  });

  it('never reuses an existing entry, not even a symlink that leads elsewhere', async () => {
    const parent = join(root.path, 'parent');
    expect(await uniqueChild(nodeFsPort, parent, 'Q1 Offsite')).toBe(join(parent, 'Q1 Offsite 2'));
  });
});
