import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startAppServer } from '../../tests/e2e/appServer';
import { CHROMIUM_ARGS, CHROMIUM_PATH, launchApp } from '../../tests/e2e/harness';
import { makeTempDir } from '../../tests/support/tempDir';
import { round, withPeer, type BenchEntry } from '../measure';
import { valueInPage, waitForPage } from '../wait';

const RUNS = 9;
/** The home screen may take at most this many times as long as the bare page to answer. */
const BUDGET_RATIO = 2;
const median = (xs: number[]) => round([...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!);

/**
 * Navigation → home screen painted with its recent workspaces (the app's own
 * performance mark), in Debian's Chromium with the real main-process handlers.
 * The peer is a bare static page in the same browser: the floor any page pays.
 */
export default async function runRendererBench(): Promise<Record<string, BenchEntry>> {
  const app = await launchApp({ viewport: { width: 1366, height: 768 } });
  const times: number[] = [];
  try {
    const { page } = app;
    for (let i = 0; i < 8; i++) {
      await page.getByRole('button', { name: 'New workspace' }).click();
      await page
        .getByRole('dialog')
        .getByLabel('Name')
        .fill(`Quarterly review ${i + 1}`);
      await page.getByRole('button', { name: 'Create workspace' }).click();
      await page.getByRole('button', { name: '← Home' }).click();
    }
    for (let i = 0; i < RUNS + 1; i++) {
      await page.reload();
      const at = await valueInPage<number>(
        page,
        () => performance.getEntriesByName('offsite:home-interactive')[0]?.startTime,
        `the offsite:home-interactive mark after reload ${i + 1}`,
      );
      if (i > 0) times.push(at);
    }
  } finally {
    await app.close();
  }

  const bare = await makeTempDir('offsite-bare-');
  await mkdir(join(bare.path, 'x'));
  await writeFile(
    join(bare.path, 'index.html'),
    '<!doctype html><title>bare</title><button>New workspace</button>',
  );
  const server = await startAppServer(bare.path);
  const profile = await makeTempDir('offsite-profile-');
  const context = await chromium.launchPersistentContext(profile.path, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  });
  const peer: number[] = [];
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    for (let i = 0; i < RUNS + 1; i++) {
      await page.goto(`${server.origin}/index.html`);
      // Evaluated in the page, as text: the page's Performance API is not Node's.
      await waitForPage(
        page,
        'performance.getEntriesByType("navigation")[0]?.loadEventEnd > 0',
        `the bare page's load event (load ${i + 1})`,
      );
      const t = await page.evaluate<number>('performance.getEntriesByType("navigation")[0].loadEventEnd');
      if (i > 0) peer.push(t);
    }
  } finally {
    await context.close();
    await server.close();
    await profile.cleanup();
    await bare.cleanup();
  }
  const baseline = median(peer);
  return {
    'renderer.home.interactive': withPeer(median(times), baseline, {
      budget: round(baseline * BUDGET_RATIO),
      note: `median of ${RUNS} reloads, 8 recent workspaces; peer: bare static page load; budget: ${BUDGET_RATIO}× the peer`,
    }),
  };
}
