import fc from 'fast-check';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import {
  DECK_FONT_FAMILIES,
  DECK_FONT_WEIGHTS,
  deckFontCss,
  deckFontFaces,
} from '../../../src/main/services/deckFonts';
import type { FsPort } from '../../../src/main/services/fsPort';

type Face = { family: string; weight: number; src: string; ranges: Array<[number, number]> | null };

/** "U+0000-00FF,U+0131" → [[0, 255], [305, 305]]. */
function parseRanges(value: string): Array<[number, number]> {
  return value.split(',').map((part) => {
    const [lo, hi = lo] = part.trim().replace(/^U\+/i, '').split('-') as [string, string?];
    return [parseInt(lo, 16), parseInt(hi, 16)];
  });
}

function parseFaces(css: string): Face[] {
  return [...css.matchAll(/@font-face\s*\{([^}]*)\}/g)].map(([, body = '']) => {
    const prop = (name: string) => new RegExp(`(?:^|;|\\s)${name}:\\s*([^;]+)`).exec(body)?.[1]?.trim();
    const range = prop('unicode-range');
    return {
      family: (prop('font-family') ?? '').replace(/['"]/g, ''),
      weight: Number(prop('font-weight')),
      src: /src:\s*(url\([^)]*\)\s*format\([^)]*\))/.exec(body)?.[1] ?? '', // a data: URL has a ';'
      ranges: range ? parseRanges(range) : null,
    };
  });
}

const pdfFaces = async () => parseFaces(await deckFontCss({ readFile })());
const covers = (face: Face, codePoint: number) =>
  face.ranges?.some(([lo, hi]) => codePoint >= lo && codePoint <= hi) ?? false;

/** The family a browser draws a character with: the first in the stack with a face for it. */
function familyFor(faces: Face[], codePoint: number, weight: number): string | undefined {
  return DECK_FONT_FAMILIES.map((f) => f.family).find((family) =>
    faces.some((face) => face.family === family && face.weight === weight && covers(face, codePoint)),
  );
}

/** Letters people type in deck titles, by the family that should draw them. */
const SAMPLES: Array<[string, string]> = [
  ['Équipe à Zürich, São Paulo', 'Inter'],
  ['Łódź, Kraków, Ørsted, İstanbul, Œuvre', 'Inter'],
  ['Στρατηγική ανάπτυξης', 'Inter'],
  ['Выход на рынок ЕС', 'Inter'],
  ['Vận hành thị trường', 'Inter'],
  ['विस्तार', 'Noto Sans'],
  ['توسيع السوق', 'Noto Sans Arabic'],
  ['הרחבת השוק', 'Noto Sans Hebrew'],
];

