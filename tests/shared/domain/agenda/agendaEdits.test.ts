import { describe, expect, it } from 'vitest';
import {
  addBlock,
  addDay,
  AgendaError,
  moveBlock,
  removeBlock,
  removeDay,
  setTimeZone,
  updateBlock,
  updateDay,
} from '../../../../src/shared/domain/agenda';
import { Workspace } from '../../../../src/shared/domain/workspace';
import { offsite } from './agendaFixture';

const titles = (w: Workspace, dayId = 'day-1') =>
  w.agenda.blocks.filter((b) => b.dayId === dayId).map((b) => b.title);

describe('editing the agenda', () => {
  it('refuses durations outside 1 min – 8 h, and a shortest length above the block, changing nothing', () => {
    const w = offsite();
    expect(() => updateBlock(w, 'b1', { minutes: 0 })).toThrow('at least 1 minute');
    expect(() => updateBlock(w, 'b1', { minutes: 481 })).toThrow('at most 8 hours');
    expect(() => updateBlock(w, 'b1', { minutes: 12.5 })).toThrow(AgendaError);
    expect(() => updateBlock(w, 'b2', { minMinutes: 120 })).toThrow(
      'cannot shrink to 120 min: it lasts 90 min',
    );
    expect(() => addBlock(w, { title: '   ', minutes: 10, kind: 'break' }, 'x')).toThrow('needs a title');
    expect(() => addBlock(w, { title: 'x'.repeat(201), minutes: 10, kind: 'break' }, 'x')).toThrow(
      'at most 200',
    );
    expect(() => updateBlock(w, 'b4', { fixedStart: 1440 })).toThrow('00:00 to 23:59');
    expect(() => setTimeZone(w, 'Mars/Olympus')).toThrow('not a time zone');
    expect(w).toEqual(offsite());
  });

  it('takes the shortest length down with a shorter block, so the edit stays valid', () => {
    const w = updateBlock(offsite(), 'b2', { minutes: 30 });
    const block = w.agenda.blocks.find((b) => b.id === 'b2')!;
    expect([block.minutes, block.minMinutes]).toEqual([30, 30]);
    expect(Workspace.safeParse(w).success).toBe(true);
  });

  it('moves a block within its day and to another day, keeping the running order by day', () => {
    let w = addDay(offsite(), 'day-2');
    expect(w.agenda.days[1]!.date).toBe('2027-01-15');
    w = moveBlock(w, 'b6', 'day-1', 0);
    expect(titles(w)[0]).toBe('Messages to our teams');
    w = moveBlock(w, 'b5', 'day-2', 0);
    expect(titles(w, 'day-2')).toEqual(['Commit to one focus']);
    expect(w.agenda.blocks[w.agenda.blocks.length - 1]!.id).toBe('b5');
    w = moveBlock(w, 'b1', 'day-2', 5);
    expect(titles(w, 'day-2')).toEqual(['Commit to one focus', 'Check-in']);
    expect(Workspace.safeParse(w).success).toBe(true);
  });

  it('removing a day keeps its blocks on the neighbouring day; the last day cannot go', () => {
    let w = addDay(offsite(), 'day-2');
    w = moveBlock(w, 'b6', 'day-2', 0);
    w = removeDay(w, 'day-2');
    expect(titles(w)).toContain('Messages to our teams');
    expect(w.agenda.blocks).toHaveLength(6);
    expect(() => removeDay(w, 'day-1')).toThrow('at least one day');
  });

  it('checks a day’s hours, and stops the timer when its block is removed', () => {
    expect(() => updateDay(offsite(), 'day-1', { end: 500 })).toThrow('end after it starts');
    expect(() => updateDay(offsite(), 'day-1', { date: '14/01/2027' })).toThrow('YYYY-MM-DD');
    const running = { ...offsite() };
    running.agenda = {
      ...running.agenda,
      run: {
        ...running.agenda.run,
        blockId: 'b2',
        timer: { state: 'running', endsAt: 1, totalMs: 1 },
        countingSince: 0,
      },
    };
    const w = removeBlock(running, 'b2');
    expect(w.agenda.run.blockId).toBeNull();
    expect(w.agenda.run.timer.state).toBe('idle');
    expect(Workspace.safeParse(w).success).toBe(true);
  });
});
