import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CheckpointFigures, QuarterSummary } from '../../../../src/shared/domain/series/quarterSummary';
import { arrow, seriesTrends, type Polarity } from '../../../../src/shared/domain/series/trends';

const question = (questionId: string, counts: CheckpointFigures['counts']): CheckpointFigures => {
  const n = counts.reduce((s, c) => s + c, 0);
  const mean = n === 0 ? null : counts.reduce((s, c, i) => s + c * (i + 1), 0) / n;
  return { questionId, wording: `Question ${questionId}`, counts, n, mean, agreement: null, label: 'mixed' };
};

const base = (period: string, label: string): QuarterSummary => ({
  period,
  label,
  rankingAgreement: null,
  committedEffort: null,
  commitmentCompletion: null,
  contestedMinutes: null,
  checkpoint: null,
  supportAverage: null,
});

/** Four quarters, figures chosen by hand; the expected arrows are worked out beside each test. */
const QUARTERS: QuarterSummary[] = [
  {
    ...base('2027-Q1', 'Q1 2027'),
    rankingAgreement: { w: 0.6, question: 'Bets', voters: 6 },
    committedEffort: { now: 10, next: 5, later: 5 }, // 50 / 25 / 25 %
    commitmentCompletion: { percent: 50, graded: 4 },
    contestedMinutes: 40,
    checkpoint: [question('same-message', [0, 1, 3, 1, 0])], // (2 + 9 + 4) / 5 = 3.0
    supportAverage: 3,
  },
  {
    ...base('2027-Q2', 'Q2 2027'),
    rankingAgreement: { w: 0.7, question: 'Bets', voters: 6 },
    committedEffort: { now: 12, next: 5, later: 3 }, // 60 / 25 / 15 %
    commitmentCompletion: { percent: 52, graded: 5 },
    checkpoint: [question('same-message', [0, 0, 2, 3, 0])], // (6 + 12) / 5 = 3.6
  },
  {
    ...base('2027-Q3', 'Q3 2027'),
    committedEffort: { now: 14, next: 4, later: 2 }, // 70 / 20 / 10 %
    commitmentCompletion: { percent: 75, graded: 4 },
    contestedMinutes: 25,
    checkpoint: [question('same-message', [0, 0, 3, 3, 0]), question('own', [0, 0, 0, 0, 0])], // 3.5
    supportAverage: 3.5,
  },
  { ...base('2027-Q4', 'Q4 2027'), rankingAgreement: { w: 0.72, question: 'Bets', voters: 5 } },
];

const trends = seriesTrends(QUARTERS);
const metric = (key: string) => trends.metrics.find((m) => m.key === key)!;
const arrows = (key: string) => metric(key).points.map((p) => p.arrow?.direction ?? null);

