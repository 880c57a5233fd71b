import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  analyzeRound,
  campLines,
  certaintyLines,
  cutStraddlers,
  placeRangeText,
  representativeNote,
  type RoundBallot,
} from '../../../../src/shared/domain/ranking';
import { bruteForceKemeny, roundArb, type Round } from './profiles';

const LETTERS = 'ABCDEFGHIJKL'.split('');
const CAMP_TWO = 'LKJIAHGFEDCB'.split('');
const NAMES = ['Ana', 'Ben', 'Chen', 'Dara', 'Eli', 'Fatima'];

/** The divided room: three rank A…L, three rank L K J I A H G F E D C B. */
function twoCamps(): RoundBallot[] {
  return NAMES.map((name, i) => ({ voterId: `v${i}`, voterName: name, ranking: i < 3 ? LETTERS : CAMP_TWO }));
}

/** One voter per counted ballot, as a round stores them. */
function asVoters(round: Round): RoundBallot[] {
  return round.ballots.flatMap((b, i) =>
    Array.from({ length: b.count ?? 1 }, (_, j) => ({ voterId: `v${i}-${j}`, ranking: b.ranking })),
  );
}

describe('a divided room gets a result it can trust', () => {
  const analysis = analyzeRound({ candidates: LETTERS, ballots: twoCamps() });
  const at = (id: string) => analysis.ranges.find((r) => r.candidate === id)!;

  it('shows one order with a range per item instead of a ten-item tie', () => {
    expect(analysis.ranges.map((r) => r.place)).toEqual(LETTERS.map((_, i) => i + 1));
    expect(analysis.ranges.map((r) => r.candidate)).toEqual(analysis.consensus.ranking);
    // A is never below 5th in any best order; the others can take almost any place.
    expect([at('A').first, at('A').last]).toEqual([1, 5]);
    expect([at('B').first, at('B').last]).toEqual([2, 12]);
    expect(placeRangeText(at('A').first, at('A').last)).toBe('1–5');
  });

  it('never puts an item above one that every voter ranked above it', () => {
    const place = new Map(analysis.consensus.ranking.map((id, i) => [id, i] as const));
    for (const below of 'BCDEFGH') expect(place.get('A')!).toBeLessThan(place.get(below)!);
  });

  it('states the pairwise certainty the room must see: all 6 put A above H', () => {
    expect(analysis.certainties).toEqual([
      { above: 'A', below: ['H', 'G', 'F', 'E', 'D', 'C', 'B'], voters: 6 },
    ]);
    const titles = { A: 'Launch EU', H: 'Hire a CFO' };
    expect(certaintyLines(analysis, titles)[0]).toMatch(/^All 6 put “Launch EU” above “Hire a CFO”, “G”/);
  });

  it('names the two camps, with names or anonymously', () => {
    expect(analysis.camps.camps.map((c) => c.names)).toEqual([NAMES.slice(0, 3), NAMES.slice(3)]);
    expect(analysis.camps.camps.map((c) => c.top)).toEqual([
      ['A', 'B', 'C'],
      ['L', 'K', 'J'],
    ]);
    const named = campLines(analysis, {}, false);
    expect(named[0]).toBe('Camp 1 (Ana, Ben and Chen) puts “A”, “B” and “C” first.');
    const hidden = campLines(analysis, {}, true).join(' ');
    expect(hidden).toContain('Camp 2 (3 people)');
    for (const name of NAMES) expect(hidden).not.toContain(name);
  });

  it('the headline says two camps, never "the group order can be relied on"', () => {
    expect(analysis.verdict.kind).toBe('two camps');
    expect(analysis.verdict.sentence).not.toMatch(/relied on/);
  });

  it('says how the shown order was picked among the equally good ones', () => {
    expect(representativeNote(analysis)).toMatch(
      /^Exact\. [\d,]+ orders fit the ballots equally well; the one shown/,
    );
  });

  it('a high W with the order open in the middle does not claim the order can be relied on', () => {
    // Four agree on the ends; the middle six are split two ways.
    const a = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'];
    const b = ['A', 'G', 'F', 'E', 'D', 'C', 'B', 'H'];
    const ballots = [a, a, b, b].map((ranking, i) => ({ voterId: `v${i}`, ranking }));
    const result = analyzeRound({ candidates: a, ballots });
    expect(result.agreement.w).toBeGreaterThan(0.5);
    expect(result.verdict.kind).not.toBe('aligned');
    expect(result.verdict.kind).not.toBe('moderate');
  });

  it('shows a tie only for items that really can swap everywhere', () => {
    const a = ['A', 'B', 'C', 'D'];
    const b = ['A', 'C', 'B', 'D'];
    const result = analyzeRound({
      candidates: a,
      ballots: [a, a, b, b].map((ranking, i) => ({ voterId: `v${i}`, ranking })),
    });
    expect(result.ranges.map((r) => r.tiedWithNext)).toEqual([false, true, false, false]);
    expect(result.verdict.kind).toBe('aligned');
  });
});

