import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { summarizeQuarter } from '../../src/shared/domain/series/quarterSummary';
import { summarizeQuarterFromJson } from '../../src/shared/domain/series/quarterSummaryJson';
import { seriesTrends, type TrendPoint } from '../../src/shared/domain/series/trends';
import { encodeWorkspace } from '../../src/shared/domain/workspace';
import { validQbrWorkspace } from '../support/qbrWorkspace';
import { openOnTab } from './boardDriver';
import type { Harness } from './harness';
import { appPerTest } from './lifecycle';
import { afterOffsite, nextQuarter, readWorkspace } from './seriesDriver';

const apps = appPerTest();

/** Where the screenshots the README shows are written; set SCREENSHOTS=1 to refresh them. */
const SHOTS = process.env['SCREENSHOTS'] ? join('docs', 'screenshots') : null;

/** The text each cell of a measure's row shows (screen-reader words left out). */
async function rowCells(page: Page, measure: string): Promise<string[]> {
  const cells = await page
    .getByRole('row', { name: new RegExp(`^${measure}`) })
    .getByRole('cell')
    .all();
  return Promise.all(
    cells.map(async (cell) =>
      (await cell.locator('.trend-value, .trend-arrow > [aria-hidden], .trend-none').allTextContents())
        .map((text) => (text.startsWith('—') ? '—' : text))
        .join(' '),
    ),
  );
}

/** The arrow as a cell shows it: its shape and one word. */
function arrowOf(p: TrendPoint): string {
  const { direction, reading } = p.arrow!;
  const shape = { up: '↑', down: '↓', flat: '→' }[direction];
  const word = direction === 'flat' ? 'same' : (reading ?? (direction === 'up' ? 'higher' : 'lower'));
  return `${shape} ${word}`;
}

/** Scrolls so that this element is at the top of the window, for a screenshot. */
const toTop = (target: Locator) =>
  target.evaluate((el) => (el as { scrollIntoView(): void }).scrollIntoView());

/** Leaves the Setup tab and comes back: the series is read afresh. */
async function rereadSeries(app: Harness) {
  await app.page.getByRole('tab', { name: 'Priorities' }).click();
  await app.page.getByRole('tab', { name: 'Setup' }).click();
  await app.page.getByRole('heading', { name: 'Quarters in this series' }).waitFor();
}

async function quarterLabels(page: Page): Promise<string[]> {
  return page
    .getByRole('list', { name: 'Quarters in this series' })
    .locator('.series-quarter-label')
    .allTextContents();
}

describe('quarter after quarter, in Chromium over the real main process', () => {
  it('makes three quarters, shows their trends, and re-points a quarter whose folder was renamed', async () => {
    const app = await apps.launch({ viewport: { width: 1366, height: 768 } });
    const { page } = app;
    // Q1 commits effort on all three horizons: onboarding is Next, the SOC 2 audit Later.
    const q1 = validQbrWorkspace();
    const horizon: Record<string, 'next' | 'later'> = { pr2: 'next', pr3: 'later' };
    const q1Dir = await openOnTab(
      app,
      { ...q1, priorities: q1.priorities.map((p) => ({ ...p, horizon: horizon[p.id] ?? p.horizon })) },
      'Setup',
    );
    await nextQuarter(page, 'Q2 2027 Leadership Offsite');
    const q2Dir = join(app.documentsDir, 'Q2 2027 Leadership Offsite');
    // Last quarter's committed priorities came along to be graded.
    expect((await readWorkspace(q2Dir)).carriedIn?.commitments.map((c) => c.title)).toEqual([
      'Launch EU',
      'Self-serve onboarding',
      'SOC 2 audit',
    ]);
    await nextQuarter(page, 'Q3 2027 Leadership Offsite');
    const q3Dir = join(app.documentsDir, 'Q3 2027 Leadership Offsite');

    // Q2 is closed now: its offsite's results go into its file as the app would have saved them.
    await writeFile(join(q2Dir, 'workspace.json'), encodeWorkspace(afterOffsite(await readWorkspace(q2Dir))));
    await rereadSeries(app);
    expect(await quarterLabels(page)).toEqual(['2027-Q1', '2027-Q2', '2027-Q3']);

    // What the trends must say, worked out with the domain from the files themselves.
    const texts = await Promise.all([q1Dir, q2Dir].map((d) => readFile(join(d, 'workspace.json'), 'utf8')));
    const expected = seriesTrends([
      ...texts.map((t) => summarizeQuarterFromJson(t)),
      summarizeQuarter(await readWorkspace(q3Dir)),
    ]);
    const w = expected.metrics.find((m) => m.key === 'ranking-agreement')!.points;
    const done = expected.metrics.find((m) => m.key === 'commitment-completion')!.points;
    expect(w[1]!.value).not.toBeNull();
    expect(await rowCells(page, 'Ranking agreement')).toEqual([
      w[0]!.value!.toFixed(2),
      `${w[1]!.value!.toFixed(2)} ${arrowOf(w[1]!)}`,
      '—',
    ]);
    expect(done[1]!.value).toBeCloseTo(200 / 3);
    expect(await rowCells(page, 'Commitments completed')).toEqual([
      `${Math.round(done[0]!.value!)}%`,
      `${Math.round(done[1]!.value!)}% ${arrowOf(done[1]!)}`,
      '—',
    ]);
    if (SHOTS) {
      const top = page.locator('section.next-quarter');
      await toTop(top);
      await page.screenshot({ path: join(SHOTS, 'series-1366x768.png'), animations: 'disabled' });
      await toTop(page.getByRole('heading', { name: 'Trends, quarter on quarter' }));
      await page.screenshot({ path: join(SHOTS, 'series-charts-1366x768.png'), animations: 'disabled' });
      await page.setViewportSize({ width: 1920, height: 1080 });
      await toTop(top);
      await page.screenshot({ path: join(SHOTS, 'series-1920x1080.png'), animations: 'disabled' });
      await toTop(page.getByRole('heading', { name: 'Trends, quarter on quarter' }));
      await page.screenshot({ path: join(SHOTS, 'series-charts-1920x1080.png'), animations: 'disabled' });
    }

    // Q2's folder renamed behind the app's back: the link is explained, then re-pointed.
    const moved = join(app.documentsDir, 'Archive', 'Q2 2027 (closed)');
    await mkdir(join(app.documentsDir, 'Archive'));
    await rename(q2Dir, moved);
    await rereadSeries(app);
    const broken = page.locator('.series-quarter-missing');
    await broken.waitFor();
    expect(await broken.textContent()).toContain(
      '“Q2 2027 Leadership Offsite” (2027-Q2) is not where the link last saw it',
    );
    expect(await quarterLabels(page)).toEqual(['2027-Q2', '2027-Q3']);
    if (SHOTS) {
      await page.setViewportSize({ width: 1366, height: 768 });
      await toTop(page.locator('section.next-quarter'));
      await page.screenshot({ path: join(SHOTS, 'series-broken-link-1366x768.png'), animations: 'disabled' });
    }
    app.dialogs.workspaceFolders.push(moved);
    await page.getByRole('button', { name: 'Re-point…' }).click();
    await expect.poll(() => quarterLabels(page)).toEqual(['2027-Q1', '2027-Q2', '2027-Q3']);
    await page.getByTestId('save-status').getByText('Saved', { exact: true }).waitFor();
    await expect.poll(async () => (await readWorkspace(q3Dir)).series?.previous?.folderHint).toBe(moved);
    // Nothing was lost on the way: Q2's results are still in its file, where it now is.
    expect((await readWorkspace(moved)).rounds).toHaveLength(1);
  });
});
