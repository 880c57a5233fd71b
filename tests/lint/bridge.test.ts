import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const RENDERER = 'src/renderer/src';

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((e) =>
      e.isDirectory() ? sourceFiles(join(dir, e.name)) : Promise.resolve([join(dir, e.name)]),
    ),
  );
  return nested.flat().filter((f) => /\.tsx?$/.test(f));
}

describe('the window reaches the main process one way', () => {
  it('only src/renderer/src/bridge.ts reads window.api', async () => {
    const readers: string[] = [];
    for (const file of await sourceFiles(RENDERER)) {
      if (/\bwindow\.api\b|window\[['"]api['"]\]/.test(await readFile(file, 'utf8'))) {
        readers.push(relative(RENDERER, file));
      }
    }
    expect(readers).toEqual(['bridge.ts']);
  });
});
