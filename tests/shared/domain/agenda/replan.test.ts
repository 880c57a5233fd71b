import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitSegment, replanDay, type PlanBlock } from '../../../../src/shared/domain/agenda';

const RUNS = Number(process.env['FUZZ_RUNS'] ?? 300);

/** A day's remaining blocks: 1–8 h flexible blocks, with lunch-like fixed starts in order. */
const dayArbitrary = fc
  .record({
    plannedStart: fc.integer({ min: 8 * 60, max: 11 * 60 }),
    /** How late the running block ends: the overrun the re-plan absorbs (or added time). */
    overrun: fc.integer({ min: -30, max: 180 }),
    length: fc.integer({ min: 60, max: 10 * 60 }),
    blocks: fc.array(
      fc.record({
        minutes: fc.integer({ min: 1, max: 120 }),
        minShare: fc.double({ min: 0, max: 1, noNaN: true }),
        fixedAfter: fc.option(fc.integer({ min: 0, max: 240 }), { freq: 4 }),
      }),
      { maxLength: 30 },
    ),
  })
  .map(({ plannedStart, overrun, length, blocks }) => {
    const now = plannedStart + overrun;
    let cursor = plannedStart;
    const plan: PlanBlock[] = blocks.map((b, i) => {
      const minMinutes = Math.max(1, Math.floor(b.minutes * b.minShare));
      let fixedStart: number | null = null;
      if (b.fixedAfter !== null) {
        cursor += b.fixedAfter;
        fixedStart = cursor;
      }
      cursor += b.minutes;
      return { id: `b${i}`, minutes: b.minutes, minMinutes, fixedStart };
    });
    return { now, dayEnd: plannedStart + length, plan };
  });

describe('re-planning the rest of the day', () => {
  it('keeps fixed starts, minimums and the order, and fills each stretch between fixed points exactly', () => {
    fc.assert(
      fc.property(dayArbitrary, ({ now, dayEnd, plan }) => {
        const { blocks, overflow, conflicts } = replanDay(plan, now, dayEnd);
        expect(blocks.map((b) => b.id)).toEqual(plan.map((b) => b.id));
        let cursor = now;
        let segmentMinimum = 0;
        let segmentFlexible = 0;
        let segmentStart = now;
        const closes = (end: number) => {
          // A stretch with flexible blocks and room for their minimums ends exactly on time.
          if (segmentFlexible > 0 && end - segmentStart >= segmentMinimum) expect(cursor).toBe(end);
          segmentMinimum = 0;
          segmentFlexible = 0;
        };
        blocks.forEach((b, i) => {
          const planned = plan[i]!;
          expect(b.minutes).toBeGreaterThanOrEqual(planned.minMinutes);
          if (planned.fixedStart !== null) {
            closes(planned.fixedStart);
            expect(b.start).toBe(planned.fixedStart); // never moved
            expect(b.minutes).toBe(planned.minutes);
            if (cursor > planned.fixedStart) expect(conflicts).toContain(b.id);
            cursor = Math.max(cursor, b.start + b.minutes);
            segmentStart = cursor;
          } else {
            expect(b.start).toBe(cursor); // one after the other, no gap, no overlap
            cursor += b.minutes;
            segmentMinimum += planned.minMinutes;
            segmentFlexible++;
          }
        });
        closes(Math.max(segmentStart, dayEnd));
        expect(overflow).toBeGreaterThanOrEqual(0);
        if (overflow === 0 && conflicts.length === 0 && blocks.length > 0) {
          expect(cursor).toBeLessThanOrEqual(Math.max(dayEnd, segmentStart));
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('shrinks in proportion: a 20-minute overrun takes 10 from a 60 and 10 from a 60, 0 from lunch', () => {
    const plan: PlanBlock[] = [
      { id: 'strategy', minutes: 60, minMinutes: 20, fixedStart: null },
      { id: 'hiring', minutes: 60, minMinutes: 20, fixedStart: null },
      { id: 'lunch', minutes: 45, minMinutes: 45, fixedStart: 12 * 60 + 30 },
    ];
    // 10:50 instead of 10:30: 100 minutes left before lunch.
    const { blocks, overflow, conflicts } = replanDay(plan, 10 * 60 + 50, 13 * 60 + 15);
    expect(blocks.map((b) => [b.id, b.start, b.minutes])).toEqual([
      ['strategy', 650, 50],
      ['hiring', 700, 50],
      ['lunch', 750, 45],
    ]);
    expect(overflow).toBe(0);
    expect(conflicts).toEqual([]);
  });

  it('never goes below a minimum: what cannot fit is the overflow, for the facilitator to drop', () => {
    const plan: PlanBlock[] = [
      { id: 'a', minutes: 60, minMinutes: 40, fixedStart: null },
      { id: 'b', minutes: 30, minMinutes: 25, fixedStart: null },
    ];
    const { blocks, overflow } = replanDay(plan, 600, 650);
    expect(blocks.map((b) => b.minutes)).toEqual([40, 25]);
    expect(overflow).toBe(15);
  });

  it('holds a short block at its minimum and gives the rest to the others', () => {
    const { blocks } = fitSegment(
      [
        { id: 'warm-up', minutes: 10, minMinutes: 10, fixedStart: null },
        { id: 'debate', minutes: 90, minMinutes: 30, fixedStart: null },
      ],
      70,
    );
    expect(blocks.map((b) => b.minutes)).toEqual([10, 60]);
  });
});
