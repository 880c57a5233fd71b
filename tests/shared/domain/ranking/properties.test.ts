import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  aggregate,
  analyzeRound,
  METHODS,
  schulzeStrongestPaths,
  type Ballot,
  type Method,
  type Tiered,
} from '../../../../src/shared/domain/ranking';
import { asSets, names, pairCounts, roundArb, type Round } from './profiles';

const runs = { numRuns: 80 };
const tiedRounds = roundArb(2, 7, { ties: true, counts: true, maxBallots: 8 });
const mapTiered = (ranking: Tiered, f: (c: string) => string): Tiered =>
  ranking.map((group) => (typeof group === 'string' ? f(group) : group.map(f)));

describe('properties every method must keep', () => {
  it('unanimity: every method returns the common order, W = 1, everyone at distance 0', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 2, max: 9 })
          .chain((n) => fc.shuffledSubarray(names(n), { minLength: n, maxLength: n })),
        fc.integer({ min: 2, max: 8 }),
        (order, people) => {
          const ballots = Array.from({ length: people }, (_, i) => ({ voterId: `v${i}`, ranking: order }));
          const r = analyzeRound({ candidates: order.slice().sort(), ballots });
          for (const method of METHODS) expect(r.methods[method].order).toEqual(order.map((c) => [c]));
          expect(r.agreement.w).toBeCloseTo(1, 12);
          expect(r.agreement.label).toBe('aligned');
          for (const p of r.participants) expect(p).toMatchObject({ tauDistance: 0, footrule: 0 });
          expect(r.places.every((place) => place.status === 'robust')).toBe(true);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('a Condorcet winner comes first, alone, under Schulze, Ranked Pairs, Kemeny and Copeland', () => {
    let seen = 0;
    fc.assert(
      fc.property(tiedRounds, (round) => {
        const d = pairCounts(round);
        const n = round.candidates.length;
        const winner = round.candidates.findIndex((_, i) => d[i]!.every((v, j) => i === j || v > d[j]![i]!));
        if (winner === -1) return;
        seen++;
        for (const method of ['schulze', 'ranked-pairs', 'kemeny', 'copeland'] as const) {
          expect(aggregate(round.candidates, round.ballots, method).order[0]).toEqual([
            round.candidates[winner],
          ]);
        }
        expect(n).toBeGreaterThanOrEqual(2);
      }),
      { numRuns: 150 },
    );
    expect(seen).toBeGreaterThan(20);
  });

  it('relabelling and reordering the candidates permutes the output (no method favours a name or a place)', () => {
    const neutral: Method[] = ['borda', 'mean-rank', 'copeland', 'schulze', 'kemeny'];
    fc.assert(
      fc.property(tiedRounds, fc.array(fc.nat(), { minLength: 7, maxLength: 7 }), (round, seeds) => {
        const renamed = round.candidates.map((_, i) => `Q${seeds[i]}-${i}`);
        const rename = new Map(round.candidates.map((c, i) => [c, renamed[i]!]));
        const f = (c: string) => rename.get(c)!;
        const shuffled = renamed.slice().sort((a, b) => a.localeCompare(b));
        const ballots = round.ballots.map((b) => ({ ...b, ranking: mapTiered(b.ranking, f) }));
        for (const method of neutral) {
          const before = aggregate(round.candidates, round.ballots, method);
          const after = aggregate(shuffled, ballots, method);
          expect(asSets(after.order)).toEqual(asSets(before.order.map((tier) => tier.map(f))));
          if (before.scores)
            for (const c of round.candidates) expect(after.scores![f(c)]).toBe(before.scores[c]);
        }
        // Ranked Pairs breaks equal margins by list order (documented), so it is checked with the order kept.
        const rp = aggregate(renamed, ballots, 'ranked-pairs');
        expect(rp.order).toEqual(
          aggregate(round.candidates, round.ballots, 'ranked-pairs').order.map((t) => t.map(f)),
        );
      }),
      runs,
    );
  });

  it('the order of the ballots does not matter', () => {
    fc.assert(
      fc.property(tiedRounds, fc.nat(), (round, seed) => {
        const shuffled = round.ballots
          .map((b, i) => ({ b, k: (i * 7919 + seed) % 104729 }))
          .sort((x, y) => x.k - y.k)
          .map(({ b }) => b);
        for (const method of METHODS) {
          expect(aggregate(round.candidates, shuffled, method)).toEqual(
            aggregate(round.candidates, round.ballots, method),
          );
        }
      }),
      runs,
    );
  });

  it('reversing every ballot reverses the Borda order', () => {
    fc.assert(
      fc.property(tiedRounds, (round: Round) => {
        const reversed: Ballot[] = round.ballots.map((b) => ({ ...b, ranking: b.ranking.slice().reverse() }));
        const forward = aggregate(round.candidates, round.ballots, 'borda');
        const backward = aggregate(round.candidates, reversed, 'borda');
        expect(asSets(backward.order)).toEqual(asSets(forward.order.slice().reverse()));
      }),
      runs,
    );
  });

  it('mean rank orders exactly as Borda (the same scale, mirrored)', () => {
    fc.assert(
      fc.property(tiedRounds, (round) => {
        expect(aggregate(round.candidates, round.ballots, 'mean-rank').order).toEqual(
          aggregate(round.candidates, round.ballots, 'borda').order,
        );
      }),
      runs,
    );
  });

  it('a ballot with count k counts as k identical ballots', () => {
    fc.assert(
      fc.property(tiedRounds, (round) => {
        const expanded = round.ballots.flatMap((b) =>
          Array.from({ length: b.count ?? 1 }, () => ({ ranking: b.ranking })),
        );
        for (const method of METHODS) {
          expect(aggregate(round.candidates, expanded, method)).toEqual(
            aggregate(round.candidates, round.ballots, method),
          );
        }
      }),
      { numRuns: 40 },
    );
  });

  it('every method returns each candidate exactly once', () => {
    fc.assert(
      fc.property(tiedRounds, (round) => {
        for (const method of METHODS) {
          const { order } = aggregate(round.candidates, round.ballots, method);
          expect(order.flat().sort()).toEqual(round.candidates.slice().sort());
          expect(order.every((tier) => tier.length > 0)).toBe(true);
        }
      }),
      runs,
    );
  });

  it('a partial ballot ranks the items it lists above the rest, tied', () => {
    const r = aggregate(['A', 'B', 'C', 'D'], [{ ranking: ['C'] }], 'borda');
    expect(r.order).toEqual([['C'], ['A', 'B', 'D']]);
    expect(r.scores).toEqual({ A: 1, B: 1, C: 3, D: 1 });
  });
});

