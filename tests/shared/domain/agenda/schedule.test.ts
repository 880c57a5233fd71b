import { describe, expect, it } from 'vitest';
import {
  formatClock,
  parseClock,
  minuteOfDayIn,
  scheduleDay,
  updateBlock,
  isTimeZone,
  dateIn,
} from '../../../../src/shared/domain/agenda';
import { offsite } from './agendaFixture';

describe('the planned day', () => {
  it('gives each block its start: flexible ones follow on, lunch stays at 12:30 with the gap before it shown', () => {
    const w = offsite();
    const day = scheduleDay(w.agenda, w.agenda.days[0]!);
    expect(day.blocks.map((s) => `${formatClock(s.start)}–${formatClock(s.end)} ${s.block.title}`)).toEqual([
      '09:00–09:30 Check-in',
      '09:30–11:00 Rank the bets',
      '11:00–12:00 Board: EU against SSO',
      '12:30–13:30 Lunch',
      '13:30–15:30 Commit to one focus',
      '15:30–17:00 Messages to our teams',
    ]);
    expect(day.blocks[3]!.gapBefore).toBe(30);
    expect(day.blocks[3]!.conflictMinutes).toBe(0);
    expect(day.overrun).toBe(0);
  });

  it('shows a fixed start the blocks before run into as a conflict, and never moves it', () => {
    const w = updateBlock(offsite(), 'b3', { minutes: 105 });
    const day = scheduleDay(w.agenda, w.agenda.days[0]!);
    const lunch = day.blocks.find((s) => s.block.id === 'b4')!;
    expect(lunch.start).toBe(750);
    expect(lunch.conflictMinutes).toBe(15);
    // Lunch still ends at 13:30, so the afternoon keeps its times: the clash is the one thing to settle.
    expect(day.blocks.find((s) => s.block.id === 'b5')!.start).toBe(810);
    expect(day.overrun).toBe(0);
    // A fixed block that itself runs on pushes the day past its end.
    const long = updateBlock(w, 'b4', { minutes: 75 });
    expect(scheduleDay(long.agenda, long.agenda.days[0]!).overrun).toBe(15);
  });
});

describe('times of day in the agenda’s zone', () => {
  it('reads a moment in the zone the agenda states, not the laptop’s', () => {
    const moment = Date.parse('2027-07-01T10:15:30Z');
    expect(minuteOfDayIn('Europe/Lisbon', moment)).toBeCloseTo(11 * 60 + 15.5);
    expect(minuteOfDayIn('Asia/Tokyo', moment)).toBeCloseTo(19 * 60 + 15.5);
    expect(dateIn('Pacific/Auckland', Date.parse('2027-01-14T12:00:00Z'))).toBe('2027-01-15');
  });

  it('writes and reads clock times, refusing what is not one', () => {
    expect(formatClock(750)).toBe('12:30');
    expect(formatClock(1440 + 15)).toBe('+1 00:15');
    expect(parseClock('9:05')).toBe(545);
    expect(parseClock('12h30')).toBe(750);
    expect(parseClock('25:00')).toBeNull();
    expect(parseClock('noon')).toBeNull();
    expect(isTimeZone('Europe/Lisbon')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
  });
});