describe('deck fonts', () => {
  it('gives every face of every family a unicode-range and an inlined woff2, in every weight', async () => {
    const faces = await pdfFaces();
    expect(faces.length).toBeGreaterThan(DECK_FONT_WEIGHTS.length * DECK_FONT_FAMILIES.length);
    for (const face of faces) {
      expect(face.ranges, `${face.family} ${face.weight}`).not.toBeNull();
      expect(face.src).toMatch(/^url\(data:font\/woff2;base64,d09GMg[A-Za-z0-9+/=]+\) format\('woff2'\)$/);
    }
    for (const { family } of DECK_FONT_FAMILIES) {
      expect(new Set(faces.filter((f) => f.family === family).map((f) => f.weight))).toEqual(
        new Set(DECK_FONT_WEIGHTS),
      );
    }
  });

  it('has a face for the letters of Latin, Greek, Cyrillic, Vietnamese, Devanagari, Arabic and Hebrew text', async () => {
    const faces = await pdfFaces();
    for (const [text, family] of SAMPLES) {
      for (const weight of DECK_FONT_WEIGHTS) {
        for (const char of text.replace(/[\s,]/g, '')) {
          expect(familyFor(faces, char.codePointAt(0)!, weight), `${char} in ${text}, ${weight}`).toBe(
            family,
          );
        }
      }
    }
  });

  it('covers any text written in those scripts, character by character', async () => {
    const faces = await pdfFaces();
    const blocks: Array<[number, number]> = [
      [0x20, 0x7e], // Basic Latin
      [0xa0, 0x17f], // Latin-1 and Latin Extended-A
      [0x391, 0x3a1], // Greek capitals (U+03A2 is unassigned)
      [0x3a3, 0x3c9], // Greek capitals and small letters
      [0x400, 0x45f], // Cyrillic
      [0x5d0, 0x5ea], // Hebrew letters
      [0x621, 0x64a], // Arabic letters
      [0x660, 0x669], // Arabic-Indic digits
      [0x1ea0, 0x1ef9], // Vietnamese
    ];
    const char = fc.oneof(...blocks.map(([lo, hi]) => fc.integer({ min: lo, max: hi })));
    fc.assert(
      fc.property(
        fc.array(char, { minLength: 1, maxLength: 40 }),
        fc.constantFrom(...DECK_FONT_WEIGHTS),
        (text, weight) => text.every((codePoint) => familyFor(faces, codePoint, weight) !== undefined),
      ),
    );
  });

  it("inlines only the faces a document's characters need, reading only their files", async () => {
    const woff2Read: string[] = [];
    const css = deckFontCss({
      readFile: ((path: string, ...rest: unknown[]) => {
        if (path.endsWith('.woff2')) woff2Read.push(path);
        return (readFile as (...args: unknown[]) => Promise<unknown>)(path, ...rest);
      }) as FsPort['readFile'],
    });
    const families = (faces: Face[]) => [...new Set(faces.map((f) => f.family))];

    const english = parseFaces(await css('<h2>Quarterly review – 15 January 2027</h2>'));
    expect(families(english)).toEqual(['Inter', 'Noto Sans']);
    expect(english.every((face) => covers(face, 0x41) && !covers(face, 0x3a3))).toBe(true); // A, not Σ
    expect(woff2Read).toHaveLength(english.length);

    const arabic = parseFaces(await css('<h2 dir="auto">توسيع السوق</h2>'));
    expect(families(arabic)).toEqual(['Inter', 'Noto Sans', 'Noto Sans Arabic']);
    expect(arabic.filter((face) => face.family === 'Noto Sans Arabic').map((f) => f.weight)).toEqual([
      ...DECK_FONT_WEIGHTS,
    ]);
    expect(woff2Read).toHaveLength(new Set(woff2Read).size); // the Latin files were not read again
  });

  it('reads the bundled files once, whatever the number of exports', async () => {
    const paths: string[] = [];
    const css = deckFontCss({
      readFile: ((path: string) => {
        paths.push(path);
        return readFile(path);
      }) as FsPort['readFile'],
    });
    const first = await css();
    expect(await css()).toBe(first);
    expect(paths.length).toBe(new Set(paths).size);
    expect(paths.every((path) => path.includes('node_modules/@fontsource/'))).toBe(true);
  });

  it('tries again on the next export when a file could not be read', async () => {
    let failing = true;
    const css = deckFontCss({
      readFile: ((path: string) => {
        if (failing) return Promise.reject(Object.assign(new Error('EIO'), { code: 'EIO' }));
        return readFile(path);
      }) as FsPort['readFile'],
    });
    await expect(css()).rejects.toThrow('EIO');
    failing = false;
    expect(await css()).toMatch(/@font-face/);
  });

  it('the on-screen slides declare the same faces as the PDF, from the same package files', async () => {
    const screen = parseFaces(
      await readFile(new URL('../../../src/renderer/src/features/qbr/fonts.css', import.meta.url), 'utf8'),
    ).map(
      (f) => `${f.family} ${f.weight} ${/url\('([^']+)'\)/.exec(f.src)?.[1]} ${JSON.stringify(f.ranges)}`,
    );
    const pdf = (await deckFontFaces({ readFile })).map(
      (f) => `${f.family} ${f.weight} ${f.file} ${JSON.stringify(parseRanges(f.unicodeRange))}`,
    );
    expect(screen.sort()).toEqual(pdf.sort());
  });

  it('the deck stylesheet puts the families in the same order, Inter first', async () => {
    const deckCss = await readFile(
      new URL('../../../src/shared/domain/deck/deck.css', import.meta.url),
      'utf8',
    );
    const stack = /\.deck-slide\s*\{[^}]*font-family:\s*([^;]+);/.exec(deckCss)?.[1] ?? '';
    const families = stack.split(',').map((name) => name.trim().replace(/['"]/g, ''));
    expect(families.slice(0, DECK_FONT_FAMILIES.length)).toEqual(DECK_FONT_FAMILIES.map((f) => f.family));
  });
});
