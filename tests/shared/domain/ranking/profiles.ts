import fc from 'fast-check';
import type { Ballot, Tiered } from '../../../../src/shared/domain/ranking';

/** Candidate names that read like real items, so failures print something legible. */
export const names = (n: number): string[] => Array.from({ length: n }, (_, i) => `P${i + 1}`);

/** A full ballot with random ties: a permutation cut into consecutive groups. */
export const tieredBallot = (candidates: readonly string[], allowTies: boolean): fc.Arbitrary<Tiered> =>
  fc
    .tuple(
      fc.shuffledSubarray(candidates as string[], {
        minLength: candidates.length,
        maxLength: candidates.length,
      }),
      fc.array(fc.boolean(), { minLength: candidates.length, maxLength: candidates.length }),
    )
    .map(([order, cuts]) => {
      if (!allowTies) return order;
      const tiers: string[][] = [];
      order.forEach((c, i) => {
        const last = tiers[tiers.length - 1];
        if (last === undefined || cuts[i]) tiers.push([c]);
        else last.push(c);
      });
      return tiers.map((tier) => (tier.length === 1 ? tier[0]! : tier));
    });

export type Round = { candidates: string[]; ballots: Ballot[] };

export const roundArb = (
  minN: number,
  maxN: number,
  options: { maxBallots?: number; ties?: boolean; counts?: boolean } = {},
): fc.Arbitrary<Round> =>
  fc.integer({ min: minN, max: maxN }).chain((n) => {
    const candidates = names(n);
    const ballot = fc.record({
      ranking: tieredBallot(candidates, options.ties ?? false),
      count: options.counts ? fc.integer({ min: 1, max: 4 }) : fc.constant(1),
    });
    return fc
      .array(ballot, { minLength: 1, maxLength: options.maxBallots ?? 9 })
      .map((ballots) => ({ candidates, ballots }));
  });

/** All permutations of 0..n-1 (n ≤ 7 in tests). */
export function permutations(n: number): number[][] {
  if (n === 0) return [[]];
  const out: number[][] = [];
  for (const rest of permutations(n - 1)) {
    for (let at = 0; at <= rest.length; at++) out.push([...rest.slice(0, at), n - 1, ...rest.slice(at)]);
  }
  return out;
}

/** Weighted pairwise counts, independent of the engine's own code. */
export function pairCounts(round: Round): number[][] {
  const n = round.candidates.length;
  const index = new Map(round.candidates.map((c, i) => [c, i]));
  const d = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (const ballot of round.ballots) {
    const tier = new Array<number>(n).fill(ballot.ranking.length);
    ballot.ranking.forEach((group, t) => {
      for (const c of typeof group === 'string' ? [group] : group) tier[index.get(c)!] = t;
    });
    for (let i = 0; i < n; i++)
      for (let j = 0; j < n; j++) if (tier[i]! < tier[j]!) d[i]![j]! += ballot.count ?? 1;
  }
  return d;
}

/** Kemeny by trying every order: the minimum disagreement and every order reaching it. */
export function bruteForceKemeny(round: Round): { cost: number; orders: string[][] } {
  const d = pairCounts(round);
  let best = Infinity;
  let orders: number[][] = [];
  for (const order of permutations(round.candidates.length)) {
    let cost = 0;
    for (let a = 0; a < order.length; a++)
      for (let b = a + 1; b < order.length; b++) cost += d[order[b]!]![order[a]!]!;
    if (cost < best) {
      best = cost;
      orders = [order];
    } else if (cost === best) orders.push(order);
  }
  return { cost: best, orders: orders.map((o) => o.map((c) => round.candidates[c]!)) };
}

/** Tiers compared as sets: the order inside a tie does not matter. */
export const asSets = (order: string[][]): string[][] => order.map((tier) => tier.slice().sort());
