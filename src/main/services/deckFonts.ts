import { createRequire } from 'node:module';
import type { FsPort } from './fsPort';

/** The weights the deck uses: body, semibold labels, bold titles. */
export const DECK_FONT_WEIGHTS = [400, 600, 700] as const;

/** A family the deck bundles: its @fontsource package and the subsets the deck declares. */
export type DeckFontFamily = {
  family: string;
  pkg: string;
  subsets: readonly string[];
  /**
   * A family with one weight only: its file is declared for every weight the deck uses, so
   * a bold badge never gets a synthesized bold, which Chromium prints as Type 3 outlines
   * (not a real embedded font).
   */
  onlyWeight?: number;
};

/**
 * The deck's font stack, in order (deck.css names the same families). Inter draws every
 * script it has, so a Greek or Cyrillic deck keeps the same type as an English one; Noto
 * Sans draws what Inter lacks (rarer Latin, Greek and Cyrillic letters, Devanagari); Noto
 * Sans Arabic and Hebrew draw the right-to-left scripts. Their own Latin subsets are left
 * out: Inter always comes first for those characters. The two Noto Sans Symbols families
 * draw the marks the deck prints beside words (the KPI status shapes ● ▲ ■ ○, the focus
 * star ★, the board's axis arrows →), which no text family has: without them the PDF
 * would take those from whatever fonts the computer has.
 */
export const DECK_FONT_FAMILIES: readonly DeckFontFamily[] = [
  {
    family: 'Inter',
    pkg: 'inter',
    subsets: ['latin', 'latin-ext', 'greek', 'greek-ext', 'cyrillic', 'cyrillic-ext', 'vietnamese'],
  },
  {
    family: 'Noto Sans',
    pkg: 'noto-sans',
    subsets: [
      'latin',
      'latin-ext',
      'greek',
      'greek-ext',
      'cyrillic',
      'cyrillic-ext',
      'vietnamese',
      'devanagari',
    ],
  },
  { family: 'Noto Sans Arabic', pkg: 'noto-sans-arabic', subsets: ['arabic'] },
  { family: 'Noto Sans Hebrew', pkg: 'noto-sans-hebrew', subsets: ['hebrew'] },
  { family: 'Noto Sans Symbols', pkg: 'noto-sans-symbols', subsets: ['symbols'] },
  { family: 'Noto Sans Symbols 2', pkg: 'noto-sans-symbols-2', subsets: ['symbols'], onlyWeight: 400 },
];

/**
 * The symbol subsets' published ranges start with control characters alone (U+0001–000C,
 * U+007F–009F), which no font draws: such parts are left out, so a deck with a line break
 * does not pull in the symbol files. (A part that reaches printable characters stays.)
 */
const withoutControlCharacters = (range: string): string =>
  range
    .split(',')
    .filter((part) => {
      const [lo = '0', hi = lo] = part.trim().replace(/^U\+/i, '').split('-');
      const end = parseInt(hi, 16);
      return end >= 0xa0 || (end > 0x1f && end < 0x7f) || parseInt(lo, 16) === 0;
    })
    .join(',');

/** One @font-face: a subset of a family in one weight, with the characters it is for. */
export type DeckFontFace = {
  family: string;
  weight: number;
  /** Package path of the woff2 file, e.g. `@fontsource/inter/files/inter-latin-400-normal.woff2`. */
  file: string;
  /** CSS unicode-range, as the package publishes it for this subset. */
  unicodeRange: string;
};

// Not named `require`: electron-vite already declares one in the ESM main bundle.
const resolveFromApp = createRequire(import.meta.url);

/** Where a package file is: inside the app's own node_modules, never the network. */
const bundledPath = (file: string): string => resolveFromApp.resolve(file);

/**
 * Every face the deck declares. The unicode ranges come from each package's unicode.json
 * (the ranges its own CSS uses), so a browser opens a subset's file only when the text
 * has a character in it.
 */
export async function deckFontFaces(fs: Pick<FsPort, 'readFile'>): Promise<DeckFontFace[]> {
  const perFamily = await Promise.all(
    DECK_FONT_FAMILIES.map(async ({ family, pkg, subsets, onlyWeight }) => {
      const ranges = JSON.parse(
        await fs.readFile(bundledPath(`@fontsource/${pkg}/unicode.json`), 'utf8'),
      ) as Record<string, string | undefined>;
      return subsets.flatMap((subset) => {
        const published = ranges[subset];
        if (!published) throw new Error(`@fontsource/${pkg} has no "${subset}" subset`);
        const unicodeRange = withoutControlCharacters(published);
        return DECK_FONT_WEIGHTS.map((weight) => ({
          family,
          weight,
          file: `@fontsource/${pkg}/files/${pkg}-${subset}-${onlyWeight ?? weight}-normal.woff2`,
          unicodeRange,
        }));
      });
    }),
  );
  return perFamily.flat();
}

/** "U+0000-00FF,U+0131" → [[0x0, 0xff], [0x131, 0x131]]. */
function parseUnicodeRange(value: string): Array<[number, number]> {
  return value.split(',').map((part) => {
    const [lo = '', hi = lo] = part.trim().replace(/^U\+/i, '').split('-');
    return [parseInt(lo, 16), parseInt(hi, 16)];
  });
}

/**
 * The deck's @font-face rules with the font files inlined as data: URLs, so the printed
 * document needs nothing but itself (its CSP allows fonts from data: only). Given the
 * document's text, only the faces whose unicode-range holds one of its characters are
 * inlined: an English deck carries its Latin files, not the Arabic ones. The text must hold
 * its characters as themselves (the deck escapes only ASCII `&<>"'`); without a text,
 * every face is inlined. Each file is read once.
 */
export function deckFontCss(fs: Pick<FsPort, 'readFile'>) {
  let faces: Promise<Array<DeckFontFace & { ranges: Array<[number, number]> }>> | null = null;
  // Keyed by file: one family's single file may serve several weights (onlyWeight).
  const files = new Map<string, Promise<string>>();
  const base64Of = (file: string): Promise<string> => {
    let data = files.get(file);
    if (!data) {
      data = fs.readFile(bundledPath(file)).then((bytes) => Buffer.from(bytes).toString('base64'));
      data.catch(() => files.delete(file)); // a later export tries again
      files.set(file, data);
    }
    return data;
  };
  const ruleFor = async ({ family, weight, file, unicodeRange }: DeckFontFace): Promise<string> =>
    `@font-face { font-family: '${family}'; font-style: normal; font-weight: ${weight}; font-display: swap; ` +
    `src: url(data:font/woff2;base64,${await base64Of(file)}) format('woff2'); ` +
    `unicode-range: ${unicodeRange}; }`;
  return async (text?: string): Promise<string> => {
    faces ??= deckFontFaces(fs)
      .then((list) => list.map((face) => ({ ...face, ranges: parseUnicodeRange(face.unicodeRange) })))
      .catch((error: unknown) => {
        faces = null; // a later export tries again
        throw error;
      });
    const all = await faces;
    const codePoints = text === undefined ? null : [...new Set(Array.from(text, (c) => c.codePointAt(0)!))];
    const needed = codePoints
      ? all.filter((face) => codePoints.some((cp) => face.ranges.some(([lo, hi]) => cp >= lo && cp <= hi)))
      : all;
    return (await Promise.all(needed.map(ruleFor))).join('\n');
  };
}