describe('trends across quarters', () => {
  it('draws ranking agreement with arrows against last quarter and a gap where a quarter has none', () => {
    // Q2: 0.70 − 0.60 = +0.10 > 0.05 → up, better. Q3 has no revealed round; Q4 has no quarter to compare with.
    expect(metric('ranking-agreement').points.map((p) => p.value)).toEqual([0.6, 0.7, null, 0.72]);
    expect(arrows('ranking-agreement')).toEqual([null, 'up', null, null]);
    expect(metric('ranking-agreement').points[1]!.arrow).toMatchObject({
      reading: 'better',
      words: '↑ 0.10 higher than last quarter (better)',
    });
    expect(metric('ranking-agreement').points[2]!.missing).toBe(
      'No revealed ranking round with two ballots or more.',
    );
  });

  it('reads a small change as flat: completion 50 → 52 is within 5 points, 52 → 75 is up', () => {
    expect(arrows('commitment-completion')).toEqual([null, 'flat', 'up', null]);
    expect(metric('commitment-completion').points[1]!.arrow?.words).toBe('→ about the same as last quarter');
    expect(metric('commitment-completion').points[3]!.missing).toBe(
      'No commitments graded yet (Grading last quarter, on the Setup tab).',
    );
  });

  it('shows the horizon balance as shares of committed effort and warns when Later shrinks twice', () => {
    expect(metric('horizon-now').points.map((p) => p.value)).toEqual([50, 60, 70, null]);
    expect(metric('horizon-later').points.map((p) => p.value)).toEqual([25, 15, 10, null]);
    // Later: 25 → 15 (−10) and 15 → 10 (−5), both beyond 2 points: down twice.
    expect(arrows('horizon-later')).toEqual([null, 'down', 'down', null]);
    // More effort on Now is neither good nor bad in itself: no "better" or "worse".
    expect(metric('horizon-now').points[1]!.arrow).toMatchObject({
      reading: null,
      words: '↑ 10 points higher than last quarter',
    });
    expect(trends.warnings).toEqual([
      'Committed effort on Later shrank two quarters in a row (25% in Q1 2027, 15% in Q2 2027, 10% in Q3 2027): little is being prepared beyond next quarter.',
    ]);
  });

  it('gives each checkpoint question its mean with the distribution behind it', () => {
    const same = metric('checkpoint-same-message');
    // 3.0 → 3.6 (+0.6, up) → 3.5 (−0.1, within 0.25: flat); Q4 held no checkpoint.
    expect(same.points.map((p) => p.value)).toEqual([3, 3.6, 3.5, null]);
    expect(same.points.map((p) => p.distribution)).toEqual([
      [0, 1, 3, 1, 0],
      [0, 0, 2, 3, 0],
      [0, 0, 3, 3, 0],
      undefined,
    ]);
    expect(arrows('checkpoint-same-message')).toEqual([null, 'up', 'flat', null]);
    expect(same.points[3]!.missing).toBe('No alignment checkpoint.');
    const own = metric('checkpoint-own');
    expect(own.points.map((p) => p.missing)).toEqual([
      'Not asked.',
      'Not asked.',
      'No answers.',
      'No alignment checkpoint.',
    ]);
  });

  it('leaves support and contested minutes without an arrow where the quarter before is missing', () => {
    expect(metric('support-average').points.map((p) => p.value)).toEqual([3, null, 3.5, null]);
    expect(arrows('support-average')).toEqual([null, null, null, null]);
    expect(metric('contested-minutes').points.map((p) => p.value)).toEqual([40, null, 25, null]);
  });

  it('gives no warning when Later shrinks only once', () => {
    expect(seriesTrends(QUARTERS.slice(0, 2)).warnings).toEqual([]);
    expect(seriesTrends([]).metrics.every((m) => m.points.length === 0)).toBe(true);
  });
});

describe('arrows', () => {
  const value = fc.double({ min: -1000, max: 1000, noNaN: true });
  const polarity = fc.constantFrom<Polarity>('up-is-good', 'down-is-good', 'neither');
  const opposite = { up: 'down', down: 'up', flat: 'flat' } as const;
  const flipped = { better: 'worse', worse: 'better', unchanged: 'unchanged' } as const;

  it('are antisymmetric: swapping the quarters reverses the arrow and its reading', () => {
    fc.assert(
      fc.property(value, value, fc.double({ min: 0, max: 10, noNaN: true }), polarity, (a, b, t, p) => {
        const forth = arrow(a, b, t, p);
        const back = arrow(b, a, t, p);
        expect(back.direction).toBe(opposite[forth.direction]);
        expect(back.change + forth.change).toBe(0);
        expect(back.reading).toBe(forth.reading === null ? null : flipped[forth.reading]);
      }),
    );
  });

  it('never draw a missing quarter as 0', () => {
    const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: null });
    const summary = fc.record({
      w: maybe(fc.double({ min: 0, max: 1, noNaN: true })),
      support: maybe(fc.double({ min: 1, max: 5, noNaN: true })),
      minutes: maybe(fc.nat(600)),
    });
    fc.assert(
      fc.property(fc.array(summary, { maxLength: 8 }), (list) => {
        const t = seriesTrends(
          list.map((s, i) => ({
            ...base(`q${i}`, `Quarter ${i}`),
            rankingAgreement: s.w === null ? null : { w: s.w, question: 'Q', voters: 5 },
            supportAverage: s.support,
            contestedMinutes: s.minutes,
          })),
        );
        for (const m of t.metrics) {
          expect(m.points).toHaveLength(list.length);
          for (const p of m.points) {
            expect(p.value === null).toBe(p.missing !== null);
            if (p.value === null) expect(p.arrow).toBeNull();
          }
        }
      }),
    );
  });
});
