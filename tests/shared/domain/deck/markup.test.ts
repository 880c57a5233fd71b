import { describe, expect, it } from 'vitest';
import { renderBoardSvg } from '../../../../src/shared/domain/board';
import { escapeMarkup, hasXmlForbidden } from '../../../../src/shared/domain/markup';
import { boardWith } from '../board/boardFixture';

describe('one markup escaper for the deck and the board picture', () => {
  it('escapes the five specials with entities HTML and XML both read', () => {
    expect(escapeMarkup(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });

  it('drops characters no XML document may hold, keeping paired surrogates', () => {
    const pasted = 'Q3\u0000 plan\u000b 🚀 \ud800';
    expect(hasXmlForbidden(pasted)).toBe(true);
    expect(escapeMarkup(pasted)).toBe('Q3 plan 🚀 ');
    expect(hasXmlForbidden(escapeMarkup(pasted))).toBe(false);
  });

  it('the board picture writes a card title exactly as the escaper does', () => {
    const title = `R&D "Atlas" <beta>`;
    const svg = renderBoardSvg(boardWith([{ id: 'a', title }]));
    expect(svg).toContain(escapeMarkup(title));
    expect(svg).not.toContain(title);
  });
});
