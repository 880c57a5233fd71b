import { describe, expect, it } from 'vitest';
import { analyzeDots, analyzePoints } from '../../../../src/shared/domain/ranking';

const items = ['Hire CFO', 'Open Berlin', 'Cut churn', 'New CRM'];

describe('100-point allocations', () => {
  const r = analyzePoints(
    items,
    [
      { voterId: 'a', voterName: 'Ana', points: { 'Hire CFO': 50, 'Open Berlin': 30, 'Cut churn': 20 } },
      { voterId: 'b', voterName: 'Ben', points: { 'Hire CFO': 30, 'Cut churn': 30 } },
      { voterId: 'c', voterName: 'Cy', points: { 'Open Berlin': 100 } },
    ],
    100,
  );

  it('totals order the items; equal totals share a tier and are called out', () => {
    expect(r.totals).toEqual({ 'Hire CFO': 80, 'Open Berlin': 130, 'Cut churn': 50, 'New CRM': 0 });
    expect(r.order).toEqual([['Open Berlin'], ['Hire CFO'], ['Cut churn'], ['New CRM']]);
    expect(r.ties).toEqual([]);
  });

  it('mean share normalises each person to what they spent (Ben used 60 of 100)', () => {
    // Ana .5, Ben .5 (30 of 60), Cy 0 → mean 1/3.
    expect(r.meanShare['Hire CFO']).toBeCloseTo(1 / 3, 12);
    expect(r.meanShare['Open Berlin']).toBeCloseTo((0.3 + 0 + 1) / 3, 12);
    const shares = [0.5, 0.5, 0];
    const sd = Math.sqrt(shares.reduce((a, s) => a + (s - 1 / 3) ** 2, 0) / 3);
    expect(r.spread['Hire CFO']).toBeCloseTo(sd, 12);
    expect(r.items[0]).toMatchObject({ candidate: 'Open Berlin', supporters: 2, minShare: 0, maxShare: 1 });
    expect(r.participants).toEqual([
      { voterId: 'a', name: 'Ana', spent: 100, unspent: 0 },
      { voterId: 'b', name: 'Ben', spent: 60, unspent: 40 },
      { voterId: 'c', name: 'Cy', spent: 100, unspent: 0 },
    ]);
  });

  it('agreement is Kendall W on the orders the allocations imply', () => {
    expect(r.agreement.w).toBeGreaterThanOrEqual(0);
    expect(r.agreement.w).toBeLessThanOrEqual(1);
    const same = analyzePoints(items, [
      { voterId: 'a', points: { 'Hire CFO': 60, 'Open Berlin': 40 } },
      { voterId: 'b', points: { 'Hire CFO': 70, 'Open Berlin': 30 } },
    ]);
    expect(same.agreement.w).toBeCloseTo(1, 12);
    expect(same.agreement.label).toBe('aligned');
  });

  it('reports ties in totals, including sums that differ only by rounding', () => {
    const t = analyzePoints(['A', 'B', 'C'], [{ voterId: 'a', points: { A: 0.1 + 0.2, B: 0.3, C: 99.4 } }]);
    expect(t.ties).toEqual([['A', 'B']]);
  });
});

describe('dot voting', () => {
  it('counts whole dots, allows unspent dots, and ties equal totals', () => {
    const r = analyzeDots(
      items,
      [
        { voterId: 'a', points: { 'Hire CFO': 3, 'Cut churn': 2 } },
        { voterId: 'b', points: { 'Cut churn': 3, 'New CRM': 1 } },
      ],
      5,
      { maxPerItem: 3 },
    );
    expect(r.kind).toBe('dots');
    expect(r.order).toEqual([['Cut churn'], ['Hire CFO'], ['New CRM'], ['Open Berlin']]);
    expect(r.participants[1]).toMatchObject({ spent: 4, unspent: 1 });
    const tie = analyzeDots(['A', 'B'], [{ voterId: 'a', points: { A: 2, B: 2 } }], 4);
    expect(tie.ties).toEqual([['A', 'B']]);
  });
});
