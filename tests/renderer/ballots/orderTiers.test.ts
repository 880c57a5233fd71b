import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  dropAt,
  fromRows,
  initialTiers,
  moveStep,
  moveToEdge,
  setTied,
  toRows,
  type Tiers,
} from '../../../src/renderer/src/features/ranking/ballots/orderTiers';

/** Any tiered order of items a, b, c… (no empty tier, each item once). */
const tiersArb = fc.array(fc.boolean(), { minLength: 1, maxLength: 9 }).chain((ties) =>
  fc
    .shuffledSubarray(
      ties.map((_, i) => String.fromCharCode(97 + i)),
      { minLength: ties.length, maxLength: ties.length },
    )
    .map((ids) => fromRows(ids.map((id, i) => ({ id, tied: i > 0 && ties[i]! })))),
);

const sortedItems = (tiers: Tiers) => tiers.flat().sort();
const wellFormed = (tiers: Tiers) => tiers.every((t) => t.length > 0);
/** How many other items are ranked at least as high as `id` (ties included). */
const atOrAbove = (tiers: Tiers, id: string) => {
  const t = tiers.findIndex((tier) => tier.includes(id));
  return tiers.slice(0, t + 1).flat().length - 1;
};
const atOrBelow = (tiers: Tiers, id: string) => {
  const t = tiers.findIndex((tier) => tier.includes(id));
  return tiers.slice(t).flat().length - 1;
};

describe('order ballot moves', () => {
  it('a step up or down keeps every item once and strictly improves or lowers the item', () => {
    fc.assert(
      fc.property(tiersArb, fc.nat(), fc.boolean(), (tiers, pick, up) => {
        const ids = tiers.flat();
        const id = ids[pick % ids.length]!;
        const next = moveStep(tiers, id, up ? -1 : 1);
        expect(sortedItems(next)).toEqual(sortedItems(tiers));
        expect(wellFormed(next)).toBe(true);
        if (next === tiers) {
          // Only the top row cannot go up, and only the bottom row cannot go down.
          expect(id).toBe(up ? ids[0] : ids.at(-1));
        } else if (up) {
          expect(atOrAbove(next, id)).toBeLessThan(atOrAbove(tiers, id));
        } else {
          expect(atOrBelow(next, id)).toBeLessThan(atOrBelow(tiers, id));
        }
        expect(next.find((t) => t.includes(id))).toEqual(
          next === tiers ? tiers.find((t) => t.includes(id)) : [id],
        );
      }),
    );
  });

  it('a drop puts the item at that row, keeps the others in order, and never breaks up a tie', () => {
    fc.assert(
      fc.property(tiersArb, fc.nat(), fc.nat(), (tiers, pick, to) => {
        const ids = tiers.flat();
        const id = ids[pick % ids.length]!;
        const toIndex = to % ids.length;
        const next = dropAt(tiers, id, toIndex);
        expect(next.flat().indexOf(id)).toBe(toIndex);
        expect(next.flat().filter((x) => x !== id)).toEqual(ids.filter((x) => x !== id));
        expect(wellFormed(next)).toBe(true);
        // Items tied before stay tied.
        for (const tier of tiers) {
          const others = tier.filter((x) => x !== id);
          if (others.length > 1) expect(next.some((t) => others.every((x) => t.includes(x)))).toBe(true);
        }
      }),
    );
  });

  it('to the top or the bottom: the item alone at that end, the others in their order and ties', () => {
    fc.assert(
      fc.property(tiersArb, fc.nat(), fc.boolean(), (tiers, pick, top) => {
        const ids = tiers.flat();
        const id = ids[pick % ids.length]!;
        const next = moveToEdge(tiers, id, top ? 'top' : 'bottom');
        expect(wellFormed(next)).toBe(true);
        expect(top ? next[0] : next.at(-1)).toEqual([id]);
        const rest = next.filter((t) => !t.includes(id));
        expect(rest).toEqual(tiers.map((t) => t.filter((x) => x !== id)).filter((t) => t.length > 0));
      }),
    );
    const alone = [['a'], ['b', 'c']];
    expect(moveToEdge(alone, 'a', 'top')).toBe(alone);
    expect(moveToEdge(alone, 'c', 'bottom')).toEqual([['a'], ['b'], ['c']]);
  });

  it('dropping inside a tie joins it; dropping between places stands alone', () => {
    const tiers = [['a'], ['b', 'c'], ['d']];
    expect(dropAt(tiers, 'd', 2)).toEqual([['a'], ['b', 'd', 'c']]);
    expect(dropAt(tiers, 'a', 2)).toEqual([['b', 'c'], ['a'], ['d']]);
    expect(dropAt(tiers, 'b', 3)).toEqual([['a'], ['c'], ['d'], ['b']]);
  });

  it('"tied with the one above" joins or splits at that row, and rows round-trip', () => {
    fc.assert(
      fc.property(tiersArb, (tiers) => {
        expect(fromRows(toRows(tiers))).toEqual(tiers);
      }),
    );
    expect(setTied([['a'], ['b'], ['c']], 'b', true)).toEqual([['a', 'b'], ['c']]);
    expect(setTied([['a', 'b', 'c']], 'b', false)).toEqual([['a'], ['b', 'c']]);
    expect(setTied([['a'], ['b']], 'a', true)).toEqual([['a'], ['b']]);
  });

  it('starts from the earlier order ballot only, ignoring other kinds', () => {
    expect(initialTiers(['a', 'b'], { kind: 'dots', allocation: [] })).toEqual([['a'], ['b']]);
    expect(
      initialTiers(['a', 'b', 'c'], {
        kind: 'order',
        tiers: [
          ['c', 'x'],
          ['a', 'c'],
        ],
      }),
    ).toEqual([['c'], ['a'], ['b']]);
  });
});
