import { RankingInputError } from './errors';
import { kemenyExact, KEMENY_HARD_LIMIT } from './kemenyExact';
import { kemenyHeuristic, orderCost } from './kemenyHeuristic';
import type { PairwiseCounts } from './pairwise';

export const DEFAULT_KEMENY_EXACT_LIMIT = 20;

export type KemenyOptions = {
  /** Largest group of mutually entangled items solved exactly (default 20, at most 24). */
  exactLimit?: number;
  /** How many optimal orders to list when there are several (default 5). */
  maxOrders?: number;
};

export type KemenyOutcome = {
  /** Best first; a tier is a block the optimal orders arrange differently. */
  tiers: number[][];
  /** One optimal (or, when not exact, best found) order. */
  ranking: number[];
  exact: boolean;
  /** Weighted pairwise disagreements of `ranking` with the ballots. */
  disagreement: number;
  /** Weighted pairwise agreements: Wikipedia's "ranking score" (393 in the Tennessee example). */
  agreement: number;
  /** No order can disagree less than this; equals `disagreement` when exact. */
  lowerBound: number;
  /** Number of optimal orders when exact, otherwise null (unknown). */
  optimalCount: number | null;
  /** Up to `maxOrders` optimal orders when exact; empty when not exact. */
  optimalOrders: number[][];
  /** Sizes of the majority components, best first (see below). */
  componentSizes: number[];
  /**
   * For each item, the first and last place (0-based) it takes in some optimal order;
   * when not exact, the place in the order found (the range is then unknown, not zero).
   */
  ranges: Array<[number, number]>;
  /**
   * The optimal order whose places are closest to the items' average places (Borda):
   * least sum of (place − average place)². Equals `ranking` when there is one
   * optimal order, or when not exact (the best order found).
   */
  representative: number[];
  bytes: number;
};

/**
 * Each item's average place, 0-based, from the pairwise counts: n − 1 minus its Borda
 * score per voter (a tie or an unranked pair counts half each way). For complete ballots
 * this is the mean rank minus one.
 */
export function averagePlaces(p: PairwiseCounts): Float64Array {
  const { n, wins, total } = p;
  const places = new Float64Array(n);
  if (total <= 0) return places;
  for (let i = 0; i < n; i++) {
    let score = 0;
    for (let j = 0; j < n; j++) {
      if (i === j) continue;
      const a = wins[i * n + j]!;
      score += a + 0.5 * (total - a - wins[j * n + i]!);
    }
    places[i] = n - 1 - score / total;
  }
  return places;
}

/**
 * Splits the items into majority components: the strongly connected parts of the graph
 * with an edge i→j whenever i is not beaten by j. Every item of an earlier component
 * beats every item of a later one by strict majority, and then every Kemeny order puts
 * the whole earlier component first (Truchon 1998, the extended Condorcet criterion).
 * So each component is solved on its own, and the exact search only pays for the
 * largest tangle, not for the number of items.
 */
export function majorityComponents(p: PairwiseCounts): number[][] {
  const { n, wins } = p;
  const notBeaten = (i: number, j: number) => wins[i * n + j]! >= wins[j * n + i]!;
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const stack: number[] = [];
  const components: number[][] = [];
  let counter = 0;
  const visit = (v: number) => {
    index[v] = low[v] = counter++;
    stack.push(v);
    onStack[v] = 1;
    for (let u = 0; u < n; u++) {
      if (u === v || !notBeaten(v, u)) continue;
      if (index[u] === -1) {
        visit(u);
        low[v] = Math.min(low[v], low[u]!);
      } else if (onStack[u] === 1) low[v] = Math.min(low[v], index[u]!);
    }
    if (low[v] === index[v]) {
      const component: number[] = [];
      let u: number;
      do {
        u = stack.pop()!;
        onStack[u] = 0;
        component.push(u);
      } while (u !== v);
      components.push(component.sort((a, b) => a - b));
    }
  };
  for (let v = 0; v < n; v++) if (index[v] === -1) visit(v);
  // Between components every pair is a strict majority in the same direction.
  return components.sort((x, y) => (wins[x[0]! * n + y[0]!]! > wins[y[0]! * n + x[0]!]! ? -1 : 1));
}

