import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron, type ElectronApplication, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { electronBinary } from './electronBinary';
import type { OffsiteApi } from '../../src/shared/ipc/api';

const binary = electronBinary();
if (!binary) {
  console.warn(
    '[electron] Skipping the audience window tests: no Electron binary on this machine (it is ' +
      'downloaded on first run and downloads are not possible here). The stage, the per-window ' +
      'rights and the display choice are covered in Node (tests/main) and in Chromium (tests/e2e/audience).',
  );
}

/** A laptop panel and a 1080p projector to its right, as Electron's `screen` reports them. */
const LAPTOP = {
  id: 1,
  internal: true,
  bounds: { x: 0, y: 0, width: 1512, height: 982 },
  workArea: { x: 0, y: 25, width: 1512, height: 957 },
};
const PROJECTOR = {
  id: 7,
  internal: false,
  bounds: { x: 1512, y: 0, width: 1920, height: 1080 },
  workArea: { x: 1512, y: 0, width: 1920, height: 1080 },
};

describe.skipIf(!binary)('the audience window (real Electron)', () => {
  let app: ElectronApplication;
  let userData: string;
  let presenter: Page;

  beforeAll(async () => {
    userData = await mkdtemp(join(tmpdir(), 'offsite-electron-'));
    app = await _electron.launch({
      executablePath: binary!,
      args: ['out/main/index.js', `--user-data-dir=${userData}`],
    });
    presenter = await app.firstWindow();
    await presenter.getByRole('button', { name: 'New workspace' }).waitFor();
  });
  afterAll(async () => {
    await app?.close();
    await rm(userData, { recursive: true, force: true });
  });

  /** Makes main's `screen` report these displays, and tells listeners they changed. */
  async function useDisplays(
    displays: Array<typeof LAPTOP>,
    event: 'display-added' | 'display-removed' | null,
  ) {
    await app.evaluate(
      ({ screen }, { list, event }) => {
        const reported = list.map((d, i) => ({ ...d, primary: i === 0, scaleFactor: 1, rotation: 0 }));
        Object.assign(screen, {
          getAllDisplays: () => reported,
          getPrimaryDisplay: () => reported[0],
          getDisplayMatching: () => reported[0],
        });
        if (event) screen.emit(event, {}, reported[0]);
      },
      { list: displays, event },
    );
  }

  async function audienceBounds() {
    return app.evaluate(({ BrowserWindow }) => {
      const win = BrowserWindow.getAllWindows().find((w) => w.webContents.getURL().endsWith('#audience'));
      return win ? { ...win.getBounds(), fullScreen: win.isFullScreen() } : null;
    });
  }

  it('opens full screen on the projector, not on the laptop panel, and shows only the stage', async () => {
    await useDisplays([LAPTOP, PROJECTOR], null);
    const status = await presenter.evaluate(() =>
      (globalThis as unknown as { api: OffsiteApi }).api.audience.open({}),
    );
    expect(status).toMatchObject({ ok: true, value: { open: true } });
    const audience = await app.waitForEvent('window', { timeout: 10_000 });
    await audience.waitForLoadState();
    expect(audience.url()).toBe('app://offsite/index.html#audience');
    await expect.poll(audienceBounds, { timeout: 10_000 }).toMatchObject({ x: 1512, fullScreen: true });
    // The audience window may not read or change a workspace.
    const refused = await audience.evaluate(() =>
      (globalThis as unknown as { api: OffsiteApi }).api.workspace.listRecent({}),
    );
    expect(refused).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    const stage = await audience.evaluate(() =>
      (globalThis as unknown as { api: OffsiteApi }).api.stage.current({}),
    );
    expect(stage).toMatchObject({ ok: true });
  });

  it('comes back to the laptop as a normal window when the projector cable is pulled', async () => {
    await useDisplays([LAPTOP], 'display-removed');
    await expect.poll(audienceBounds, { timeout: 10_000 }).toMatchObject({ fullScreen: false });
    const bounds = await audienceBounds();
    expect(bounds!.x + bounds!.width).toBeLessThanOrEqual(1512);
    // Nothing froze: the presenter still answers.
    await presenter.getByRole('button', { name: 'New workspace' }).waitFor();
  });
});
