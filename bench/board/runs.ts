import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { encodeWorkspace, type Workspace } from '../../src/shared/domain/workspace';
import { CHROMIUM_ARGS, CHROMIUM_PATH, launchApp } from '../../tests/e2e/harness';
import { makeTempDir } from '../../tests/support/tempDir';
import type { BareGraph } from './barePage';
import { evaluateWithin, WAIT_MS, waitForPage, waitVisible } from '../wait';
import { countShown, MEASURE_PAN, measureRender, PAN_MS, RENDER_LIMIT_MS } from './inPage';

export const VIEWPORT = { width: 1920, height: 1080 };
/** Time for the page to settle between the render and the pan (timers, idle work). */
const SETTLE_MS = 1000;

export type PanResult = { deltas: number[]; zoomRatio: number; shiftMax: number; k0: number };
export type RunResult = { renderMs: number; pan: PanResult };

const OUR_CARD = '.react-flow__node-card';
const BARE_NODE = '.react-flow__node-default';

/** In one page: the render, then (after `afterRender` and a pause) the pan from the fitted view. */
async function measure(
  page: Page,
  start: string,
  selector: string,
  expected: number,
  afterRender: () => Promise<unknown> = () => Promise.resolve(),
): Promise<RunResult> {
  const renderMs = await evaluateWithin<number>(
    page,
    measureRender(start, selector, expected),
    RENDER_LIMIT_MS + WAIT_MS,
    `the render of ${expected} ${selector} nodes to be measured in the page`,
  );
  const shown = await page.evaluate<number>(countShown(selector));
  if (shown !== expected) throw new Error(`${shown} of ${expected} nodes in view after the fit`);
  await afterRender();
  await page.waitForTimeout(SETTLE_MS);
  // Ends by itself after PAN_MS of frames; only a page that stopped painting outlives the limit.
  const pan = await evaluateWithin<PanResult>(
    page,
    MEASURE_PAN,
    PAN_MS + WAIT_MS,
    `the ${PAN_MS / 1000} s pan and zoom to finish in the page (animation frames stopped?)`,
  );
  return { renderMs, pan };
}

/**
 * Our board in a fresh app (fresh profile): the workspace opened through Open… and the
 * real handlers, then the Board tab clicked inside the measurement. Also returns what the
 * bare page needs to match it: each card's position on the canvas and the pane's rectangle.
 */
export async function runOurs(
  workspace: Workspace,
): Promise<RunResult & { positions: Map<string, { x: number; y: number }>; pane: BareGraph['pane'] }> {
  const app = await launchApp({ viewport: VIEWPORT });
  try {
    const { page } = app;
    const dir = join(app.documentsDir, workspace.name);
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, 'workspace.json'), encodeWorkspace(workspace));
    app.dialogs.workspaceFolders.push(dir);
    await page.getByRole('button', { name: /^Open/ }).click();
    await waitVisible(
      page.getByRole('heading', { level: 1, name: workspace.name }),
      `the opened workspace "${workspace.name}"`,
    );
    await page.waitForTimeout(SETTLE_MS);
    const clickTab = `[...document.querySelectorAll('[role="tab"]')].find((t) => t.textContent.trim() === 'Board').click()`;
    type Layout = { positions: Array<[string, number, number]>; pane: BareGraph['pane'] };
    let layout: Layout | undefined;
    const readLayout = async () => {
      layout = await page.evaluate<Layout>(READ_LAYOUT);
    };
    const result = await measure(page, clickTab, OUR_CARD, workspace.priorities.length, readLayout);
    if (!layout) throw new Error('the board layout was not read');
    if (app.problems.length > 0) throw new Error(`the app reported: ${app.problems.join('; ')}`);
    return {
      ...result,
      positions: new Map(layout.positions.map(([id, x, y]) => [id, { x, y }])),
      pane: layout.pane,
    };
  } finally {
    await app.close();
  }
}

/** Where React Flow placed each card (translate(x px, y px), flow coordinates) and the pane. */
const READ_LAYOUT = `(() => {
  const b = document.querySelector('.react-flow__pane').getBoundingClientRect();
  const positions = [...document.querySelectorAll(${JSON.stringify(OUR_CARD)})].map((n) => {
    const m = /translate\\((-?[\\d.]+)px, (-?[\\d.]+)px\\)/.exec(n.style.transform);
    return [n.dataset.id, Number(m[1]), Number(m[2])];
  });
  return { positions, pane: { left: b.left, top: b.top, width: b.width, height: b.height } };
})()`;

/** The bare page in a fresh Chromium profile with the same flags and viewport. */
export async function runBare(origin: string, graph: BareGraph): Promise<RunResult> {
  const profile = await makeTempDir('offsite-profile-');
  const context = await chromium.launchPersistentContext(profile.path, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    headless: true,
    viewport: VIEWPORT,
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('console', (m) => (m.type() === 'error' ? problems.push(m.text()) : undefined));
    await page.goto(`${origin}/index.html`);
    await waitForPage(page, 'window.__mountBare !== undefined', 'the bare React Flow bundle to load');
    await page.evaluate(
      (g) => ((globalThis as unknown as { __bareGraph: BareGraph }).__bareGraph = g),
      graph,
    );
    await page.waitForTimeout(SETTLE_MS);
    const result = await measure(
      page,
      'window.__mountBare(window.__bareGraph)',
      BARE_NODE,
      graph.nodes.length,
    );
    if (problems.length > 0) throw new Error(`the bare page reported: ${problems.join('; ')}`);
    return result;
  } finally {
    await context.close();
    await profile.cleanup();
  }
}