function subMatrix(p: PairwiseCounts, items: readonly number[]): Float64Array {
  const k = items.length;
  const w = new Float64Array(k * k);
  for (let a = 0; a < k; a++) for (let b = 0; b < k; b++) w[a * k + b] = p.wins[items[a]! * p.n + items[b]!]!;
  return w;
}

function checkLimit(limit: number): number {
  if (!Number.isInteger(limit) || limit < 1 || limit > KEMENY_HARD_LIMIT) {
    throw new RankingInputError(
      'INVALID_OPTION',
      `The exact Kemeny limit must be a whole number from 1 to ${KEMENY_HARD_LIMIT}; got ${limit}.`,
    );
  }
  return limit;
}

/**
 * Kemeny–Young consensus. `starts` gives full orders (e.g. Borda, Copeland, Schulze)
 * used as starting points if a component is too large for the exact search; it is only
 * called then.
 */
export function kemeny(
  p: PairwiseCounts,
  starts: () => ReadonlyArray<readonly number[]>,
  options: KemenyOptions = {},
): KemenyOutcome {
  const limit = checkLimit(options.exactLimit ?? DEFAULT_KEMENY_EXACT_LIMIT);
  const maxOrders = options.maxOrders ?? 5;
  const components = majorityComponents(p);

  const tiers: number[][] = [];
  const ranking: number[] = [];
  let exact = true;
  let optimalCount: number | null = 1;
  let slack = 0;
  let bytes = 0;
  let orders: number[][] = [[]];
  const average = averagePlaces(p);
  const ranges = new Array<[number, number]>(p.n);
  const representative: number[] = [];

  for (const items of components) {
    const k = items.length;
    const w = subMatrix(p, items);
    const offset = ranking.length;
    let local: number[][];
    if (k <= limit) {
      const targets = items.map((c) => average[c]! - offset);
      const solved = kemenyExact(k, w, maxOrders, targets);
      bytes = Math.max(bytes, solved.bytes);
      for (const block of solved.blocks) tiers.push(block.map((a) => items[a]!));
      ranking.push(...solved.ranking.map((a) => items[a]!));
      representative.push(...solved.representative.map((a) => items[a]!));
      solved.ranges.forEach(([first, last], a) => {
        ranges[items[a]!] = [offset + first, offset + last];
      });
      if (optimalCount !== null) optimalCount *= solved.optimalCount;
      local = solved.optimalOrders.map((order) => order.map((a) => items[a]!));
    } else {
      const position = new Map(items.map((item, a) => [item, a] as const));
      const localStarts = starts().map((order) =>
        order.filter((c) => position.has(c)).map((c) => position.get(c)!),
      );
      const found = kemenyHeuristic(k, w, localStarts);
      exact = false;
      optimalCount = null;
      slack += found.cost - found.lowerBound;
      const global = found.ranking.map((a) => items[a]!);
      for (const c of global) tiers.push([c]);
      global.forEach((c, i) => {
        ranges[c] = [offset + i, offset + i];
      });
      ranking.push(...global);
      representative.push(...global);
      local = [global];
    }
    const next: number[][] = [];
    for (const prefix of orders) {
      for (const tail of local) {
        if (next.length < maxOrders) next.push(prefix.concat(tail));
      }
    }
    orders = next;
  }

  const disagreement = orderCost(p.n, p.wins, ranking);
  let agreement = 0;
  for (let a = 0; a < ranking.length; a++) {
    for (let b = a + 1; b < ranking.length; b++) agreement += p.wins[ranking[a]! * p.n + ranking[b]!]!;
  }
  return {
    tiers,
    ranking,
    exact,
    disagreement,
    agreement,
    lowerBound: disagreement - slack,
    optimalCount,
    optimalOrders: exact ? orders : [],
    componentSizes: components.map((c) => c.length),
    ranges,
    representative,
    bytes,
  };
}
