import { createRequire } from 'node:module';
import type { FsPort } from './fsPort';

/** The weights the deck uses: body, semibold labels, bold titles. */
export const DECK_FONT_WEIGHTS = [400, 600, 700] as const;

/** A family the deck bundles: its @fontsource package and the subsets the deck declares. */
export type DeckFontFamily = { family: string; pkg: string; subsets: readonly string[] };

/**
 * The deck's font stack, in order (deck.css names the same families). Inter draws every
 * script it has, so a Greek or Cyrillic deck keeps the same type as an English one; Noto
 * Sans draws what Inter lacks (rarer Latin, Greek and Cyrillic letters, Devanagari); Noto
 * Sans Arabic and Hebrew draw the right-to-left scripts. Their own Latin subsets are left
 * out: Inter always comes first for those characters.
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
];

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
    DECK_FONT_FAMILIES.map(async ({ family, pkg, subsets }) => {
      const ranges = JSON.parse(
        await fs.readFile(bundledPath(`@fontsource/${pkg}/unicode.json`), 'utf8'),
      ) as Record<string, string | undefined>;
      return subsets.flatMap((subset) => {
        const unicodeRange = ranges[subset];
        if (!unicodeRange) throw new Error(`@fontsource/${pkg} has no "${subset}" subset`);
        return DECK_FONT_WEIGHTS.map((weight) => ({
          family,
          weight,
          file: `@fontsource/${pkg}/files/${pkg}-${subset}-${weight}-normal.woff2`,
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
  const rules = new Map<string, Promise<string>>();
  const ruleFor = ({ family, weight, file, unicodeRange }: DeckFontFace): Promise<string> => {
    let rule = rules.get(file);
    if (!rule) {
      rule = fs
        .readFile(bundledPath(file))
        .then(
          (bytes) =>
            `@font-face { font-family: '${family}'; font-style: normal; font-weight: ${weight}; font-display: swap; ` +
            `src: url(data:font/woff2;base64,${Buffer.from(bytes).toString('base64')}) format('woff2'); ` +
            `unicode-range: ${unicodeRange}; }`,
        );
      rule.catch(() => rules.delete(file)); // a later export tries again
      rules.set(file, rule);
    }
    return rule;
  };
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
