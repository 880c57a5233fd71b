import { describe, expect, it } from 'vitest';
import { nextQuarterIn } from '../../../src/renderer/src/features/series/nextQuarterText';

describe('the next quarter suggested from this one', () => {
  it.each([
    ['2027-Q1', '2027-Q2'],
    ['2027-Q4', '2028-Q1'],
    ['2027 Q3', '2027 Q4'],
    ['Q4 2027', 'Q1 2028'],
    ['Q1 2027 Leadership Offsite', 'Q2 2027 Leadership Offsite'],
    ['Leadership offsite 2026-q4 (Lisbon)', 'Leadership offsite 2027-q1 (Lisbon)'],
  ])('%s → %s', (text, next) => {
    expect(nextQuarterIn(text)).toBe(next);
  });

  it('leaves text that names no quarter as it is, for the facilitator to change', () => {
    expect(nextQuarterIn('FY2027')).toBe('FY2027');
    expect(nextQuarterIn('Spring offsite')).toBe('Spring offsite');
    expect(nextQuarterIn('HQ5 2027')).toBe('HQ5 2027');
  });
});
