import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addMinutes,
  formatRemaining,
  pauseTimer,
  remainingMs,
  resumeTimer,
  startTimer,
  timerTone,
} from '../../../../src/shared/domain/agenda';

const T0 = Date.parse('2027-01-15T09:00:00Z');
const MIN = 60_000;

describe('the block timer', () => {
  it('counts from an end time: a 10-minute sleep of the laptop costs 10 minutes, no drift', () => {
    const timer = startTimer(T0, 25);
    expect(remainingMs(timer, T0 + 10 * MIN)).toBe(15 * MIN);
    // However often it is read (a busy window reads late and seldom), the answer is the clock's.
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 60 * MIN }), { maxLength: 50 }), (reads) => {
        for (const at of reads) expect(remainingMs(timer, T0 + at)).toBe(25 * MIN - at);
      }),
    );
  });

  it('survives a reload: the same stored timer gives the same time left', () => {
    const stored = JSON.parse(JSON.stringify(startTimer(T0, 30))) as ReturnType<typeof startTimer>;
    expect(remainingMs(stored, T0 + 7 * MIN)).toBe(23 * MIN);
  });

  it('pauses and resumes without losing or gaining time, and takes +1 / −1 minute', () => {
    let timer = startTimer(T0, 20);
    timer = pauseTimer(timer, T0 + 5 * MIN);
    expect(remainingMs(timer, T0 + 60 * MIN)).toBe(15 * MIN); // paused: the clock does not count
    timer = resumeTimer(timer, T0 + 60 * MIN);
    expect(remainingMs(timer, T0 + 61 * MIN)).toBe(14 * MIN);
    timer = addMinutes(timer, 1);
    expect(remainingMs(timer, T0 + 61 * MIN)).toBe(15 * MIN);
    timer = addMinutes(timer, -1);
    expect(remainingMs(timer, T0 + 61 * MIN)).toBe(14 * MIN);
  });

  it('turns amber at a fifth left and red at a twentieth and when over', () => {
    const timer = startTimer(T0, 20);
    expect(timerTone(timer, T0 + 15 * MIN)).toBe('normal');
    expect(timerTone(timer, T0 + 16 * MIN)).toBe('amber');
    expect(timerTone(timer, T0 + 19 * MIN)).toBe('red');
    expect(timerTone(timer, T0 + 25 * MIN)).toBe('red');
  });

  it('says the time left in minutes and seconds, with a minus once over', () => {
    expect(formatRemaining(12 * MIN + 5_000)).toBe('12:05');
    expect(formatRemaining(8_400)).toBe('0:09');
    expect(formatRemaining(-(3 * MIN + 20_000))).toBe('−3:20');
  });
});
