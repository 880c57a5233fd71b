import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isTempFileName, writeFileAtomic } from '../../../src/main/services/atomicWrite';
import { nodeFsPort } from '../../../src/main/services/fsPort';
import { faultyFs } from '../../support/faultyFs';
import { makeTempDir } from '../../support/tempDir';

let dir: { path: string; cleanup: () => Promise<void> };
beforeEach(async () => {
  dir = await makeTempDir();
});
afterEach(() => dir.cleanup());

describe('writeFileAtomic', () => {
  it('replaces the file and leaves no temp file behind', async () => {
    const target = join(dir.path, 'workspace.json');
    await writeFile(target, 'old');
    await writeFileAtomic(nodeFsPort, target, 'new');
    expect(await readFile(target, 'utf8')).toBe('new');
    expect(await readdir(dir.path)).toEqual(['workspace.json']);
  });

  it('creates the file when it does not exist yet', async () => {
    const target = join(dir.path, 'fresh.json');
    await writeFileAtomic(nodeFsPort, target, '{}');
    expect(await readFile(target, 'utf8')).toBe('{}');
  });

  for (const code of ['ENOSPC', 'EIO', 'EACCES'] as const) {
    it(`D2: on ${code} at any step the previous bytes stay identical and no temp file is left`, async () => {
      const target = join(dir.path, 'workspace.json');
      const previous = '{"version":"A"}';
      await writeFile(target, previous);
      // Count the steps of a successful write, then fail each one in turn.
      const probe = faultyFs(Number.MAX_SAFE_INTEGER, code);
      await writeFileAtomic(probe, target, previous);
      const steps = probe.calls;
      expect(steps).toBeGreaterThanOrEqual(5);
      for (let k = 1; k <= steps; k++) {
        const fs = faultyFs(k, code);
        const outcome = await writeFileAtomic(fs, target, '{"version":"B"}').then(
          () => 'written',
          (error: NodeJS.ErrnoException) => error.code,
        );
        const now = await readFile(target, 'utf8');
        const leftovers = (await readdir(dir.path)).filter(isTempFileName);
        expect(leftovers, `temp file left after failing step ${k}`).toEqual([]);
        if (outcome === code) {
          // Failing before the rename keeps A; failing after it (fsync of the folder) keeps B.
          expect(['{"version":"A"}', '{"version":"B"}']).toContain(now);
          if (now === '{"version":"B"}') await writeFile(target, previous);
        } else {
          expect(now).toBe('{"version":"B"}');
          await writeFile(target, previous);
        }
      }
    });
  }
});
