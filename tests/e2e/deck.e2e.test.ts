import { execFile } from 'node:child_process';
import { mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { buildSlides } from '../../src/shared/domain/deck';
import type { Workspace } from '../../src/shared/domain/workspace';
import type { OpenedWorkspace } from '../../src/shared/ipc/contract';
import type { Result } from '../../src/shared/ipc/result';
import { qbrWorkspace, type QbrOptions } from '../support/qbrWorkspace';
import { makeReadOnly } from '../support/readOnlyDir';
import type { Harness } from './harness';
import { appPerTest } from './lifecycle';

// The PDF deck through the real `deck:*` handlers, printed by this Chromium (page.pdf),
// checked with poppler: page count, text, fonts, and what a failing disk leaves behind.
const apps = appPerTest();
const run = promisify(execFile);
const DAY = '2027-01-15';

/** window.api.<group>.<method>(request) in the page, exactly as the renderer calls it. */
async function call<T>(page: Page, channel: string, request: unknown): Promise<Result<T>> {
  const [group, method] = channel.split(':') as [string, string];
  return page.evaluate(
    ({ group, method, request }) =>
      (globalThis as unknown as { api: Record<string, Record<string, (r: unknown) => Promise<unknown>>> })
        .api[group]![method]!(request),
    { group, method, request },
  ) as Promise<Result<T>>;
}
const value = <T>(result: Result<T>): T => {
  if (!result.ok) throw new Error(`${result.code}: ${result.message}`);
  return result.value;
};

type Exported = { path: string; pages: number; bytes: number };

/** A workspace created through the app, filled with a whole offsite, saved through the app. */
async function savedQbr(
  app: Harness,
  options: QbrOptions = {},
): Promise<{ handle: string; workspace: Workspace; dir: string }> {
  const opened = value(
    await call<OpenedWorkspace>(app.page, 'workspace:create', {
      input: {
        name: 'Q1 2027 Leadership Offsite',
        kind: 'qbr',
        period: '2027-Q1',
        organisation: 'Northwind Traders',
      },
      parentDir: app.documentsDir,
    }),
  );
  const workspace = qbrWorkspace({ ...options, base: opened.workspace });
  value(await call(app.page, 'workspace:save', { handle: opened.handle, workspace }));
  return { handle: opened.handle, workspace, dir: opened.path };
}

const pdfText = async (path: string) => (await run('pdftotext', ['-layout', path, '-'])).stdout;
const pdfPages = async (path: string) =>
  Number(/^Pages:\s+(\d+)/m.exec((await run('pdfinfo', [path])).stdout)?.[1]);

describe('QBR deck to PDF (real handlers, Chromium printer)', () => {
  it('prints one 16:9 page per slide with the workspace in it, in the bundled font', async () => {
    const app = await apps.launch();
    const { handle, workspace, dir } = await savedQbr(app, { kpiRows: 40 });
    const result = value(await call<Exported>(app.page, 'deck:exportPdf', { handle, day: DAY }));
    const slides = buildSlides(workspace, workspace.deck!, { date: DAY });

    expect(result.path).toBe(join(dir, 'exports', `Q1 2027 Leadership Offsite - QBR ${DAY}.pdf`));
    expect(await pdfPages(result.path)).toBe(slides.length);
    expect(result.pages).toBe(slides.length);
    const info = (await run('pdfinfo', [result.path])).stdout;
    expect(info).toMatch(/Page size:\s+960 x 540 pts/);

    const text = await pdfText(result.path);
    for (const shown of [
      'Northwind Traders',
      '15 January 2027',
      'Launch EU',
      'Self-serve onboarding',
      'Commit to Launch EU',
      'Vendor contract signed for three years',
      'Hire EU country lead',
      'Partner API slips six weeks',
      'KPI scorecard (2/5)',
      'KPI scorecard (5/5)',
      `${slides.length} / ${slides.length}`,
    ]) {
      expect(text).toContain(shown);
    }
    expect(text).toMatch(/confidential/i);
    const fonts = (await run('pdffonts', [result.path])).stdout;
    expect(fonts).toMatch(/Inter/);
  });

  it('leaves "Confidential" out when the deck says so, exporting the unsaved workspace as shown', async () => {
    const app = await apps.launch();
    const { handle, workspace } = await savedQbr(app);
    const edited = { ...workspace, deck: { ...workspace.deck!, confidential: false } };
    const result = value(
      await call<Exported>(app.page, 'deck:exportPdf', { handle, workspace: edited, day: DAY }),
    );
    const text = await pdfText(result.path);
    expect(text).toContain('Launch EU');
    expect(text).not.toMatch(/confidential/i);
  });

  it('saves where the save dialog points, then shows the file in its folder', async () => {
    const app = await apps.launch();
    const { handle } = await savedQbr(app);
    const target = join(app.documentsDir, 'Board pack.pdf');
    app.dialogs.saveFiles.push(target);
    const chosen = value(await call<string | null>(app.page, 'deck:chooseExportPath', { handle, day: DAY }));
    expect(chosen).toBe(target);
    const result = value(
      await call<Exported>(app.page, 'deck:exportPdf', { handle, day: DAY, path: chosen }),
    );
    expect(result.path).toBe(target);
    expect(await pdfPages(target)).toBe(result.pages);
    value(await call(app.page, 'deck:showInFolder', { path: target }));
    expect(app.dialogs.shownInFolder).toEqual([target]);
    // A path the dialog never gave is refused: the page cannot write or reveal anywhere else.
    const elsewhere = await call(app.page, 'deck:exportPdf', {
      handle,
      path: join(app.documentsDir, 'x.pdf'),
    });
    expect(elsewhere).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await call(app.page, 'deck:showInFolder', { path: '/etc/passwd' })).toMatchObject({ ok: false });
  });

  it('a read-only exports folder gives a clear error and leaves no file', async () => {
    const app = await apps.launch();
    const { handle, dir } = await savedQbr(app);
    const exportsDir = join(dir, 'exports');
    await mkdir(exportsDir);
    const undo = await makeReadOnly(exportsDir);
    try {
      const result = await call(app.page, 'deck:exportPdf', { handle, day: DAY });
      expect(result).toMatchObject({ ok: false, code: 'PERMISSION' });
      expect(!result.ok && result.message).toMatch(/not allowed to write in .*exports/);
      expect(await readdir(exportsDir)).toEqual([]);
    } finally {
      await undo();
    }
  });

  it('prints Greek, Cyrillic, Arabic, Hebrew and accented Latin in the bundled fonts only, as a tagged PDF', async () => {
    const app = await apps.launch();
    const { handle, workspace } = await savedQbr(app);
    const cover = 'Zürich, Kraków & São Paulo: équipe de direction';
    const titles = [
      'Στρατηγική ανάπτυξης',
      'Выход на рынок ЕС',
      'توسيع السوق',
      'הרחבת השוק',
      'Łódź, Ørsted, Œuvre',
    ];
    const body = 'Συμφωνία, согласие, اتفاق, הסכמה.';
    // Every section of the built-in deck, with the KPI status marks (● ▲ ■), the focus star
    // (★) and the board's axis arrows (→): the symbol families draw them.
    let next = 0;
    const sections = workspace.deck!.sections.map((section) =>
      section.type === 'title'
        ? { ...section, title: cover }
        : { ...section, title: titles[next++] ?? section.title, markdown: body },
    );
    const edited = { ...workspace, deck: { ...workspace.deck!, sections } };
    const result = value(
      await call<Exported>(app.page, 'deck:exportPdf', { handle, workspace: edited, day: DAY }),
    );

    // The text comes back in reading order (bidi embedding marks aside). Spaces are left out
    // of the comparison: lines wrap, and poppler splits an Arabic word where glyphs join.
    // In a paragraph that mixes directions, the runs may come back in another order.
    const squash = (t: string) => t.replace(/[\s\u202a-\u202e]/g, '');
    const text = squash(await pdfText(result.path));
    for (const shown of [cover, ...titles, ...body.split(/[ ,.]+/).filter(Boolean)]) {
      expect(text).toContain(squash(shown));
    }

    // Every font is embedded, subset, and one of the bundled families: nothing from this machine.
    const fonts = (await run('pdffonts', [result.path])).stdout.split('\n').slice(2).filter(Boolean);
    const names = fonts.map((row) => row.split(/\s+/)[0]!.replace(/^[A-Z]{6}\+/, ''));
    expect(names.filter((name) => !/^(Inter|NotoSans)/.test(name))).toEqual([]);
    expect(names).toEqual(expect.arrayContaining([expect.stringMatching(/^NotoSansArabic/)]));
    expect(names).toEqual(expect.arrayContaining([expect.stringMatching(/^NotoSansHebrew/)]));
    expect(names).toEqual(expect.arrayContaining([expect.stringMatching(/^NotoSansSymbols2/)]));
    for (const row of fonts) expect(row).toMatch(/\byes\s+yes\s+yes\s+\d+\s+\d+$/);

    // Right-to-left titles start at the slide's right edge (960 pt page, 48 pt margin).
    const words = [
      ...(await run('pdftotext', ['-bbox', result.path, '-'])).stdout.matchAll(
        /<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)"[^>]*>([^<]*)</g,
      ),
    ].map(([, xMin, xMax, word]) => ({ xMin: Number(xMin), xMax: Number(xMax), word: word! }));
    for (const script of [/[\u0600-\u06ff]/, /[\u0590-\u05ff]/]) {
      const rightmost = Math.max(...words.filter((w) => script.test(w.word)).map((w) => w.xMax));
      expect(rightmost).toBeGreaterThan(900);
    }
    expect(words.find((w) => w.word === 'Στρατηγική')?.xMin).toBeLessThan(60);

    expect((await run('pdfinfo', [result.path])).stdout).toMatch(/^Tagged:\s+yes$/m);
  });

  it('prints script payloads from every text field as text; nothing runs while printing', async () => {
    const app = await apps.launch();
    const payload = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    const dialogs: string[] = [];
    app.context.on('page', (p) => p.on('dialog', (d) => (dialogs.push(d.message()), void d.dismiss())));
    const { handle } = await savedQbr(app, { text: (plain) => (plain ? `${plain} ${payload}` : payload) });
    const result = value(await call<Exported>(app.page, 'deck:exportPdf', { handle, day: DAY }));
    const text = await pdfText(result.path);
    expect(text).toContain('<script>alert(2)</script>');
    expect(dialogs).toEqual([]);
  });
});
