import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import type * as DeckModule from '../../src/shared/domain/deck';
import type { DeckSection, Workspace } from '../../src/shared/domain/workspace';
import { CHROMIUM_ARGS, CHROMIUM_PATH, printInChromium } from '../../tests/e2e/harness';
import type * as Fixture from '../../tests/support/qbrWorkspace';
import { makeTempDir } from '../../tests/support/tempDir';
import { round, withPeer, type BenchEntry } from '../measure';
import { within } from '../wait';

const SLIDES = 30;
const RUNS = 7;
const WARMUP = 2;
/** One print of 30 slides takes about a second; a minute means Chromium is stuck. */
const PRINT_LIMIT_MS = 60_000;
/** deck.pdf.30 may cost at most this much more than Chromium printing the same HTML bare. */
const BUDGET_RATIO = 1.5;

/** The PDF options the app's printer passes (tests/e2e/harness.ts printInChromium). */
const PDF_OPTIONS = { printBackground: true, preferCSSPageSize: true, tagged: true } as const;

const median = (xs: number[]) => round([...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!);

/**
 * `deck.pdf.30`: a 30-slide QBR deck (title, KPI table, ranking and alignment charts,
 * board picture, decisions…) from workspace to PDF bytes in Debian's Chromium: the
 * shared HTML builder, then `page.pdf` on a fresh page, as the e2e printer does (the
 * app's hidden Electron window runs the same Chromium print path). The deck modules
 * import their stylesheet with `?raw`, so they are loaded through Vite here.
 * Peer, in the same browser and alternating with ours: the bare `page.pdf` of the same
 * finished HTML (a fresh page, setContent, pdf with the same page options) and nothing
 * else, so the ratio is what building the deck adds to printing it.
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
    const date = '2027-01-15';
    // As the export service does: the fonts for the characters the deck holds.
    const buildHtml = async () => {
      const draft = deck.deckDocument(workspace, workspace.deck!, { date, fontFaceCss: '' });
      return deck.deckDocument(workspace, workspace.deck!, { date, fontFaceCss: await fontCss(draft) });
    };
    const html = await buildHtml();

    let bytes = 0;
    let bareBytes = 0;
    const ours = async () => {
      bytes = (await printInChromium(context, await buildHtml())).byteLength;
    };
    const bare = async () => {
      const page = await context.newPage();
      try {
        await page.setContent(html, { waitUntil: 'load' });
        bareBytes = (await page.pdf(PDF_OPTIONS)).byteLength;
      } finally {
        await page.close();
      }
    };
    const timed = async (fn: () => Promise<void>, what: string) => {
      const start = performance.now();
      await within(fn(), PRINT_LIMIT_MS, what);
      return performance.now() - start;
    };
    const times: number[] = [];
    const peer: number[] = [];
    for (let i = 0; i < WARMUP + RUNS; i++) {
      const ms = await timed(ours, `the ${SLIDES}-slide deck's PDF (run ${i + 1})`);
      const peerMs = await timed(bare, `the bare page.pdf of the ${SLIDES}-slide deck's HTML (run ${i + 1})`);
      if (i >= WARMUP) {
        times.push(ms);
        peer.push(peerMs);
      }
    }
    const baseline = median(peer);
    const note =
      `${SLIDES} slides, median of ${RUNS} alternating with the peer; browser already running; ` +
      `peer: bare page.pdf of the same HTML on a fresh page (${bareBytes} bytes), same Chromium and PDF options`;
    return {
      'deck.pdf.30': withPeer(median(times), baseline, { budget: round(baseline * BUDGET_RATIO), note }),
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
