import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  acceptReplan,
  formatClock,
  projectDay,
  scheduleDay,
  startBlock,
} from '../../../../src/shared/domain/agenda';
import { Workspace } from '../../../../src/shared/domain/workspace';
import { at, offsite } from './agendaFixture';

let n = 0;
const newId = () => `id-${++n}`;

describe('the re-plan offer', () => {
  it('says how late the day will end when a block overruns', () => {
    const w = startBlock(offsite(), 'b2', at('09:30'));
    // 25 minutes over on "Rank the bets" (planned to end at 11:00): the half hour before lunch absorbs it.
    expect(projectDay(w, at('11:25'))!.lateBy).toBe(0);
    // 45 minutes over: the board runs into lunch, which stays at 12:30, and the day ends late.
    const late = projectDay(w, at('11:45'))!;
    expect(late.currentEnd).toBeCloseTo(11 * 60 + 45);
    expect(formatClock(late.projectedEnd)).toBe('17:15');
    expect(late.lateBy).toBe(15);
    expect(late.replan.overflow).toBe(0);
    expect(formatClock(late.replannedEnd)).toBe('17:00');
  });

  it('accepting shrinks the flexible blocks, keeps lunch at 12:30 and ends the day on time', () => {
    const w = startBlock(offsite(), 'b2', at('09:30'));
    // 70 minutes over: the board has 15 min before lunch (it shrinks to its 30-min minimum and
    // clashes), the afternoon keeps its 210 minutes.
    const next = acceptReplan(w, at('11:45'), new Set(), newId);
    expect(Workspace.safeParse(next).success).toBe(true);
    const lengths = Object.fromEntries(next.agenda.blocks.map((b) => [b.id, b.minutes]));
    expect(lengths).toMatchObject({ b3: 45, b4: 60, b5: 120, b6: 90 });
    const later = acceptReplan(startBlock(offsite(), 'b2', at('09:30')), at('12:20'), new Set(), newId);
    const after = Object.fromEntries(later.agenda.blocks.map((b) => [b.id, b.minutes]));
    expect(after.b3).toBe(30); // its minimum: 20 min clash with lunch, said as a conflict
    expect(after.b4).toBe(60);
    const day = scheduleDay(later.agenda, later.agenda.days[0]!);
    expect(day.blocks.find((s) => s.block.id === 'b4')!.start).toBe(750);
    // A re-plan never lengthens a block, whatever the gap before lunch: not in the offer, not once accepted.
    const offered = projectDay(startBlock(offsite(), 'b2', at('09:30')), at('11:05'))!;
    for (const b of offered.replan.blocks) {
      expect(b.minutes).toBeLessThanOrEqual(offsite().agenda.blocks.find((o) => o.id === b.id)!.minutes);
    }
    const early = acceptReplan(startBlock(offsite(), 'b2', at('09:30')), at('11:05'), new Set(), newId);
    for (const b of early.agenda.blocks) {
      expect(b.minutes).toBeLessThanOrEqual(offsite().agenda.blocks.find((o) => o.id === b.id)!.minutes);
    }
  });

  it('drops the chosen blocks to the parking lot, linked to their priority', () => {
    const w = startBlock(offsite(), 'b2', at('09:30'));
    const next = acceptReplan(w, at('12:10'), new Set(['b3']), newId);
    expect(next.agenda.blocks.map((b) => b.id)).not.toContain('b3');
    expect(next.parkingLot).toHaveLength(1);
    expect(next.parkingLot[0]).toMatchObject({ priorityId: 'p1', blockId: 'b2', outcome: 'open' });
    expect(next.parkingLot[0]!.text).toContain('Board: EU against SSO');
  });

  it('never moves a fixed start, never goes below a minimum, and keeps the order (any overrun)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 300 }), (lateMinutes) => {
        const w = startBlock(offsite(), 'b2', at('09:30'));
        const now = at('11:00') + lateMinutes * 60_000;
        const next = acceptReplan(w, now, new Set(), newId);
        expect(Workspace.safeParse(next).success).toBe(true);
        expect(next.agenda.blocks.map((b) => b.id)).toEqual(w.agenda.blocks.map((b) => b.id));
        for (const b of next.agenda.blocks) {
          expect(b.minutes).toBeGreaterThanOrEqual(b.minMinutes);
          expect(b.fixedStart).toBe(w.agenda.blocks.find((o) => o.id === b.id)!.fixedStart);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('offers nothing while no block runs', () => {
    expect(projectDay(offsite(), at('10:00'))).toBeNull();
  });
});
