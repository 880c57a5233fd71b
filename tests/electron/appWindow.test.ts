import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron, type ElectronApplication } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { electronBinary } from './electronBinary';
import { encodeWorkspace } from '../../src/shared/domain/workspace';
import type { OffsiteApi } from '../../src/shared/ipc/api';
import { bigWorkspace } from '../support/workspaceArbitrary';

const binary = electronBinary();
if (!binary) {
  console.warn(
    '[electron] Skipping the Electron window tests: no Electron binary on this machine ' +
      '(it is downloaded on first run and downloads are not possible here). The same renderer and ' +
      'main-process handlers are covered in Chromium by tests/e2e.',
  );
}

describe.skipIf(!binary)('the packaged window (real Electron)', () => {
  let app: ElectronApplication;
  let userData: string;

  beforeAll(async () => {
    userData = await mkdtemp(join(tmpdir(), 'offsite-electron-'));
    app = await _electron.launch({
      executablePath: binary!,
      args: ['out/main/index.js', `--user-data-dir=${userData}`],
      env: { ...process.env, ELECTRON_ENABLE_LOGGING: '1' },
    });
  });
  afterAll(async () => {
    await app?.close();
    await rm(userData, { recursive: true, force: true });
  });

  it('opens on the home screen from app://, with the api and no Node in the page', async () => {
    const page = await app.firstWindow();
    await page.getByRole('button', { name: 'New workspace' }).waitFor();
    expect(page.url()).toBe('app://offsite/index.html');
    const probe = await page.evaluate(() => ({
      require: typeof (globalThis as { require?: unknown }).require,
      process: typeof (globalThis as { process?: unknown }).process,
      api: Object.keys((globalThis as unknown as { api: Record<string, unknown> }).api).sort(),
    }));
    expect(probe).toMatchObject({ require: 'undefined', process: 'undefined' });
    expect(probe.api).toEqual(expect.arrayContaining(['app', 'onMenuCommand', 'workspace']));
  });

  it('opens a large workspace: decoded in the worker, handed to the window over app://', async () => {
    const page = await app.firstWindow();
    const folder = join(userData, 'Large');
    await mkdir(folder);
    const w = bigWorkspace(3000, 500); // over the size where decoding moves to the worker
    await writeFile(join(folder, 'workspace.json'), encodeWorkspace(w));
    const opened = await page.evaluate(async (path) => {
      const api = (globalThis as unknown as { api: OffsiteApi }).api;
      const reply = await api.workspace.open({ path });
      return reply.ok
        ? { priorities: reply.value.workspace.priorities.length, name: reply.value.workspace.name }
        : reply;
    }, folder);
    expect(opened).toEqual({ priorities: 3000, name: w.name });
  });

  it('installs the application menu with the workspace commands', async () => {
    const labels = await app.evaluate(({ Menu }) =>
      (Menu.getApplicationMenu()?.items ?? []).flatMap((top) =>
        (top.submenu?.items ?? []).map((i) => i.label),
      ),
    );
    expect(labels).toEqual(expect.arrayContaining(['New Workspace…', 'Open Workspace…', 'Close Workspace']));
  });

  it('refuses to navigate away or open new windows', async () => {
    const page = await app.firstWindow();
    await page.evaluate(() => {
      const w = globalThis as unknown as { open: (u: string) => void; location: { href: string } };
      w.open('https://example.com');
      w.location.href = 'https://example.com';
    });
    await page.waitForTimeout(300);
    expect(page.url()).toBe('app://offsite/index.html');
    expect(app.windows()).toHaveLength(1);
  });
});
