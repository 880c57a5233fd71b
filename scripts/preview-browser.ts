/**
 * `npm run preview:browser`: the built app in Chromium, for a machine without Electron's
 * binary. `window.api` is bound to the real main-process handlers (the table `ipcMain`
 * registers) over throwaway folders, as in the end-to-end tests; only the native file
 * dialogs are missing. Without a display, Chromium runs headless and a picture of the home
 * screen is saved instead: `npx tsx scripts/preview-browser.ts [picture.png]`.
 */
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CHROMIUM_PATH, launchApp, type Harness } from '../tests/e2e/harness';

/** Whether a browser window can be shown: X11 or Wayland on Linux and the BSDs, always elsewhere. */
export function hasDisplay(env: NodeJS.ProcessEnv, platform: NodeJS.Platform): boolean {
  if (!['linux', 'freebsd', 'openbsd'].includes(platform)) return true;
  return Boolean(env['DISPLAY'] || env['WAYLAND_DISPLAY']);
}

/** The app in Chromium, once its home screen is up. */
export async function openPreview(options: { headless: boolean }): Promise<Harness> {
  const app = await launchApp({ headless: options.headless });
  try {
    await app.page.getByRole('button', { name: 'New workspace' }).waitFor({ timeout: 30_000 });
  } catch (error) {
    await app.close();
    throw error;
  }
  return app;
}

async function showInWindow(): Promise<void> {
  const app = await openPreview({ headless: false });
  console.log(
    `Offsite is open in Chromium with the real main-process handlers; workspaces go to ${app.documentsDir} ` +
      'and are deleted when you close the window (or press Ctrl+C here).',
  );
  await new Promise<void>((done) => {
    app.context.once('close', () => done());
    process.once('SIGINT', () => done());
    process.once('SIGTERM', () => done());
  });
  await app.close();
}

async function pictureOfHome(picturePath: string): Promise<void> {
  const app = await openPreview({ headless: true });
  try {
    await mkdir(dirname(picturePath), { recursive: true });
    await app.page.screenshot({ path: picturePath });
  } finally {
    await app.close();
  }
  console.log(
    `No display here, so Chromium ran headless: the home screen is in ${picturePath}; ` +
      'run npm run preview:browser in a desktop session to use the app.',
  );
}

async function main(): Promise<void> {
  if (!existsSync(CHROMIUM_PATH)) {
    console.error(
      `No Chromium at ${CHROMIUM_PATH}: install it (apt-get install chromium) or set CHROMIUM_PATH to a Chromium or Chrome executable.`,
    );
    process.exitCode = 1;
    return;
  }
  if (hasDisplay(process.env, process.platform)) await showInWindow();
  else await pictureOfHome(resolve(process.argv[2] ?? '.tmp/preview-home.png'));
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) await main();
