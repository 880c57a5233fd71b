/**
 * Kemeny above the exact limit: local search from several good starting orders.
 *
 * Each start is improved by single-item moves (take one item out, put it back at the
 * place that lowers the disagreement most) until no move helps. The search cannot
 * prove optimality, so it reports a lower bound: every pair costs at least the smaller
 * of its two sides, sum_{i<j} min(w[i][j], w[j][i]). The true optimum lies in
 * [lowerBound, cost]; `cost - lowerBound` is the most the answer can be off by.
 */
export type HeuristicKemeny = { ranking: number[]; cost: number; lowerBound: number };

export function orderCost(k: number, w: ArrayLike<number>, order: readonly number[]): number {
  let cost = 0;
  for (let a = 0; a < order.length; a++) {
    const above = order[a]!;
    for (let b = a + 1; b < order.length; b++) cost += w[order[b]! * k + above]!;
  }
  return cost;
}

export function pairLowerBound(k: number, w: ArrayLike<number>): number {
  let bound = 0;
  for (let i = 0; i < k; i++) for (let j = i + 1; j < k; j++) bound += Math.min(w[i * k + j]!, w[j * k + i]!);
  return bound + cyclePackingBound(k, w);
}

/** Sum of the smallest margins of edge-disjoint majority 3-cycles, largest first. */
function cyclePackingBound(k: number, w: ArrayLike<number>): number {
  const margin = (i: number, j: number) => w[i * k + j]! - w[j * k + i]!;
  const cycles: Array<{ a: number; b: number; c: number; least: number }> = [];
  for (let a = 0; a < k; a++) {
    for (let b = a + 1; b < k; b++) {
      for (let c = b + 1; c < k; c++) {
        // The two orientations of a triangle that form a cycle.
        for (const [x, y, z] of [
          [a, b, c],
          [a, c, b],
        ] as const) {
          const least = Math.min(margin(x, y), margin(y, z), margin(z, x));
          if (least > 0) cycles.push({ a: x, b: y, c: z, least });
        }
      }
    }
  }
  cycles.sort((p, q) => q.least - p.least);
  const used = new Uint8Array(k * k);
  const key = (i: number, j: number) => Math.min(i, j) * k + Math.max(i, j);
  let extra = 0;
  for (const { a, b, c, least } of cycles) {
    const edges = [key(a, b), key(b, c), key(c, a)];
    if (edges.some((e) => used[e] === 1)) continue;
    for (const e of edges) used[e] = 1;
    extra += least;
  }
  return extra;
}

/** Moves single items to their best place until a full pass finds no improvement. */
export function improveByMoves(k: number, w: ArrayLike<number>, start: readonly number[]): number[] {
  const order = start.slice();
  const eps = 1e-9;
  for (let pass = 0; pass < 1000; pass++) {
    let improved = false;
    for (let from = 0; from < order.length; from++) {
      const x = order[from]!;
      // Moving x up past y turns a cost of w[x][y] into w[y][x]; moving down is the reverse.
      let bestDelta = 0;
      let bestTo = from;
      let delta = 0;
      for (let to = from - 1; to >= 0; to--) {
        const y = order[to]!;
        delta += w[y * k + x]! - w[x * k + y]!;
        if (delta < bestDelta - eps) {
          bestDelta = delta;
          bestTo = to;
        }
      }
      delta = 0;
      for (let to = from + 1; to < order.length; to++) {
        const y = order[to]!;
        delta += w[x * k + y]! - w[y * k + x]!;
        if (delta < bestDelta - eps) {
          bestDelta = delta;
          bestTo = to;
        }
      }
      if (bestTo !== from) {
        order.splice(from, 1);
        order.splice(bestTo, 0, x);
        improved = true;
      }
    }
    if (!improved) break;
  }
  return order;
}

/** Best local optimum over the given starts; the first start wins ties, so results are stable. */
export function kemenyHeuristic(
  k: number,
  w: ArrayLike<number>,
  starts: ReadonlyArray<readonly number[]>,
): HeuristicKemeny {
  let best: number[] = [];
  let bestCost = Infinity;
  for (const start of starts) {
    const order = improveByMoves(k, w, start);
    const cost = orderCost(k, w, order);
    if (cost < bestCost - 1e-9) {
      best = order;
      bestCost = cost;
    }
  }
  return { ranking: best, cost: bestCost, lowerBound: pairLowerBound(k, w) };
}
