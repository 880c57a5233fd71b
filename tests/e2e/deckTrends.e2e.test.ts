import { execFile } from 'node:child_process';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { departmentBrief } from '../../src/shared/domain/cascade';
import { summarizeQuarter } from '../../src/shared/domain/series/quarterSummary';
import { summarizeQuarterFromJson } from '../../src/shared/domain/series/quarterSummaryJson';
import { seriesTrends } from '../../src/shared/domain/series/trends';
import { encodeWorkspace } from '../../src/shared/domain/workspace';
import type { OpenedWorkspace } from '../../src/shared/ipc/contract';
import type { Result } from '../../src/shared/ipc/result';
import { validQbrWorkspace } from '../support/qbrWorkspace';
import { openOnTab } from './boardDriver';
import { appPerTest } from './lifecycle';
import { openAudienceFromConsole } from './presenterDriver';
import { afterOffsite, nextQuarter, readWorkspace } from './seriesDriver';

// The deck's trend slides over three real quarters in Chromium and the real main process:
// the numbers in the preview and in the exported PDF, and the PDF's pages as pictures.
const apps = appPerTest();
const run = promisify(execFile);
const SHOTS = join('docs', 'screenshots');

/** window.api.<group>.<method>(request) in the page, exactly as the renderer calls it. */
async function call<T>(page: Page, channel: string, request: unknown): Promise<T> {
  const [group, method] = channel.split(':') as [string, string];
  const result = (await page.evaluate(
    ({ group, method, request }) =>
      (globalThis as unknown as { api: Record<string, Record<string, (r: unknown) => Promise<unknown>>> })
        .api[group]![method]!(request),
    { group, method, request },
  )) as Result<T>;
  if (!result.ok) throw new Error(`${result.code}: ${result.message}`);
  return result.value;
}

const preview = (page: Page) => page.getByRole('region', { name: 'Slide preview' });

