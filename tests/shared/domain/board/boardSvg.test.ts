import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addLink, renderBoardSvg } from '../../../../src/shared/domain/board';
import { boardWith } from './boardFixture';

const hostile = ['<script>alert(1)</script>', '"><svg onload=alert(1)>', "x' onmouseover='alert(1)", '&amp;'];

describe('board image', () => {
  it('draws every card title, the quadrants, the axes and a trade-off’s cost', () => {
    let w = boardWith(
      [
        { id: 'a', title: 'Launch in the EU', impact: 8, effort: 7, status: 'committed' },
        { id: 'b', title: 'Enterprise SSO', impact: 6, effort: 3 },
      ],
      20,
    );
    w = addLink(w, { from: 'a', to: 'b', kind: 'trades-off', cost: 'EU slips 6 weeks' }, 'l1');
    const svg = renderBoardSvg(w);
    for (const text of [
      'Launch in the EU',
      'Enterprise SSO',
      'Quick wins',
      'Money pits',
      'Impact',
      'Effort',
      'EU slips 6 weeks',
      'Committed effort 7 of 20 points',
    ])
      expect(svg).toContain(text);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
  });

  it('exports just the selection: other cards and their links are left out', () => {
    let w = boardWith([
      { id: 'a', title: 'Alpha' },
      { id: 'b', title: 'Beta' },
      { id: 'c', title: 'Gamma' },
    ]);
    w = addLink(w, { from: 'a', to: 'c', kind: 'depends-on' }, 'l1');
    const svg = renderBoardSvg(w, { priorityIds: ['a', 'b'] });
    expect(svg).toContain('Alpha');
    expect(svg).not.toContain('Gamma');
    const legendLines = 4;
    expect(svg.match(/<line /g)).toHaveLength(legendLines);
    expect(renderBoardSvg(w).match(/<line /g)).toHaveLength(legendLines + 1);
  });

  it('user text can never become markup', () => {
    fc.assert(
      fc.property(fc.oneof(fc.constantFrom(...hostile), fc.string()), fc.string(), (title, cost) => {
        let w = boardWith([
          { id: 'a', title: title.trim() ? title : 'x' },
          { id: 'b', title: 'B' },
        ]);
        w = addLink(w, { from: 'a', to: 'b', kind: 'trades-off', cost }, 'l1');
        w = { ...w, board: { ...w.board, axes: 'custom', customX: title.slice(0, 40), customY: '<b>y</b>' } };
        const svg = renderBoardSvg(w);
        expect(svg).not.toMatch(/<script|<svg onload|<b>/i);
        expect(svg).not.toMatch(/\son\w+=["']/i);
        const doc = new DOMParserLike(svg);
        expect(doc.elementNames().every((n) => ALLOWED.has(n))).toBe(true);
      }),
    );
  });
});

const ALLOWED = new Set(['svg', 'defs', 'marker', 'path', 'rect', 'text', 'tspan', 'line', 'g']);
/** Element names in a string of markup: a user string that slipped through would add one. */
class DOMParserLike {
  constructor(private readonly markup: string) {}
  elementNames(): string[] {
    return [...this.markup.matchAll(/<([a-zA-Z][\w:-]*)/g)].map((m) => m[1]!);
  }
}
