import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import type * as DeckModule from '../../src/shared/domain/deck';
import type { DeckSection, Workspace } from '../../src/shared/domain/workspace';
import { CHROMIUM_ARGS, CHROMIUM_PATH, printInChromium } from '../../tests/e2e/harness';
import type * as Fixture from '../../tests/support/qbrWorkspace';
import { makeTempDir } from '../../tests/support/tempDir';
import { round, type BenchEntry } from '../measure';

const SLIDES = 30;
const RUNS = 7;
const WARMUP = 2;

/**
 * `deck.pdf.30`: a 30-slide QBR deck (title, KPI table, ranking and alignment charts,
 * board picture, decisions…) from workspace to PDF bytes in Debian's Chromium: the
 * shared HTML builder, then `page.pdf` on a fresh page, as the e2e printer does (the
 * app's hidden Electron window runs the same Chromium print path). The deck modules
 * import their stylesheet with `?raw`, so they are loaded through Vite here.
 */
export default async function deckBench(): Promise<Record<string, BenchEntry>> {
  const vite = await createServer({
    configFile: false,
    root: resolve('.'),
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false },
  });
  const profile = await makeTempDir('offsite-bench-deck-');
  const context = await chromium.launchPersistentContext(profile.path, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    headless: true,
  });
  try {
    const deck = (await vite.ssrLoadModule('/src/shared/domain/deck/index.ts')) as typeof DeckModule;
    const fixture = (await vite.ssrLoadModule('/tests/support/qbrWorkspace.ts')) as typeof Fixture;
    const { deckFontCss } = await import('../../src/main/services/deckFonts');
    const { nodeFsPort } = await import('../../src/main/services/fsPort');
    const fontCss = deckFontCss(nodeFsPort);
    const workspace = thirtySlides(fixture.qbrWorkspace({ kpiRows: 12 }), deck);

    let bytes = 0;
    const once = async () => {
      // As the export service does: the fonts for the characters the deck holds.
      const date = '2027-01-15';
      const draft = deck.deckDocument(workspace, workspace.deck!, { date, fontFaceCss: '' });
      const html = deck.deckDocument(workspace, workspace.deck!, { date, fontFaceCss: await fontCss(draft) });
      bytes = (await printInChromium(context, html)).byteLength;
    };
    for (let i = 0; i < WARMUP; i++) await once();
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const start = performance.now();
      await once();
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    const ms = round(times[Math.floor(times.length / 2)]!);
    const note = `${SLIDES} slides, median of ${RUNS}; browser already running`;
    return {
      'deck.pdf.30': { value: ms, unit: 'ms', budget: 3000, note },
      'deck.pdf.30.bytes': { value: bytes, unit: 'bytes', note: 'the PDF of the same deck, fonts embedded' },
    };
  } finally {
    await context.close();
    await profile.cleanup();
    await vite.close();
  }
}

/** The fixture's sections repeated (fresh ids) until the deck has exactly 30 slides. */
function thirtySlides(base: Workspace, deck: typeof DeckModule): Workspace {
  const sections: DeckSection[] = [];
  const count = () =>
    deck.buildSlides(
      { ...base, deck: { ...base.deck!, sections } },
      { ...base.deck!, sections },
      { date: '2027-01-15' },
    ).length;
  for (let copy = 0; count() < SLIDES; copy++) {
    for (const section of base.deck!.sections) {
      if (section.type === 'title' && copy > 0) continue;
      sections.push({ ...section, id: `${section.id}-c${copy}` });
      if (count() >= SLIDES) break;
    }
  }
  if (count() !== SLIDES) throw new Error(`The bench deck has ${count()} slides, not ${SLIDES}.`);
  return { ...base, deck: { ...base.deck!, sections } };
}
