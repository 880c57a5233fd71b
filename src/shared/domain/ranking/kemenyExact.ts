/**
 * Exact Kemeny–Young by dynamic programming over subsets (Held–Karp style), O(k·2^k)
 * time and about 12·2^k bytes for k items.
 *
 * Input: w[i * k + j] = weight of ballots putting i above j. Placing c directly below a
 * set S costs sum_{a in S} w[c][a] (voters who wanted c above a). f[T] is the least
 * cost of ordering the set T among itself, so
 *   f[T] = min over c in T of f[T \ c] + cost(c below T \ c).
 * The cost sums come from two lookup tables over the low and high halves of the bit
 * mask (k·2^(k/2) entries), so each step is two loads instead of a loop.
 *
 * A backward pass then marks every state on some optimal path and counts the paths:
 * that is the number of optimal orders. Where a prefix size has a single marked state,
 * every optimal order puts the same items above that cut; the items between two cuts
 * form a block that the optimal orders arrange differently, reported as a tier.
 *
 * The same backward pass gives each item's range of places across all optimal orders:
 * c can stand at place |T| − 1 exactly when some state T on an optimal path is reached
 * from T \ c by a tight step. A forward pass over those states then picks, among all
 * optimal orders, the one whose places are closest (sum of squared differences) to the
 * targets given, e.g. the items' average places: one order to show, chosen by a stated
 * rule instead of by the order the items were typed.
 */
export type ExactKemeny = {
  /** One optimal order: at each place, the lowest-index item an optimal order allows. */
  ranking: number[];
  /** Blocks between cuts, best first; a block of more than one item is a tie. */
  blocks: number[][];
  /** Weighted pairwise disagreements of an optimal order (ties in ballots not counted). */
  cost: number;
  /** How many orders reach that cost (a float: exact up to 2^53). */
  optimalCount: number;
  /** Up to `maxOrders` optimal orders, in lexicographic order of item index. */
  optimalOrders: number[][];
  /** For each item, the first and last place (0-based) it takes in some optimal order. */
  ranges: Array<[number, number]>;
  /** The optimal order closest to `targets` (least sum of (place − target)²); `ranking` without targets. */
  representative: number[];
  /** Bytes of the typed arrays the search allocated. */
  bytes: number;
};

/** Above this the state table alone passes 200 MB; callers fall back to the heuristic. */
export const KEMENY_HARD_LIMIT = 24;

const popcount = (x: number): number => {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
};

