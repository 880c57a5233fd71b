import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addLink, boxesOverlap, renderBoardSvg } from '../../../../src/shared/domain/board';
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

describe('the board image has every card in the clear', () => {
  const cardRects = (svg: string) =>
    [...svg.matchAll(/<g><rect x="([\d.-]+)" y="([\d.-]+)" width="([\d.]+)" height="([\d.]+)"/g)].map((m) => {
      const [x, y, w, h] = m.slice(1).map(Number) as [number, number, number, number];
      return { left: x, top: y, right: x + w, bottom: y + h };
    });
  const overlaps = (rects: ReturnType<typeof cardRects>) =>
    rects.flatMap((a, i) => rects.slice(i + 1).filter((b) => boxesOverlap(a, b)));

  it.each([
    ['the export', { width: 1600, height: 900 }],
    ['the deck slide', { width: 1200, height: 560 }],
  ])('%s: 40 cards, 60 pasted cards (all 5 and 5) — none on another, all inside the plot', (_, size) => {
    const forty = boardWith(
      Array.from({ length: 40 }, (_, i) => ({ id: `c${i}`, impact: i % 11, effort: (i * 7) % 11 })),
    );
    const pasted = boardWith(Array.from({ length: 60 }, (_, i) => ({ id: `p${i}` })));
    for (const w of [forty, pasted]) {
      const rects = cardRects(renderBoardSvg(w, size));
      expect(rects).toHaveLength(w.priorities.length);
      expect(overlaps(rects)).toEqual([]);
      // Inside the plot: clear of the axis titles (left and below) and of the image's edges.
      for (const r of rects) {
        expect(r.left).toBeGreaterThanOrEqual(90);
        expect(r.top).toBeGreaterThanOrEqual(56);
        expect(r.right).toBeLessThanOrEqual(size.width - 40);
        expect(r.bottom).toBeLessThanOrEqual(size.height - 96);
      }
    }
  });
});