describe('the Alignment trends section over three quarters', () => {
  it('shows the series’ numbers in the preview and in the exported PDF', async () => {
    const app = await apps.launch({ viewport: { width: 1366, height: 768 } });
    const { page } = app;
    const q1 = validQbrWorkspace();
    const horizon: Record<string, 'next' | 'later'> = { pr2: 'next', pr3: 'later' };
    const q1Dir = await openOnTab(
      app,
      { ...q1, priorities: q1.priorities.map((p) => ({ ...p, horizon: horizon[p.id] ?? p.horizon })) },
      'Setup',
    );
    await nextQuarter(page, 'Q2 2027 Leadership Offsite');
    const q2Dir = join(app.documentsDir, 'Q2 2027 Leadership Offsite');
    await nextQuarter(page, 'Q3 2027 Leadership Offsite');
    const q3Dir = join(app.documentsDir, 'Q3 2027 Leadership Offsite');
    // Q2 is closed now: its offsite's results go into its file as the app would have saved them.
    await writeFile(join(q2Dir, 'workspace.json'), encodeWorkspace(afterOffsite(await readWorkspace(q2Dir))));

    // What the slides must say, worked out with the domain from the files themselves.
    const texts = await Promise.all([q1Dir, q2Dir].map((d) => readFile(join(d, 'workspace.json'), 'utf8')));
    const expected = seriesTrends([
      ...texts.map((t) => summarizeQuarterFromJson(t)),
      summarizeQuarter(await readWorkspace(q3Dir)),
    ]);
    const w = expected.metrics.find((m) => m.key === 'ranking-agreement')!.points;
    const done = expected.metrics.find((m) => m.key === 'commitment-completion')!.points;
    const w1 = w[0]!.value!.toFixed(2);
    const w2 = w[1]!.value!.toFixed(2);
    expect(w[1]!.arrow).not.toBeNull();
    const shown = [
      'Quarters: 2027-Q1 → 2027-Q2 → 2027-Q3 (this quarter)',
      w1,
      w2,
      `${Math.round(done[0]!.value!)}%`,
      `${Math.round(done[1]!.value!)}%`,
      'no figure',
    ];

    // The Trends section, added to Q3's deck in the QBR tab.
    await page.getByRole('tab', { name: 'QBR' }).click();
    await page.getByRole('button', { name: 'Create deck' }).click();
    const outline = page.getByRole('list', { name: 'Deck sections' });
    await outline.waitFor();
    await page.getByLabel('Type of the new section').selectOption('trends');
    await page.getByRole('button', { name: 'Add section' }).click();
    const slides = preview(page).getByRole('figure').filter({ hasText: 'Alignment trends' });
    await expect.poll(() => slides.first().textContent(), { timeout: 20_000 }).toContain(shown[0]);
    const previewText = (await slides.allTextContents()).join(' ');
    // The arrow of Q2 against Q1 is on its bar, in its words.
    const arrow = w[1]!.arrow!;
    const word = arrow.direction === 'flat' ? 'same' : (arrow.reading ?? '');
    for (const text of [...shown, word]) {
      expect(previewText).toContain(text);
    }
    expect(previewText).not.toContain('could not be read');

    // The PDF, through the app's own export, with the earlier quarters read by main.
    const target = join(app.documentsDir, 'Q3 deck.pdf');
    app.dialogs.saveFiles.push(target);
    await page.getByRole('button', { name: 'Export PDF…' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved the PDF' }).waitFor({ timeout: 60_000 });
    const pdf = (await run('pdftotext', ['-layout', target, '-'])).stdout;
    for (const text of [w1, w2, `${Math.round(done[0]!.value!)}%`, 'no figure', 'Alignment trends']) {
      expect(pdf).toContain(text);
    }
    expect(pdf).toContain('2027-Q1 → 2027-Q2 → 2027-Q3');
    expect(pdf).not.toContain('could not be read');

    // The trend pages as a room would see them, 1920 wide, kept for a person to look at.
    const pages = pdf.split('\f');
    const trendPages = pages.flatMap((p, i) => (p.includes('Alignment trends') ? [i + 1] : []));
    expect(trendPages.length).toBeGreaterThan(0);
    await mkdir(SHOTS, { recursive: true });
    for (const [n, pageNumber] of trendPages.entries()) {
      const base = join(SHOTS, `deck-trends-${n + 1}`);
      const p = String(pageNumber);
      await run('pdftoppm', [
        '-png',
        '-r',
        '144',
        '-scale-to-x',
        '1920',
        '-scale-to-y',
        '-1',
        '-f',
        p,
        '-l',
        p,
        '-singlefile',
        target,
        base,
      ]);
    }
    const written = (await readdir(SHOTS)).filter((f) => f.startsWith('deck-trends-'));
    expect(written.length).toBeGreaterThanOrEqual(trendPages.length);
    // On the projector the trend slide reads the same earlier quarters as the preview.
    const audience = await openAudienceFromConsole(app);
    await page
      .getByRole('region', { name: 'Running order' })
      .getByRole('button', { name: /^Slide: Alignment trends/ })
      .first()
      .click();
    await expect.poll(() => audience.textContent('body'), { timeout: 15_000 }).toContain(shown[0]);
    const projected = (await audience.textContent('body')) ?? '';
    for (const text of [w1, w2]) expect(projected).toContain(text);
    expect(projected).not.toContain('could not be read');

    // The quarter folders are left as they were: exporting never writes a quarter.
    expect((await readWorkspace(q2Dir)).rounds).toHaveLength(1);
  });

  it('prints a department brief whose PDF Title says it is that department’s brief', async () => {
    const app = await apps.launch();
    const opened = await call<OpenedWorkspace>(app.page, 'workspace:create', {
      input: {
        name: 'Q1 2027 Leadership Offsite',
        kind: 'qbr',
        period: '2027-Q1',
        organisation: 'Northwind',
      },
      parentDir: app.documentsDir,
    });
    const base = validQbrWorkspace({ base: opened.workspace });
    const workspace = {
      ...base,
      cascade: { departments: [{ id: 'sales', name: 'Sales', capacity: 10 }], contributions: [] },
    };
    const target = join(app.documentsDir, 'Sales brief.pdf');
    app.dialogs.saveFiles.push(target);
    const path = await call<string>(app.page, 'deck:chooseExportPath', {
      handle: opened.handle,
      day: '2027-01-15',
      brief: 'Sales',
    });
    await call(app.page, 'deck:exportPdf', {
      handle: opened.handle,
      workspace: { ...workspace, deck: departmentBrief(workspace, 'sales') },
      day: '2027-01-15',
      path,
    });
    const info = (await run('pdfinfo', [target])).stdout;
    expect(/^Title:\s+(.*)$/m.exec(info)?.[1]).toBe('Sales brief – Q1 2027 Leadership Offsite – 2027-Q1');
  });
});
