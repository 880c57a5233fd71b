import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shuffledStart, startSeed } from '../../../../src/shared/domain/rounds';

const typed = (n: number) => Array.from({ length: n }, (_, i) => `item-${i + 1}`);

describe('shuffledStart', () => {
  it('is a reordering of the items, the same every time for the same seed', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string(), { maxLength: 40 }), fc.string(), (items, seed) => {
        const start = shuffledStart(items, seed);
        expect([...start].sort()).toEqual([...items].sort());
        expect(shuffledStart(items, seed)).toEqual(start);
      }),
    );
  });

  it('gives two voters of the same round different starting orders', () => {
    const items = typed(20);
    const team = ['dana', 'ravi', 'lena', 'tom', 'aiko', 'marcus', 'priya', 'jonas'];
    const starts = team.map((voter) => shuffledStart(items, startSeed('round-1', voter)).join(','));
    expect(new Set(starts).size).toBe(team.length);
    // The same voter in the next round (a re-vote) starts elsewhere too.
    expect(shuffledStart(items, startSeed('round-2', 'dana'))).not.toEqual(
      shuffledStart(items, startSeed('round-1', 'dana')),
    );
  });

  it('gives no item a head start: over many voters, every item is first about equally often', () => {
    const items = typed(6);
    const voters = 3000;
    const firsts = new Map<string, number>();
    const lasts = new Map<string, number>();
    let asTyped = 0;
    for (let v = 0; v < voters; v++) {
      const start = shuffledStart(items, startSeed(`round-${v % 7}`, `voter-${v}`));
      firsts.set(start[0]!, (firsts.get(start[0]!) ?? 0) + 1);
      lasts.set(start.at(-1)!, (lasts.get(start.at(-1)!) ?? 0) + 1);
      if (start.join() === items.join()) asTyped++;
    }
    // 1 in 6 each is 500; a fair shuffle stays well inside ±25 % of that.
    for (const id of items) {
      expect(firsts.get(id)).toBeGreaterThan(375);
      expect(firsts.get(id)).toBeLessThan(625);
      expect(lasts.get(id)).toBeGreaterThan(375);
      expect(lasts.get(id)).toBeLessThan(625);
    }
    // The typed order itself comes up about 1 in 720 times, not systematically.
    expect(asTyped).toBeLessThan(15);
  });
});