describe('Schulze and Ranked Pairs tiers follow their relation', () => {
  it('Schulze: tier 1 is the winner set, a tier is never split by the relation, each tier is beaten from the one above', () => {
    fc.assert(
      fc.property(roundArb(2, 8, { ties: true, maxBallots: 6 }), (round) => {
        const { order } = aggregate(round.candidates, round.ballots, 'schulze');
        const p = schulzeStrongestPaths(round.candidates, round.ballots);
        const at = (c: string) => round.candidates.indexOf(c);
        const beats = (x: string, y: string) => p[at(x)]![at(y)]! > p[at(y)]![at(x)]!;
        const winners = round.candidates.filter((x) => !round.candidates.some((y) => beats(y, x)));
        expect(order[0]!.slice().sort()).toEqual(winners.sort());
        order.forEach((tier, t) => {
          for (const x of tier) for (const y of tier) expect(beats(x, y)).toBe(false);
          if (t > 0) for (const y of tier) expect(order[t - 1]!.some((x) => beats(x, y))).toBe(true);
          // Nothing below ever beats anything above.
          for (const lower of order.slice(t + 1))
            for (const y of lower) for (const x of tier) expect(beats(y, x)).toBe(false);
        });
      }),
      { numRuns: 100 },
    );
  });
});
