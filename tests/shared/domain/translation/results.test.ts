import { describe, expect, it } from 'vitest';
import {
  translationResults,
  translationTrend,
  type DepartmentTranslation,
} from '../../../../src/shared/domain/translation';

const TITLES = { A: 'Alpha', B: 'Beta', C: 'Gamma', D: 'Delta', E: 'Epsilon' };
const LEADERSHIP = ['A', 'B', 'C', 'D', 'E'];

function results() {
  return translationResults(
    LEADERSHIP,
    [
      {
        departmentId: 'sales',
        name: 'Sales',
        rankings: [
          ['A', 'B', 'C', 'D', 'E'],
          ['B', 'A', 'C', 'E', 'D'],
        ],
      },
      { departmentId: 'eng', name: 'Engineering', rankings: [['E', 'D', 'C', 'B', 'A']] },
      { departmentId: 'mkt', name: 'Marketing', rankings: [] },
    ],
    TITLES,
  );
}

describe('translation results per department', () => {
  it('compares a department’s mean order with the leadership’s, and measures agreement within it', () => {
    const sales = results().departments[0]!;
    // Mean places A 1.5, B 1.5, C 3, D 4.5, E 4.5: two ties, no reversal.
    expect(sales.consensus).toEqual([['A', 'B'], ['C'], ['D', 'E']]);
    // τ-b = 8 concordant of 10 pairs, 2 tied on the department's side: 8/√(10·8).
    expect(sales.tauB).toBeCloseTo(8 / Math.sqrt(80), 12);
    expect(sales.topOverlap).toEqual({ k: 3, shared: ['A', 'B', 'C'], share: 1 });
    // Rank sums 3 3 6 9 9 around 6: S = 36, W = 12·36 / (2²·(5³ − 5)) = 0.9.
    expect(sales.withinW).toBeCloseTo(0.9, 12);
    expect(sales.readDifferently).toEqual([]);
    expect(sales.summary).toBe(
      '2 people from Sales replied; their agreement among themselves is W = 0.90. The department’s order follows the leadership’s order closely (τ-b 0.89), with 3 of the leadership’s top 3 in its own top 3.',
    );
  });

  it('explains a department of one: a reading, but no agreement within it', () => {
    const eng = results().departments[1]!;
    expect(eng).toMatchObject({ respondents: 1, tauB: -1, withinW: null });
    expect(eng.topOverlap?.shared).toEqual(['C']);
    // Gaps A +4, E −4, B +2, D −2: the largest first, ties by the leadership's order.
    expect(eng.readDifferently.map((g) => [g.priorityId, g.gap])).toEqual([
      ['A', 4],
      ['E', -4],
      ['B', 2],
    ]);
    expect(eng.summary).toContain(
      'One person from Engineering replied, so this is one person’s reading; agreement within Engineering needs at least two replies.',
    );
    expect(eng.summary).toContain('runs against the leadership’s order');
    expect(eng.summary).toContain('Read most differently: “Alpha” (place 1 for the leadership, 5 here)');
  });

  it('explains a department with no replies and gives it no numbers', () => {
    expect(results().departments[2]).toEqual({
      departmentId: 'mkt',
      name: 'Marketing',
      respondents: 0,
      consensus: null,
      tauB: null,
      topOverlap: null,
      withinW: null,
      readDifferently: [],
      summary:
        'No one from Marketing has replied yet, so there is nothing to compare with the leadership’s order.',
    });
  });

  it('lays out the heatmap as departments × priorities of mean place gaps', () => {
    expect(results().heatmap).toEqual({
      priorityIds: LEADERSHIP,
      rows: [
        { departmentId: 'sales', gaps: [0.5, -0.5, 0, 0.5, -0.5] },
        { departmentId: 'eng', gaps: [4, 2, 0, -2, -4] },
        { departmentId: 'mkt', gaps: [null, null, null, null, null] },
      ],
    });
  });

  it('refuses a reply ranking a priority the leadership did not rank, naming it', () => {
    expect(() =>
      translationResults(LEADERSHIP, [{ departmentId: 'x', name: 'Ops', rankings: [['A', 'Z']] }], TITLES),
    ).toThrow('Reply 1 from Ops mentions “Z”');
  });
});

describe('the trend across quarters', () => {
  const reading = (departmentId: string, tauB: number | null): DepartmentTranslation => ({
    departmentId,
    name: departmentId === 's' ? 'Sales' : 'Ops',
    respondents: tauB === null ? 0 : 4,
    consensus: null,
    tauB,
    topOverlap: null,
    withinW: null,
    readDifferently: [],
    summary: '',
  });

  it('says whether each department came closer, drifted or held, and when there is no trend yet', () => {
    const trend = translationTrend([
      { period: 'Q1', departments: [reading('s', 0.2), reading('o', null)] },
      { period: 'Q2', departments: [reading('s', 0.5), reading('o', 0.4)] },
      { period: 'Q3', departments: [reading('s', 0.65)] },
    ]);
    expect(trend[0]).toMatchObject({ departmentId: 's', direction: 'closer' });
    expect(trend[0]!.change).toBeCloseTo(0.45, 12);
    expect(trend[0]!.summary).toBe(
      'Sales reads the strategy closer to the leadership than it did in Q1 (τ-b 0.20 then, 0.65 in Q3).',
    );
    expect(trend[1]).toMatchObject({ direction: 'unknown', change: null });
    expect(trend[1]!.summary).toBe('Ops has a reading in one quarter only, so there is no trend yet.');
    expect(trend[1]!.points.map((p) => p.respondents)).toEqual([0, 4, 0]);
  });

  it('calls a small move steady and a fall further', () => {
    const [steady] = translationTrend([
      { period: 'Q1', departments: [reading('s', 0.6)] },
      { period: 'Q2', departments: [reading('s', 0.55)] },
    ]);
    expect(steady!.direction).toBe('steady');
    const [further] = translationTrend([
      { period: 'Q1', departments: [reading('s', 0.6)] },
      { period: 'Q2', departments: [reading('s', 0.1)] },
    ]);
    expect(further!.direction).toBe('further');
  });
});
