import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  axesOf,
  boxesOverlap,
  cardBox,
  matrixCentres,
  spreadCards,
  type Box,
  type Point,
} from '../../../../src/shared/domain/board';
import { boardWith } from './boardFixture';

const size = { w: 220, h: 92 };
const frame = { left: 0, top: 0, width: 1600, height: 950 };
const bounds: Box = { left: 0, top: 0, right: 1600, bottom: 950 };

function overlappingPairs(centres: readonly Point[]): number {
  let pairs = 0;
  for (let i = 0; i < centres.length; i++)
    for (let j = i + 1; j < centres.length; j++)
      if (boxesOverlap(cardBox(centres[i]!, size), cardBox(centres[j]!, size))) pairs++;
  return pairs;
}

// Few distinct values, so many cards ask for the same spot (as after a paste or CSV import).
const score = fc.constantFrom(0, 2.5, 5, 5, 5, 7.5, 10);

describe('cards placed without overlap', () => {
  it('60 cards added with no scores (a pasted list: all 5 and 5) are 60 separate cards inside the plot', () => {
    const w = boardWith(Array.from({ length: 60 }, (_, i) => ({ id: `c${i}` })));
    const centres = [...matrixCentres(w.priorities, axesOf(w.board), frame, { size, gap: 8 }).values()];
    expect(centres).toHaveLength(60);
    expect(overlappingPairs(centres)).toBe(0);
    for (const c of centres) {
      expect(c.x).toBeGreaterThanOrEqual(bounds.left);
      expect(c.x).toBeLessThanOrEqual(bounds.right);
      expect(c.y).toBeGreaterThanOrEqual(bounds.top);
      expect(c.y).toBeLessThanOrEqual(bounds.bottom);
    }
  });

  it('no two cards overlap, for any scores and up to 60 cards, placed or not', () => {
    const card = fc.record({
      impact: score,
      effort: score,
      // On the urgency × importance matrix a card without these scores is not placed yet.
      scores: fc.record({ urgency: score, importance: score }, { requiredKeys: [] }),
    });
    fc.assert(
      fc.property(fc.array(card, { maxLength: 60 }), fc.boolean(), (cards, urgency) => {
        const base = boardWith(cards.map((c, i) => ({ id: `c${i}`, ...c })));
        const w = urgency ? { ...base, board: { ...base.board, axes: 'urgency-importance' as const } } : base;
        const centres = matrixCentres(w.priorities, axesOf(w.board), frame, { size, gap: 8 });
        expect(centres.size).toBe(cards.length);
        expect(overlappingPairs([...centres.values()])).toBe(0);
      }),
      { numRuns: 150 },
    );
  });

  it('a card keeps its own scores’ point when nothing is there, and placed cards go before unplaced ones', () => {
    const base = boardWith([
      { id: 'new' },
      { id: 'mid', scores: { urgency: 5, importance: 5 } },
      { id: 'corner', scores: { urgency: 0, importance: 10 } },
    ]);
    const w = { ...base, board: { ...base.board, axes: 'urgency-importance' as const } };
    const centres = matrixCentres(w.priorities, axesOf(w.board), frame, { size, gap: 8 });
    expect(centres.get('mid')).toEqual({ x: 800, y: 475 });
    expect(centres.get('corner')).toEqual({ x: 0, y: 0 });
    expect(centres.get('new')).not.toEqual({ x: 800, y: 475 });
  });

  it('keeps cards off obstacles and spills into rows below when the bounds are full', () => {
    const quadrantName: Box = { left: 0, top: 0, right: 300, bottom: 40 };
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ x: fc.integer({ min: -50, max: 650 }), y: fc.integer({ min: -50, max: 450 }) }),
          {
            maxLength: 40,
          },
        ),
        (wanted) => {
          const small: Box = { left: 0, top: 0, right: 600, bottom: 400 };
          const centres = spreadCards(wanted, { size, bounds: small, gap: 8, obstacles: [quadrantName] });
          expect(overlappingPairs(centres)).toBe(0);
          for (const c of centres) expect(boxesOverlap(cardBox(c, size), quadrantName)).toBe(false);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('lays out a thousand cards quickly', () => {
    const wanted = Array.from({ length: 1000 }, (_, i) => ({
      x: ((i * 37) % 97) * 80,
      y: ((i * 53) % 89) * 55,
    }));
    const t0 = performance.now();
    const centres = spreadCards(wanted, {
      size,
      bounds: { left: 0, top: 0, right: 8000, bottom: 4750 },
      gap: 8,
    });
    const ms = performance.now() - t0;
    expect(overlappingPairs(centres)).toBe(0);
    // A thousand-card board lays out within a frame budget or two, even on a busy machine.
    expect(ms).toBeLessThan(1000);
  });
});
