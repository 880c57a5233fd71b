import type { PairwiseCounts } from './pairwise';

/**
 * Who, if anyone, beats everyone head to head. When no one does, the answer says why,
 * in a form a results screen can put into words:
 * - `winner`: beats every other item by majority;
 * - `cycle`: a majority cycle (A beats B, B beats C, C beats A) inside the top set;
 * - `tie`: the top set is held together by head-to-head ties only.
 * The top set is the Smith set: the smallest group whose members each beat everyone
 * outside it.
 */
export type CondorcetIndices =
  | { kind: 'winner'; winner: number }
  | { kind: 'cycle'; topSet: number[]; cycle: number[] }
  | { kind: 'tie'; topSet: number[] };

export type Duel = { winner: string; loser: string; for: number; against: number };

export type CondorcetResult =
  | { kind: 'winner'; winner: string; duels: Duel[] }
  /** cycle[i] beats cycle[i + 1], and the last beats the first; `duels` spells each step out. */
  | { kind: 'cycle'; topSet: string[]; cycle: string[]; duels: Duel[] }
  | { kind: 'tie'; topSet: string[] };

export function smithSet(p: PairwiseCounts): number[] {
  const { n, wins } = p;
  const beats = (i: number, j: number) => wins[i * n + j]! > wins[j * n + i]!;
  const copeland = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) if (i !== j) copeland[i]! += beats(i, j) ? 1 : beats(j, i) ? 0 : 0.5;
  }
  // Every dominating set is a prefix of the Copeland order (a member scores at least the
  // size of the outside, an outsider at most one less), so test prefixes in that order.
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => copeland[b]! - copeland[a]! || a - b);
  for (let size = 1; size < n; size++) {
    const inside = order.slice(0, size);
    const outside = order.slice(size);
    if (inside.every((i) => outside.every((j) => beats(i, j)))) return inside.sort((a, b) => a - b);
  }
  return order.sort((a, b) => a - b);
}

/** Shortest strict-majority cycle inside `set`, starting from its earliest member. */
function shortestCycle(p: PairwiseCounts, set: readonly number[]): number[] | null {
  const { n, wins } = p;
  let best: number[] | null = null;
  for (const start of set) {
    const parent = new Map<number, number>([[start, -1]]);
    let frontier = [start];
    let closing = -1;
    while (frontier.length > 0 && closing === -1) {
      const next: number[] = [];
      for (const v of frontier) {
        if (wins[v * n + start]! > wins[start * n + v]! && v !== start) {
          closing = v;
          break;
        }
        for (const u of set) {
          if (parent.has(u) || !(wins[v * n + u]! > wins[u * n + v]!)) continue;
          parent.set(u, v);
          next.push(u);
        }
      }
      frontier = next;
    }
    if (closing === -1) continue;
    const path: number[] = [];
    for (let v = closing; v !== -1; v = parent.get(v)!) path.push(v);
    path.reverse();
    if (best === null || path.length < best.length) best = path;
  }
  return best;
}

export function condorcet(p: PairwiseCounts): CondorcetIndices {
  const top = smithSet(p);
  if (top.length === 1) return { kind: 'winner', winner: top[0]! };
  const cycle = shortestCycle(p, top);
  return cycle === null ? { kind: 'tie', topSet: top } : { kind: 'cycle', topSet: top, cycle };
}

export function describeCondorcet(p: PairwiseCounts, candidates: readonly string[]): CondorcetResult {
  const result = condorcet(p);
  const name = (c: number) => candidates[c]!;
  const duel = (i: number, j: number): Duel => ({
    winner: name(i),
    loser: name(j),
    for: p.wins[i * p.n + j]!,
    against: p.wins[j * p.n + i]!,
  });
  switch (result.kind) {
    case 'winner': {
      const duels: Duel[] = [];
      for (let j = 0; j < p.n; j++) if (j !== result.winner) duels.push(duel(result.winner, j));
      return { kind: 'winner', winner: name(result.winner), duels };
    }
    case 'cycle':
      return {
        kind: 'cycle',
        topSet: result.topSet.map(name),
        cycle: result.cycle.map(name),
        duels: result.cycle.map((c, i) => duel(c, result.cycle[(i + 1) % result.cycle.length]!)),
      };
    case 'tie':
      return { kind: 'tie', topSet: result.topSet.map(name) };
  }
}
