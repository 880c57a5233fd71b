import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

/**
 * The built main process, checked without Electron: every file parses (a name clash with
 * what electron-vite injects, such as a second `require`, only shows at app start), and
 * the deck's stylesheet (deckCss.generated.ts) made it into the bundle.
 */
const run = promisify(execFile);
const MAIN = 'out/main';

describe('the built main-process bundle', () => {
  it('exists (npm test builds first)', () => {
    expect(existsSync(join(MAIN, 'index.js'))).toBe(true);
  });

  it('parses, chunk by chunk', async () => {
    const chunks = existsSync(join(MAIN, 'chunks')) ? await readdir(join(MAIN, 'chunks')) : [];
    for (const file of ['index.js', ...chunks.map((c) => join('chunks', c))]) {
      await expect(run(process.execPath, ['--check', join(MAIN, file)])).resolves.toBeDefined();
    }
  });

  it('carries the deck stylesheet for the PDF', async () => {
    const chunks = existsSync(join(MAIN, 'chunks')) ? await readdir(join(MAIN, 'chunks')) : [];
    const texts = await Promise.all(
      ['index.js', ...chunks.map((c) => join('chunks', c))].map((f) => readFile(join(MAIN, f), 'utf8')),
    );
    expect(texts.some((t) => t.includes('.deck-slide-title'))).toBe(true);
  });
});
