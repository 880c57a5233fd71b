import { describe, expect, it } from 'vitest';
import { buildSlides, deckCss, deckDocument, deckTitle, DECK_CSP } from '../../../../src/shared/domain/deck';
import { qbrWorkspace } from '../../../support/qbrWorkspace';

const FONT = "@font-face { font-family: Inter; src: url(data:font/woff2;base64,AAAA) format('woff2'); }";

describe('deckDocument', () => {
  const w = qbrWorkspace({ kpiRows: 40 });
  const doc = deckDocument(w, w.deck!, { date: '2027-01-15', fontFaceCss: FONT });

  it('is a complete static document with a strict CSP and 16:9 pages', () => {
    expect(doc).toMatch(/^<!doctype html>/);
    expect(doc).toContain('<meta charset="utf-8">');
    expect(doc).toContain(`<meta http-equiv="Content-Security-Policy" content="${DECK_CSP}">`);
    expect(DECK_CSP).toBe("default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:");
    expect(doc).toContain('@page { size: 13.333in 7.5in; margin: 0 }');
    expect(doc).not.toMatch(/<script|<link|<iframe|<img|<object|<embed/i);
  });

  it('carries the fonts and the deck CSS inline', () => {
    expect(doc).toContain(FONT);
    expect(deckCss.length).toBeGreaterThan(1000);
    expect(doc).toContain('.deck-slide {');
  });

  it('holds every slide, one section each', () => {
    const slides = buildSlides(w, w.deck!, { date: '2027-01-15' });
    expect(doc.match(/<section class="deck-slide/g)).toHaveLength(slides.length);
    expect(doc).toContain(`${slides.length} / ${slides.length}`);
  });

  it('cannot have its style element closed by the font CSS', () => {
    const hostile = deckDocument(w, w.deck!, {
      date: '2027-01-15',
      fontFaceCss: '</style><script>alert(1)</script>',
    });
    expect(hostile).not.toContain('<script');
  });

  it('prefixes every selector of the shared stylesheet with .deck-', () => {
    const selectors = deckCss
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\{[^}]*\}/g, '\n')
      .split('\n')
      .flatMap((line) => line.split(','))
      .map((s) => s.trim())
      .filter(Boolean);
    for (const selector of selectors) expect(selector).toMatch(/^\.deck-/);
  });
});

describe('deckDocument’s title (the PDF keeps it as its Title)', () => {
  const w = qbrWorkspace();
  it('names a department’s brief as such, with the workspace and its period', () => {
    const doc = deckDocument(w, w.deck!, { date: '2027-01-15', fontFaceCss: '', brief: 'Sales' });
    expect(doc).toContain('<title>Sales brief – Q1 2027 Leadership Offsite – 2027-Q1</title>');
    expect(deckTitle({ ...w, period: ' ' }, '研发部')).toBe('研发部 brief – Q1 2027 Leadership Offsite');
  });
  it('keeps the QBR deck’s own title', () => {
    expect(deckDocument(w, w.deck!, { date: '2027-01-15', fontFaceCss: '' })).toContain(
      '<title>Q1 2027 Leadership Offsite – QBR</title>',
    );
  });
});
