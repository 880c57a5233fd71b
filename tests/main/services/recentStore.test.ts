import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nodeFsPort } from '../../../src/main/services/fsPort';
import { RecentStore } from '../../../src/main/services/recentStore';
import { makeTempDir } from '../../support/tempDir';

let dir: { path: string; cleanup: () => Promise<void> };
beforeEach(async () => {
  dir = await makeTempDir();
});
afterEach(() => dir.cleanup());

const entry = (path: string, name: string) => ({
  path,
  name,
  kind: 'qbr' as const,
  period: '2027-Q1',
  organisation: 'Acme',
  lastOpenedAt: '2026-11-21T09:00:00.000Z',
});

describe('RecentStore', () => {
  it('keeps the most recently opened first, once each, and marks vanished folders', async () => {
    const store = new RecentStore(nodeFsPort, join(dir.path, 'data'));
    const a = join(dir.path, 'A');
    const b = join(dir.path, 'B');
    for (const p of [a, b]) {
      await mkdir(p);
      await writeFile(join(p, 'workspace.json'), '{}');
    }
    await store.touch(entry(a, 'A'));
    await store.touch(entry(b, 'B'));
    await store.touch(entry(a, 'A again'));
    expect((await store.list()).map((e) => e.name)).toEqual(['A again', 'B']);
    await rm(b, { recursive: true });
    expect((await store.list()).map((e) => [e.name, e.missing])).toEqual([
      ['A again', false],
      ['B', true],
    ]);
    await store.remove(b);
    expect((await store.list()).map((e) => e.name)).toEqual(['A again']);
  });

  it('reads a damaged list as empty and repairs it on the next change', async () => {
    const data = join(dir.path, 'data');
    await mkdir(data);
    await writeFile(join(data, 'recent-workspaces.json'), '{"version":1,"entries":[{"__proto__":1}]}');
    const store = new RecentStore(nodeFsPort, data);
    expect(await store.list()).toEqual([]);
    await store.touch(entry(join(dir.path, 'X'), 'X'));
    expect((await store.list()).map((e) => e.name)).toEqual(['X']);
  });
});
