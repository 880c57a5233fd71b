import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commitmentCompletion, kpiStatus } from '../../../../src/shared/domain/deck';

const row = (target: number | null, actual: number | null, better: 'higher' | 'lower' = 'higher') => ({
  target,
  actual,
  better,
});

describe('kpiStatus', () => {
  it('is on track when the actual meets or beats the target', () => {
    expect(kpiStatus(row(100, 100))).toBe('on-track');
    expect(kpiStatus(row(100, 130))).toBe('on-track');
    expect(kpiStatus(row(2, 1.5, 'lower'))).toBe('on-track');
  });

  it('is at risk within 10 % of the target and off track beyond', () => {
    expect(kpiStatus(row(100, 90))).toBe('at-risk');
    expect(kpiStatus(row(100, 89.9))).toBe('off-track');
    expect(kpiStatus(row(2, 2.2, 'lower'))).toBe('at-risk');
    expect(kpiStatus(row(2, 2.3, 'lower'))).toBe('off-track');
  });

  it('respects which direction is better: lower churn is good, higher churn is not', () => {
    expect(kpiStatus(row(5, 3, 'lower'))).toBe('on-track');
    expect(kpiStatus(row(5, 3, 'higher'))).toBe('off-track');
  });

  it('says "no data" when the actual or the target is missing', () => {
    expect(kpiStatus(row(null, 3))).toBe('no-data');
    expect(kpiStatus(row(3, null))).toBe('no-data');
  });

  it('has no band around a target of zero, and handles negative targets by size', () => {
    expect(kpiStatus(row(0, 0, 'lower'))).toBe('on-track');
    expect(kpiStatus(row(0, 0.01, 'lower'))).toBe('off-track');
    expect(kpiStatus(row(-100, -105))).toBe('at-risk');
  });

  it('never gets better when the actual gets worse (property)', () => {
    const rank = { 'on-track': 0, 'at-risk': 1, 'off-track': 2, 'no-data': 3 } as const;
    const finite = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true });
    fc.assert(
      fc.property(finite, finite, fc.double({ min: 0, max: 1e6, noNaN: true }), (target, actual, worse) => {
        const a = kpiStatus(row(target, actual));
        const b = kpiStatus(row(target, actual - worse));
        expect(rank[b]).toBeGreaterThanOrEqual(rank[a]);
        const c = kpiStatus(row(target, actual, 'lower'));
        const d = kpiStatus(row(target, actual + worse, 'lower'));
        expect(rank[d]).toBeGreaterThanOrEqual(rank[c]);
      }),
    );
  });
});

describe('commitmentCompletion', () => {
  const graded = (...grades: Array<'done' | 'partly' | 'missed' | 'ungraded'>) =>
    grades.map((grade) => ({ grade }));

  it('counts done as 1, partly as ½ and missed as 0', () => {
    expect(commitmentCompletion(graded('done', 'partly', 'missed', 'done'))).toEqual({
      percent: 63,
      done: 2,
      partly: 1,
      missed: 1,
      graded: 4,
    });
    expect(commitmentCompletion(graded('done', 'done')).percent).toBe(100);
    expect(commitmentCompletion(graded('missed')).percent).toBe(0);
  });

  it('leaves ungraded commitments out', () => {
    expect(commitmentCompletion(graded('done', 'ungraded', 'ungraded'))).toEqual({
      percent: 100,
      done: 1,
      partly: 0,
      missed: 0,
      graded: 1,
    });
  });

  it('has no percentage when nothing is graded', () => {
    expect(commitmentCompletion([]).percent).toBeNull();
    expect(commitmentCompletion(graded('ungraded')).percent).toBeNull();
  });

  it('stays between 0 and 100 (property)', () => {
    const grade = fc.constantFrom('done' as const, 'partly' as const, 'missed' as const, 'ungraded' as const);
    fc.assert(
      fc.property(fc.array(grade), (grades) => {
        const c = commitmentCompletion(graded(...grades));
        expect(c.graded).toBe(grades.filter((g) => g !== 'ungraded').length);
        if (c.percent !== null) expect(c.percent).toBeGreaterThanOrEqual(0);
        if (c.percent !== null) expect(c.percent).toBeLessThanOrEqual(100);
      }),
    );
  });
});
