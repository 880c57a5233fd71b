import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { hasDisplay, openPreview } from '../../scripts/preview-browser';
import { makeTempDir } from '../support/tempDir';
import type { Harness } from './harness';

const TIME_LIMIT_MS = 60_000;
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

let app: Harness | null = null;
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  await app?.close();
  app = null;
  await Promise.all(cleanups.splice(0).map((cleanup) => cleanup()));
});

function runPreviewScript(
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ code: number | null; output: string }> {
  return new Promise((done, fail) => {
    const child = spawn(
      process.execPath,
      [resolve('node_modules/tsx/dist/cli.mjs'), resolve('scripts/preview-browser.ts'), ...args],
      { env, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(new Error(`preview:browser did not finish within ${TIME_LIMIT_MS} ms: ${output}`));
    }, TIME_LIMIT_MS);
    child.on('error', fail);
    child.on('close', (code) => {
      clearTimeout(timer);
      done({ code, output });
    });
  });
}

describe('npm run preview:browser, the app without the Electron binary', () => {
  it('opens a window where there is a display, and runs headless on a Linux machine without one', () => {
    expect(hasDisplay({ DISPLAY: ':0' }, 'linux')).toBe(true);
    expect(hasDisplay({ WAYLAND_DISPLAY: 'wayland-0' }, 'linux')).toBe(true);
    expect(hasDisplay({}, 'linux')).toBe(false);
    expect(hasDisplay({}, 'darwin')).toBe(true);
    expect(hasDisplay({}, 'win32')).toBe(true);
  });

  it('shows the home screen, and a workspace made there is written to disk by the real handlers', async () => {
    app = await openPreview({ headless: true });
    const { page } = app;
    await page.getByText('No workspaces yet').waitFor();

    await page.getByRole('button', { name: 'New workspace' }).click();
    const dialog = page.getByRole('dialog', { name: 'New workspace' });
    await dialog.getByLabel('Name').fill('Preview offsite');
    await dialog.getByRole('button', { name: 'Create workspace' }).click();
    await page.getByRole('heading', { level: 1, name: 'Preview offsite' }).waitFor();

    const file = join(app.documentsDir, 'Offsite', 'Preview offsite', 'workspace.json');
    await expect
      .poll(
        async () => (JSON.parse(await readFile(file, 'utf8').catch(() => '{}')) as { name?: string }).name,
      )
      .toBe('Preview offsite');
    expect(app.problems).toEqual([]);
  });

  it('without a display, saves a picture of the home screen, says where it is, and exits', async () => {
    const out = await makeTempDir('offsite-preview-');
    cleanups.push(out.cleanup);
    const picture = join(out.path, 'home.png');
    const env = { ...process.env };
    delete env['DISPLAY'];
    delete env['WAYLAND_DISPLAY'];

    const run = await runPreviewScript([picture], env);

    expect(run.output).toContain(
      `No display here, so Chromium ran headless: the home screen is in ${picture}`,
    );
    expect(run.code).toBe(0);
    expect((await readFile(picture)).subarray(0, 8)).toEqual(PNG_SIGNATURE);
  });
});