describe('place ranges and the representative order are exact', () => {
  it('ranges equal every place an item takes across all optimal orders (brute force, n ≤ 7)', () => {
    fc.assert(
      fc.property(roundArb(2, 7, { ties: true, counts: true, maxBallots: 7 }), (round) => {
        const analysis = analyzeRound({ candidates: round.candidates, ballots: asVoters(round) });
        const brute = bruteForceKemeny(round);
        for (const row of analysis.ranges) {
          const places = brute.orders.map((order) => order.indexOf(row.candidate) + 1);
          expect([row.first, row.last]).toEqual([Math.min(...places), Math.max(...places)]);
        }
      }),
      { numRuns: 150 },
    );
  }, 60_000);

  it('the shown order is optimal and the closest optimal order to the average places', () => {
    fc.assert(
      fc.property(roundArb(2, 7, { ties: true, counts: true, maxBallots: 7 }), (round) => {
        const analysis = analyzeRound({ candidates: round.candidates, ballots: asVoters(round) });
        const brute = bruteForceKemeny(round);
        const key = (o: readonly string[]) => o.join('>');
        expect(brute.orders.map(key)).toContain(key(analysis.consensus.ranking));
        const mean = new Map(analysis.items.map((i) => [i.candidate, i.meanRank] as const));
        const distance = (order: readonly string[]) =>
          order.reduce((sum, id, i) => sum + (i + 1 - mean.get(id)!) ** 2, 0);
        const best = Math.min(...brute.orders.map(distance));
        expect(distance(analysis.consensus.ranking)).toBeLessThanOrEqual(best + 1e-3);
      }),
      { numRuns: 150 },
    );
  }, 60_000);

  it('pairs every voter agrees on are never shown the other way round', () => {
    fc.assert(
      fc.property(roundArb(2, 8, { ties: false, maxBallots: 9 }), (round) => {
        const ballots = asVoters(round);
        const analysis = analyzeRound({ candidates: round.candidates, ballots });
        const place = new Map(analysis.consensus.ranking.map((id, i) => [id, i] as const));
        for (const a of round.candidates) {
          for (const b of round.candidates) {
            const all = ballots.every((v) => v.ranking.indexOf(a) < v.ranking.indexOf(b));
            if (a !== b && all) expect(place.get(a)!).toBeLessThan(place.get(b)!);
          }
        }
      }),
      { numRuns: 200 },
    );
  }, 60_000);
});

describe('commit top N', () => {
  it('names the items whose range crosses the cut', () => {
    const rows = [
      { candidate: 'A', place: 1, first: 1, last: 1, tiedWithNext: false },
      { candidate: 'B', place: 2, first: 2, last: 4, tiedWithNext: false },
      { candidate: 'C', place: 3, first: 2, last: 4, tiedWithNext: false },
      { candidate: 'D', place: 4, first: 3, last: 4, tiedWithNext: false },
      { candidate: 'E', place: 5, first: 5, last: 5, tiedWithNext: false },
    ];
    expect(cutStraddlers(rows, 1)).toEqual([]);
    expect(cutStraddlers(rows, 3)).toEqual(['B', 'C', 'D']);
    expect(cutStraddlers(rows, 4)).toEqual([]);
  });
});
