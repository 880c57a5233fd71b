import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startAppServer } from '../../tests/e2e/appServer';
import { CHROMIUM_ARGS, CHROMIUM_PATH, launchApp } from '../../tests/e2e/harness';
import { makeTempDir } from '../../tests/support/tempDir';
import { bundlePage } from '../bundlePage';
import { round, withPeer, type BenchEntry } from '../measure';
import { valueInPage } from '../wait';

const RUNS = 9;
/** The home screen may take at most this many times as long as the bare page to answer. */
const BUDGET_RATIO = 2;
/**
 * The peer: React and ReactDOM drawing one "New workspace" button, built like the app
 * (production, minified) and marked the way the app marks its home screen: in the first
 * animation frame after the render, so both times end at a painted, answering button.
 */
const BARE_REACT_ENTRY = `
  import { createElement as h } from 'react';
  import { createRoot } from 'react-dom/client';

  function Bare() {
    return h('button', { type: 'button' }, 'New workspace');
  }
  createRoot(document.getElementById('root')).render(h(Bare));
  requestAnimationFrame(() => performance.mark('bare:interactive'));`;

const median = (xs: number[]) => round([...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!);

/**
 * Navigation → home screen painted with its recent workspaces (the app's own
 * performance mark), in Debian's Chromium with the real main-process handlers.
 * The peer is a bare React page (see BARE_REACT_ENTRY) served and measured the same way.
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
      // Each load starts from a quiet page, as the peer's does: after its home is up the app
      // fetches the other screens and starts the template library, and a reload during that
      // waits for it (over 100 ms on a busy machine), charging one load's aftermath to the next.
      await valueInPage<number>(
        page,
        () => performance.getEntriesByName('offsite:home-settled')[0]?.startTime,
        `the offsite:home-settled mark before reload ${i + 1}`,
      );
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
  await bundlePage(bare.path, 'bare', BARE_REACT_ENTRY);
  await writeFile(
    join(bare.path, 'index.html'),
    '<!doctype html><html><head><meta charset="utf-8"><title>bare</title>' +
      '<script type="module" src="./bare.js"></script></head><body><div id="root"></div></body></html>',
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
      const t = await valueInPage<number>(
        page,
        () => performance.getEntriesByName('bare:interactive')[0]?.startTime,
        `the bare React page's mark (load ${i + 1})`,
      );
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
      note: `median of ${RUNS} reloads, 8 recent workspaces; peer: bare React page, one button, built minified like the app; budget: ${BUDGET_RATIO}× the peer`,
    }),
  };
}
