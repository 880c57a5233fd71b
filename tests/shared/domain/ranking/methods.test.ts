import { describe, expect, it } from 'vitest';
import { aggregate } from '../../../../src/shared/domain/ranking';

/** Small cases that can be checked by hand against each method's stated rule. */
describe('tie rules of each method', () => {
  const abc = ['A', 'B', 'C'];

  it('Borda: one point per item strictly below, half a point per other item tied with it', () => {
    const r = aggregate(abc, [{ ranking: [['A', 'B'], 'C'] }, { ranking: ['C', 'A', 'B'] }], 'borda');
    // Ballot 1: A 1 + ½, B 1 + ½, C 0.  Ballot 2: C 2, A 1, B 0.
    expect(r.scores).toEqual({ A: 2.5, B: 1.5, C: 2 });
    expect(r.order).toEqual([['A'], ['C'], ['B']]);
  });

  it('mean rank: tied items share the average of their places', () => {
    const r = aggregate(abc, [{ ranking: [['A', 'B'], 'C'] }, { ranking: ['C', ['A', 'B']] }], 'mean-rank');
    expect(r.scores).toEqual({ A: 2, B: 2, C: 2 });
    expect(r.order).toEqual([['A', 'B', 'C']]);
  });

  it('Copeland: a head-to-head tie is worth half a win', () => {
    const r = aggregate(abc, [{ ranking: ['A', 'B', 'C'] }, { ranking: ['B', 'A', 'C'] }], 'copeland');
    expect(r.scores).toEqual({ A: 1.5, B: 1.5, C: 0 });
    expect(r.order).toEqual([['A', 'B'], ['C']]);
  });

  it('Schulze and Ranked Pairs report a head-to-head tie instead of breaking it', () => {
    const ballots = [{ ranking: ['A', 'B', 'C'] }, { ranking: ['B', 'A', 'C'] }];
    expect(aggregate(abc, ballots, 'schulze').order).toEqual([['A', 'B'], ['C']]);
    expect(aggregate(abc, ballots, 'ranked-pairs').order).toEqual([['A', 'B'], ['C']]);
    expect(aggregate(abc, ballots, 'kemeny').order).toEqual([['A', 'B'], ['C']]);
  });

  it('Ranked Pairs breaks equal margins by the documented tie-break order (Borda, then list order)', () => {
    // A perfect cycle: every margin is 1 and every Borda score is 3, so list order decides.
    const cycle = [{ ranking: ['A', 'B', 'C'] }, { ranking: ['B', 'C', 'A'] }, { ranking: ['C', 'A', 'B'] }];
    expect(aggregate(['A', 'B', 'C'], cycle, 'ranked-pairs').order).toEqual([['A'], ['B'], ['C']]);
    expect(aggregate(['C', 'A', 'B'], cycle, 'ranked-pairs').order).toEqual([['C'], ['A'], ['B']]);
    // B>C wins by 3 and is locked first; A>B and C>A both win by 1 with 3 votes. Borda
    // (B 6, A 5, C 4) puts A's pair first, so A>B is locked and C>A skipped, whatever the
    // list order; list order alone would have locked C>A first and given B > C > A.
    const weighted = [
      { ranking: ['A', 'B', 'C'], count: 2 },
      { ranking: ['B', 'C', 'A'], count: 2 },
      { ranking: ['C', 'A', 'B'], count: 1 },
    ];
    expect(aggregate(['C', 'B', 'A'], weighted, 'ranked-pairs').order).toEqual([['A'], ['B'], ['C']]);
  });

  it('Schulze and Kemeny agree that a perfect cycle has no order: all three share a tier', () => {
    const cycle = [{ ranking: ['A', 'B', 'C'] }, { ranking: ['B', 'C', 'A'] }, { ranking: ['C', 'A', 'B'] }];
    expect(aggregate(abc, cycle, 'schulze').order).toEqual([['A', 'B', 'C']]);
    expect(aggregate(abc, cycle, 'kemeny').order).toEqual([['A', 'B', 'C']]);
    expect(aggregate(abc, cycle, 'copeland').order).toEqual([['A', 'B', 'C']]);
  });
});
