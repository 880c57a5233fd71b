import { mkdir, readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildSlides } from '../../../src/shared/domain/deck';
import {
  countPdfPages,
  DeckExportService,
  localDay,
  type DeckExportDeps,
  type DeckExportProgress,
} from '../../../src/main/services/deckExport';
import { nodeFsPort } from '../../../src/main/services/fsPort';
import { ServiceError } from '../../../src/main/services/serviceError';
import { faultyFs } from '../../support/faultyFs';
import { qbrWorkspace } from '../../support/qbrWorkspace';
import { makeReadOnly } from '../../support/readOnlyDir';
import { makeTempDir } from '../../support/tempDir';

/** A stand-in for Chromium: one "/Type /Page" object per deck-slide section in the HTML. */
const fakePrinter =
  (seen: string[] = []) =>
  (html: string) => {
    seen.push(html);
    const pages = html.match(/<section class="deck-slide/g)?.length ?? 0;
    const pdf = `%PDF-1.4\n${'<< /Type /Page >>\n'.repeat(pages)}<< /Type /Pages >>\n%%EOF`;
    return Promise.resolve(new TextEncoder().encode(pdf));
  };

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

async function setup(overrides: Partial<DeckExportDeps> = {}) {
  const tmp = await makeTempDir('offsite-deck-');
  cleanups.push(tmp.cleanup);
  const dir = join(tmp.path, 'Q1 2027 Leadership Offsite');
  await mkdir(dir);
  const shown: string[] = [];
  const saveAnswers: Array<string | null> = [];
  const progress: DeckExportProgress[] = [];
  const printed: string[] = [];
  const service = new DeckExportService({
    fs: nodeFsPort,
    clock: () => new Date(2027, 0, 15, 10, 0),
    printToPdf: fakePrinter(printed),
    fontFaceCss: () => Promise.resolve('@font-face { font-family: Inter; }'),
    chooseSaveFile: () => Promise.resolve(saveAnswers.shift() ?? null),
    showItemInFolder: (path) => shown.push(path),
    onProgress: (p) => progress.push(p),
    ...overrides,
  });
  const folder = { dir, name: 'Q1 2027 Leadership Offsite' };
  return { service, folder, dir, root: tmp.path, shown, saveAnswers, progress, printed };
}

describe('DeckExportService', () => {
  it('writes the deck into the exports folder, named after the workspace and day', async () => {
    const { service, folder, dir, progress, printed } = await setup();
    const w = qbrWorkspace();
    const result = await service.exportPdf(folder, w);
    expect(result.path).toBe(join(dir, 'exports', 'Q1 2027 Leadership Offsite - QBR 2027-01-15.pdf'));
    expect(result.pages).toBe(buildSlides(w, w.deck!, { date: '2027-01-15' }).length);
    expect((await stat(result.path)).size).toBe(result.bytes);
    expect(printed[0]).toContain('15 January 2027');
    expect(printed[0]).toContain('@font-face { font-family: Inter; }');
    expect(progress.map((p) => p.stage)).toEqual(['building', 'printing', 'writing', 'done']);
    expect(progress[0]!.slides).toBe(result.pages);
  });

  it('never overwrites an earlier export of the same day', async () => {
    const { service, folder } = await setup();
    const first = await service.exportPdf(folder, qbrWorkspace());
    const second = await service.exportPdf(folder, qbrWorkspace());
    expect(second.path).not.toBe(first.path);
    expect(second.path).toMatch(/QBR 2027-01-15 \(2\)\.pdf$/);
  });

  it('writes where the user pointed the save dialog, adding .pdf', async () => {
    const { service, folder, root, saveAnswers } = await setup();
    saveAnswers.push(join(root, 'board pack'));
    const chosen = await service.chooseExportPath(folder);
    expect(chosen).toBe(join(root, 'board pack.pdf'));
    const result = await service.exportPdf(folder, qbrWorkspace(), { path: chosen! });
    expect(result.path).toBe(chosen);
    expect((await readFile(chosen!)).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('offers the exports folder and the default name in the save dialog; cancel gives null', async () => {
    let asked = '';
    const { service, folder, dir } = await setup({
      chooseSaveFile: (o) => {
        asked = o.defaultPath;
        return Promise.resolve(null);
      },
    });
    expect(await service.chooseExportPath(folder)).toBeNull();
    expect(asked).toBe(join(dir, 'exports', 'Q1 2027 Leadership Offsite - QBR 2027-01-15.pdf'));
  });

  it('accepting the suggested file in a workspace that never exported before works', async () => {
    const { service, folder, dir, saveAnswers } = await setup();
    const suggested = join(dir, 'exports', 'Q1 2027 Leadership Offsite - QBR 2027-01-15.pdf');
    saveAnswers.push(suggested);
    const chosen = await service.chooseExportPath(folder);
    const result = await service.exportPdf(folder, qbrWorkspace(), { path: chosen! });
    expect(result.path).toBe(suggested);
    expect((await stat(suggested)).size).toBe(result.bytes);
  });

  it('refuses a path the user did not choose in the dialog (a compromised page cannot write anywhere)', async () => {
    const { service, folder, root } = await setup();
    await expect(
      service.exportPdf(folder, qbrWorkspace(), { path: join(root, 'evil.pdf') }),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(await readdir(root)).not.toContain('evil.pdf');
  });

  it('shows only files it exported in the folder', async () => {
    const { service, folder, shown } = await setup();
    const { path } = await service.exportPdf(folder, qbrWorkspace());
    service.showInFolder(path);
    expect(shown).toEqual([path]);
    expect(() => service.showInFolder('/etc/passwd')).toThrow(ServiceError);
  });

  it('says so when there is no deck yet', async () => {
    const { service, folder } = await setup();
    await expect(service.exportPdf(folder, { ...qbrWorkspace(), deck: null })).rejects.toMatchObject({
      code: 'INVALID',
      message: expect.stringMatching(/no QBR deck/),
    });
  });

  it('prints one deck at a time: two exports at once never share the printer', async () => {
    let running = 0;
    let most = 0;
    const { service, folder } = await setup({
      printToPdf: async (html) => {
        running++;
        most = Math.max(most, running);
        await new Promise((resolve) => setTimeout(resolve, 20));
        running--;
        return fakePrinter()(html);
      },
    });
    const results = await Promise.all([1, 2, 3].map(() => service.exportPdf(folder, qbrWorkspace())));
    expect(most).toBe(1);
    expect(new Set(results.map((r) => r.path)).size).toBe(3);
  });

  it('leaves no file when printing fails', async () => {
    const { service, folder, dir } = await setup({
      printToPdf: () => Promise.reject(new Error('renderer gone')),
    });
    await expect(service.exportPdf(folder, qbrWorkspace())).rejects.toMatchObject({
      message: expect.stringMatching(/renderer gone.*Nothing was written/),
    });
    await expect(readdir(join(dir, 'exports'))).rejects.toThrow();
  });

  it('on a read-only folder: a clear permission error and no file', async () => {
    const { service, folder, dir } = await setup();
    await mkdir(join(dir, 'exports'));
    const undo = await makeReadOnly(join(dir, 'exports'));
    try {
      await expect(service.exportPdf(folder, qbrWorkspace())).rejects.toMatchObject({
        code: 'PERMISSION',
        message: expect.stringMatching(/not allowed to write/),
      });
      expect(await readdir(join(dir, 'exports'))).toEqual([]);
    } finally {
      await undo();
    }
  });

  it('a disk failure at any step of the write leaves no partial or temp file', async () => {
    for (let k = 1; k <= 8; k++) {
      const fs = faultyFs(k, 'ENOSPC');
      const { service, folder, dir } = await setup({ fs });
      const outcome = await service.exportPdf(folder, qbrWorkspace()).then(
        () => 'ok' as const,
        (error: unknown) => error,
      );
      const files = await readdir(join(dir, 'exports')).catch(() => [] as string[]);
      if (outcome === 'ok') {
        expect(files).toEqual(['Q1 2027 Leadership Offsite - QBR 2027-01-15.pdf']);
      } else {
        expect(outcome).toMatchObject({
          code: 'NO_SPACE',
          message: expect.stringMatching(/disk .* is full/),
        });
        expect(files).toEqual([]);
      }
    }
  });
});

describe('helpers', () => {
  it('counts pages as Chromium writes them, not the page tree', () => {
    const pdf = new TextEncoder().encode(
      '<< /Type /Pages /Count 2 >> << /Type /Page >> <</Type/Page/Parent 1 0 R>>',
    );
    expect(countPdfPages(pdf)).toBe(2);
  });

  it('dates the deck by the local calendar day', () => {
    expect(localDay(new Date(2027, 0, 5, 23, 59))).toBe('2027-01-05');
  });
});