export function kemenyExact(
  k: number,
  w: ArrayLike<number>,
  maxOrders = 5,
  targets?: ArrayLike<number>,
): ExactKemeny {
  if (k === 0) {
    return {
      ranking: [],
      blocks: [],
      cost: 0,
      optimalCount: 1,
      optimalOrders: [[]],
      ranges: [],
      representative: [],
      bytes: 0,
    };
  }
  if (k > KEMENY_HARD_LIMIT) throw new RangeError(`kemenyExact supports at most ${KEMENY_HARD_LIMIT} items`);

  let total = 0;
  let integral = true;
  for (let i = 0; i < k * k; i++) {
    total += w[i]!;
    if (!Number.isInteger(w[i])) integral = false;
  }
  // Int32 halves the memory traffic of the hot loop whenever the costs fit.
  const useInt = integral && total < 2 ** 31 - 1;
  const alloc = (size: number): Int32Array | Float64Array =>
    useInt ? new Int32Array(size) : new Float64Array(size);
  const eps = useInt ? 0 : 1e-9 * Math.max(1, total);

  const lowBits = k >> 1;
  const highBits = k - lowBits;
  const lowSize = 1 << lowBits;
  const highSize = 1 << highBits;
  const lowMask = lowSize - 1;
  const low = alloc(k * lowSize);
  const high = alloc(k * highSize);
  for (let c = 0; c < k; c++) {
    const row = c * k;
    for (let s = 1; s < lowSize; s++) {
      const bit = 31 - Math.clz32(s & -s);
      low[c * lowSize + s] = low[c * lowSize + (s & (s - 1))]! + w[row + bit]!;
    }
    for (let s = 1; s < highSize; s++) {
      const bit = 31 - Math.clz32(s & -s);
      high[c * highSize + s] = high[c * highSize + (s & (s - 1))]! + w[row + lowBits + bit]!;
    }
  }
  const below = (c: number, set: number): number =>
    low[c * lowSize + (set & lowMask)]! + high[c * highSize + (set >>> lowBits)]!;

  const full = (1 << k) - 1;
  const f = alloc(full + 1);
  for (let t = 1; t <= full; t++) {
    let best = Infinity;
    let rest = t;
    while (rest !== 0) {
      const bit = rest & -rest;
      rest ^= bit;
      const c = 31 - Math.clz32(bit);
      const prev = t ^ bit;
      const v = f[prev]! + low[c * lowSize + (prev & lowMask)]! + high[c * highSize + (prev >>> lowBits)]!;
      if (v < best) best = v;
    }
    f[t] = best;
  }

  // ways[s] = number of optimal ways to complete the prefix s into a full order (0 = off every optimal path).
  const ways = new Float64Array(full + 1);
  const markedBySize = new Int32Array(k + 1);
  const stateBySize = new Int32Array(k + 1);
  const firstPlace = new Int32Array(k).fill(k);
  const lastPlace = new Int32Array(k).fill(-1);
  ways[full] = 1;
  for (let t = full; t > 0; t--) {
    const wt = ways[t]!;
    if (wt === 0) continue;
    const size = popcount(t);
    markedBySize[size]! += 1;
    stateBySize[size] = t;
    let rest = t;
    while (rest !== 0) {
      const bit = rest & -rest;
      rest ^= bit;
      const prev = t ^ bit;
      const c = 31 - Math.clz32(bit);
      if (Math.abs(f[prev]! + below(c, prev) - f[t]!) <= eps) {
        ways[prev]! += wt;
        if (size - 1 < firstPlace[c]!) firstPlace[c] = size - 1;
        if (size - 1 > lastPlace[c]!) lastPlace[c] = size - 1;
      }
    }
  }
  markedBySize[0] = 1;

  const tight = (prefix: number, c: number) => {
    const next = prefix | (1 << c);
    return ways[next]! > 0 && Math.abs(f[prefix]! + below(c, prefix) - f[next]!) <= eps;
  };

  const ranking: number[] = [];
  for (let prefix = 0; ranking.length < k;) {
    for (let c = 0; c < k; c++) {
      if ((prefix & (1 << c)) === 0 && tight(prefix, c)) {
        ranking.push(c);
        prefix |= 1 << c;
        break;
      }
    }
  }

  const blocks: number[][] = [];
  let cutState = 0;
  for (let size = 1; size <= k; size++) {
    if (markedBySize[size] !== 1) continue;
    const state = stateBySize[size]!;
    const block: number[] = [];
    for (let c = 0; c < k; c++) if ((state & ~cutState & (1 << c)) !== 0) block.push(c);
    blocks.push(block);
    cutState = state;
  }

  const optimalOrders: number[][] = [];
  const walk = (prefix: number, order: number[]) => {
    if (optimalOrders.length >= maxOrders) return;
    if (order.length === k) {
      optimalOrders.push(order.slice());
      return;
    }
    for (let c = 0; c < k && optimalOrders.length < maxOrders; c++) {
      if ((prefix & (1 << c)) !== 0 || !tight(prefix, c)) continue;
      order.push(c);
      walk(prefix | (1 << c), order);
      order.pop();
    }
  };
  walk(0, []);

  const ranges = Array.from({ length: k }, (_, c) => [firstPlace[c]!, lastPlace[c]!] as [number, number]);
  let bytes = low.byteLength + high.byteLength + f.byteLength + ways.byteLength;
  let representative = ranking;
  if (targets !== undefined && ways[0]! > 1) {
    const closest = closestOptimalOrder(k, targets, ways, tight);
    representative = closest.order;
    bytes += closest.bytes;
  }
  return {
    ranking,
    blocks,
    cost: f[full]!,
    optimalCount: ways[0]!,
    optimalOrders,
    ranges,
    representative,
    bytes,
  };
}

/**
 * Among the optimal orders (the paths of tight steps through states with ways > 0), the
 * one with the least sum of (place − target[c])², by a forward pass over those states.
 * Squares rather than absolute differences: with absolute differences, moving an item
 * two places towards its average can cost the same as moving two others one place away,
 * and the shown order would then depend on the tie-break.
 * Ties go to the lower item index at each place from the bottom up, so the choice is
 * deterministic.
 */
function closestOptimalOrder(
  k: number,
  targets: ArrayLike<number>,
  ways: Float64Array,
  tight: (prefix: number, c: number) => boolean,
): { order: number[]; bytes: number } {
  const full = (1 << k) - 1;
  // Float32 keeps a 20-item search under its memory budget; the sums stay far below 2^24,
  // and a near-tie resolved either way still yields an optimal Kemeny order.
  const h = new Float32Array(full + 1).fill(Infinity);
  h[0] = 0;
  const step = (t: number, c: number) => (popcount(t) - 1 - targets[c]!) ** 2;
  for (let t = 1; t <= full; t++) {
    if (ways[t] === 0) continue;
    let best = Infinity;
    let rest = t;
    while (rest !== 0) {
      const bit = rest & -rest;
      rest ^= bit;
      const prev = t ^ bit;
      const c = 31 - Math.clz32(bit);
      if (h[prev] === Infinity || !tight(prev, c)) continue;
      const v = h[prev]! + step(t, c);
      if (v < best) best = v;
    }
    h[t] = best;
  }
  const order: number[] = [];
  for (let t = full; t !== 0;) {
    let chosen = -1;
    for (let c = 0; c < k && chosen < 0; c++) {
      const prev = t ^ (1 << c);
      if ((t & (1 << c)) === 0 || h[prev] === Infinity || !tight(prev, c)) continue;
      if (Math.abs(h[prev]! + step(t, c) - h[t]!) <= 1e-4 * Math.max(1, h[t]!)) chosen = c;
    }
    // Every finite state has a step that attains its value; reaching here would be a bug.
    if (chosen < 0) throw new Error('closestOptimalOrder: no step attains the optimum');
    order.push(chosen);
    t ^= 1 << chosen;
  }
  return { order: order.reverse(), bytes: h.byteLength };
}
