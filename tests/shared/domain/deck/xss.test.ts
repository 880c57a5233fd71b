import fc from 'fast-check';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { deckDocument } from '../../../../src/shared/domain/deck';
import { qbrWorkspace } from '../../../support/qbrWorkspace';
import { PAYLOADS } from '../../../support/xssPayloads';

/**
 * docs/quality.md X1: whatever a user types into any text field, the deck HTML holds no element
 * or attribute that could run script or load anything, and the text is shown as text.
 */

const FORBIDDEN = new Set([
  'script',
  'iframe',
  'object',
  'embed',
  'img',
  'image',
  'link',
  'base',
  'form',
  'input',
  'button',
  'foreignobject',
  'use',
  'animate',
  'set',
  'frame',
  'audio',
  'video',
  'math',
]);
const SAFE_URL = /^(https?:\/\/|mailto:|#)/i;

/** Every problem found in a document: forbidden elements, event handlers, unsafe URLs, style attributes. */
function dangers(html: string): string[] {
  const window = new Window();
  const doc = new window.DOMParser().parseFromString(html, 'text/html');
  const found: string[] = [];
  for (const el of Array.from(doc.querySelectorAll('*'))) {
    const tag = el.tagName.toLowerCase();
    if (FORBIDDEN.has(tag)) found.push(`<${tag}>`);
    if (
      tag === 'meta' &&
      !el.hasAttribute('charset') &&
      el.getAttribute('http-equiv') !== 'Content-Security-Policy'
    ) {
      found.push('<meta> other than charset/CSP');
    }
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on')) found.push(`${tag}[${name}]`);
      if (name === 'style') found.push(`${tag}[style]`);
      if (
        /(^|:)(href|src|action|formaction|xlink:href)$/.test(name) &&
        !SAFE_URL.test((attr.value ?? '').trim())
      ) {
        found.push(`${tag}[${name}=${attr.value}]`);
      }
    }
  }
  window.close();
  return found;
}

const documentFor = (text: (plain: string) => string) => {
  const w = qbrWorkspace({ text, kpiRows: 12 });
  return deckDocument(w, w.deck!, { date: '2027-01-15', fontFaceCss: text('') });
};

describe('X1: user text in the deck never runs', () => {
  it('a clean deck has nothing dangerous in it (the check itself works)', () => {
    expect(dangers(documentFor((s) => s))).toEqual([]);
    expect(dangers('<p onclick="x">a</p><img src=x><a href="javascript:x">y</a>')).toEqual(
      expect.arrayContaining(['p[onclick]', '<img>', 'a[href=javascript:x]']),
    );
  });

  it.each(PAYLOADS)('payload %s in every text field is shown as text', (payload) => {
    const html = documentFor((plain) => (plain ? `${plain} ${payload}` : payload));
    expect(dangers(html)).toEqual([]);
    const window = new Window();
    const doc = new window.DOMParser().parseFromString(html, 'text/html');
    // Plain-text fields (titles, owners, names, KPI metrics) show the payload verbatim.
    expect(doc.body.textContent).toContain(`Launch EU ${payload}`);
    expect(doc.body.textContent).toContain(`Net revenue retention ${payload}`);
    window.close();
  });

  it('holds for arbitrary strings in every field (property)', () => {
    const piece = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 30 }), fc.constantFrom(...PAYLOADS));
    fc.assert(
      fc.property(
        fc.array(piece, { minLength: 1, maxLength: 4 }).map((parts) => parts.join('')),
        (text) => {
          const html = documentFor((plain) => `${plain}${text}`);
          expect(dangers(html)).toEqual([]);
        },
      ),
      { numRuns: 60 },
    );
  }, 30_000); // each run parses a whole deck: slow on a busy machine, never stuck
});
