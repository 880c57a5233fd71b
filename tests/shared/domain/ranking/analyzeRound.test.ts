import { describe, expect, it } from 'vitest';
import { analyzeRound, type RoundBallot } from '../../../../src/shared/domain/ranking';

const voters = (rankings: string[][]): RoundBallot[] =>
  rankings.map((ranking, i) => ({ voterId: `v${i + 1}`, voterName: `Exec ${i + 1}`, ranking }));

const tennessee = voters([
  ...Array.from({ length: 42 }, () => ['Memphis', 'Nashville', 'Chattanooga', 'Knoxville']),
  ...Array.from({ length: 26 }, () => ['Nashville', 'Chattanooga', 'Knoxville', 'Memphis']),
  ...Array.from({ length: 15 }, () => ['Chattanooga', 'Knoxville', 'Nashville', 'Memphis']),
  ...Array.from({ length: 17 }, () => ['Knoxville', 'Chattanooga', 'Nashville', 'Memphis']),
]);
const cities = ['Memphis', 'Nashville', 'Chattanooga', 'Knoxville'];

describe('analyzeRound', () => {
  it('puts the methods side by side and flags the places where they disagree', () => {
    const r = analyzeRound({ candidates: cities, ballots: tennessee });
    expect(r.consensus).toEqual({
      method: 'kemeny',
      order: [['Nashville'], ['Chattanooga'], ['Knoxville'], ['Memphis']],
      ranking: ['Nashville', 'Chattanooga', 'Knoxville', 'Memphis'],
    });
    expect(r.places.map((p) => p.status)).toEqual(['robust', 'robust', 'contested', 'contested']);
    expect(r.places[2]!.byMethod).toEqual({
      kemeny: ['Knoxville'],
      borda: ['Memphis'],
      schulze: ['Knoxville'],
    });
    expect(r.condorcet).toMatchObject({ kind: 'winner', winner: 'Nashville' });
    expect(r.kemeny).toMatchObject({ exact: true, optimalCount: 1, agreement: 393 });
    expect(r.majority.wins[1]![0]).toBe(58);
  });

  it('is plain JSON: it survives a round trip unchanged', () => {
    const r = analyzeRound({
      candidates: cities,
      ballots: tennessee.slice(30, 80),
      previous: { candidates: cities, ballots: tennessee.slice(0, 50) },
    });
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });

  it('measures each person against the consensus: 0 = with the group, 1 = reversed', () => {
    const order = ['A', 'B', 'C', 'D', 'E'];
    const r = analyzeRound({
      candidates: order,
      ballots: voters([order, order, order, order.slice().reverse(), ['A', 'C', 'B', 'D', 'E']]),
    });
    expect(r.consensus.ranking).toEqual(order);
    const byId = Object.fromEntries(r.participants.map((p) => [p.voterId, p]));
    expect(byId.v1).toMatchObject({ tauDistance: 0, footrule: 0, discordantPairs: 0 });
    expect(byId.v4).toMatchObject({ tauDistance: 1, footrule: 1, discordantPairs: 10 });
    expect(byId.v5).toMatchObject({ tauDistance: 0.1, discordantPairs: 1 });
    expect(byId.v5!.footrule).toBeCloseTo(2 / 12, 12);
    const m = r.participantAgreement.matrix;
    expect(r.participantAgreement.voterIds).toEqual(['v1', 'v2', 'v3', 'v4', 'v5']);
    expect(m[0]![0]).toBe(1);
    expect(m[0]![3]).toBe(0);
    expect(m[3]![4]).toBeCloseTo(0.1, 12);
    for (let i = 0; i < 5; i++) for (let j = 0; j < 5; j++) expect(m[i]![j]).toBe(m[j]![i]);
  });

  it('agreement: W, its label and band meaning, mean ρ, a permutation p for few items', () => {
    const r = analyzeRound({
      candidates: ['A', 'B', 'C', 'D'],
      ballots: voters([
        ['A', 'B', 'C', 'D'],
        ['A', 'B', 'D', 'C'],
        ['B', 'A', 'C', 'D'],
        ['A', 'C', 'B', 'D'],
      ]),
    });
    // Rank sums 5, 8, 12, 15 around a mean of 10: S = 58, W = 12·58 / (4²·(4³ − 4)) = 0.725.
    expect(r.agreement.w).toBeCloseTo(0.725, 12);
    expect(r.agreement.label).toBe('aligned');
    expect(r.agreement.meaning).toBe('Strong agreement: the group order can be relied on.');
    expect(r.agreement.meanSpearman).toBeCloseTo((4 * 0.725 - 1) / 3, 12);
    expect(r.agreement.pMethod).toBe('exact');
    expect(r.agreement.permutations).toBe(24 ** 3);
    expect(r.agreement.significant).toBe(r.agreement.p < 0.05);
  });

  it('names the cycle when there is no Condorcet winner, in words-ready steps', () => {
    const r = analyzeRound({
      candidates: ['Hire CFO', 'Open Berlin', 'Cut churn'],
      ballots: voters([
        ['Hire CFO', 'Open Berlin', 'Cut churn'],
        ['Open Berlin', 'Cut churn', 'Hire CFO'],
        ['Cut churn', 'Hire CFO', 'Open Berlin'],
      ]),
    });
    expect(r.condorcet).toEqual({
      kind: 'cycle',
      topSet: ['Hire CFO', 'Open Berlin', 'Cut churn'],
      cycle: ['Hire CFO', 'Open Berlin', 'Cut churn'],
      duels: [
        { winner: 'Hire CFO', loser: 'Open Berlin', for: 2, against: 1 },
        { winner: 'Open Berlin', loser: 'Cut churn', for: 2, against: 1 },
        { winner: 'Cut churn', loser: 'Hire CFO', for: 2, against: 1 },
      ],
    });
    expect(r.kemeny.optimalCount).toBe(3);
    expect(r.kemeny.note).toBe(
      'Exact. 3 orders fit the ballots equally well; the one shown is the closest to the average places, and each range gives every place an item takes in those orders.',
    );
    expect(r.consensus.order).toEqual([['Hire CFO', 'Open Berlin', 'Cut churn']]);
    expect(r.places.every((p) => p.status === 'contested')).toBe(true);
  });

  it('reports a head-to-head tie at the top as a tie, not a winner', () => {
    const r = analyzeRound({
      candidates: ['A', 'B', 'C'],
      ballots: voters([
        ['A', 'B', 'C'],
        ['B', 'A', 'C'],
      ]),
    });
    expect(r.condorcet).toEqual({ kind: 'tie', topSet: ['A', 'B'] });
    expect(r.methods.schulze.order).toEqual([['A', 'B'], ['C']]);
    expect(r.consensus.order).toEqual([['A', 'B'], ['C']]);
  });

  it('finds the contested items and says why', () => {
    // Six items. Everyone puts "Anchor" first; "Polar" is second for half the room and last
    // for the other half; "Left" and "Right" split 2–2 head to head.
    const r = analyzeRound({
      candidates: ['Polar', 'Anchor', 'Left', 'Right', 'Steady', 'Last'],
      ballots: voters([
        ['Anchor', 'Polar', 'Left', 'Right', 'Steady', 'Last'],
        ['Anchor', 'Polar', 'Right', 'Left', 'Steady', 'Last'],
        ['Anchor', 'Left', 'Right', 'Steady', 'Last', 'Polar'],
        ['Anchor', 'Right', 'Left', 'Steady', 'Last', 'Polar'],
      ]),
    });
    const item = (c: string) => r.items.find((i) => i.candidate === c)!;
    expect(item('Polar')).toMatchObject({ reason: 'polarised', topShare: 0.5, bottomShare: 0.5 });
    expect(item('Polar').normalisedSd).toBeCloseTo(0.8, 12);
    // Two places, half the room each: ln 2 / ln(min(6 items, 4 people)).
    expect(item('Polar').entropy).toBeCloseTo(0.5, 12);
    expect(item('Left').reason).toBe('split');
    expect(item('Right').reason).toBe('split');
    expect(item('Anchor')).toMatchObject({ reason: null, normalisedSd: 0, entropy: 0, consensusPlace: 1 });
    expect(item('Anchor').supportOverNext).toBe(1);
    expect(item('Last').normalisedSd).toBeCloseTo(0.2, 12);
    expect(r.topContested.map((c) => c.candidate)).toEqual([
      'Polar',
      ...['Left', 'Right'].sort((a, b) => item(a).consensusPlace - item(b).consensusPlace),
    ]);
    expect(r.topContested.map((c) => c.reason)).toEqual(['polarised', 'split', 'split']);
    const left = item('Left');
    const right = item('Right');
    const pairSupport =
      left.consensusPlace < right.consensusPlace ? left.supportOverNext : right.supportOverNext;
    expect(pairSupport).toBe(0.5);
  });

  it('convergence: who moved, how W changed, which items settled', () => {
    const before = voters([
      ['A', 'B', 'C', 'D'],
      ['D', 'C', 'B', 'A'],
      ['B', 'A', 'D', 'C'],
      ['C', 'D', 'A', 'B'],
    ]);
    const after = voters([
      ['A', 'B', 'C', 'D'],
      ['A', 'B', 'D', 'C'],
      ['A', 'B', 'C', 'D'],
      ['B', 'A', 'C', 'D'],
    ]);
    const r = analyzeRound({
      candidates: ['A', 'B', 'C', 'D'],
      ballots: [...after.slice(0, 3), { voterId: 'new', voterName: 'Newcomer', ranking: ['A'] }],
      previous: { candidates: ['A', 'B', 'C', 'D'], ballots: before },
    });
    const c = r.convergence!;
    expect(c.deltaW).toBeGreaterThan(0.5);
    expect(c.deltaW).toBeCloseTo(c.currentW - c.previousW, 12);
    expect(c.currentLabel).toBe('aligned');
    expect(c.joined).toEqual(['new']);
    expect(c.left).toEqual(['v4']);
    const moved = Object.fromEntries(c.participants.map((p) => [p.voterId, p]));
    expect(moved.v1!.movement).toBe(0);
    expect(moved.v2!.movement).toBeCloseTo(5 / 6, 12);
    expect(moved.v2!.towardConsensus).toBeGreaterThan(0);
    expect(c.settled.length).toBeGreaterThan(0);
    expect(c.newlyContested).toEqual([]);
  });

  it('compares rounds on the items they share', () => {
    const r = analyzeRound({
      candidates: ['A', 'B', 'C'],
      ballots: voters([['A', 'B', 'C']]),
      previous: { candidates: ['A', 'B', 'Z'], ballots: voters([['B', 'A', 'Z']]) },
    });
    expect(r.convergence!.sharedCandidates).toEqual(['A', 'B']);
    expect(r.convergence!.participants[0]!.movement).toBe(1);
  });

  it('can use another method as the consensus', () => {
    const r = analyzeRound({ candidates: cities, ballots: tennessee, options: { consensus: 'borda' } });
    expect(r.consensus.order).toEqual([['Nashville'], ['Chattanooga'], ['Memphis'], ['Knoxville']]);
    expect(Object.keys(r.places[0]!.byMethod)).toEqual(['borda', 'schulze']);
  });

  it('30 items by 12 people: heuristic consensus with its bound stated, still every field', () => {
    const candidates = Array.from({ length: 30 }, (_, i) => `Item ${i + 1}`);
    const ballots = voters(
      Array.from({ length: 12 }, (_, v) => candidates.map((_, i) => candidates[(i * 7 + v * 11) % 30]!)),
    );
    const r = analyzeRound({ candidates, ballots });
    if (!r.kemeny.exact) {
      expect(r.kemeny.lowerBound).toBeLessThanOrEqual(r.kemeny.disagreement);
      expect(r.kemeny.note).toMatch(/at most \d+ pairwise disagreements worse/);
    }
    expect(r.items).toHaveLength(30);
    expect(r.topContested.length).toBeLessThanOrEqual(3);
    expect(r.agreement.pMethod).toBe('chi-square');
  });
});
