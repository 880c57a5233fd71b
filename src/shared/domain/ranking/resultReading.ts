import { AGREEMENT_BANDS, type AgreementLabel } from './agreementLabel';
import type { PairwiseCounts } from './pairwise';

/**
 * How a result is read, so that the headline, the table and the deck never contradict
 * each other or the ballots: each item's range of places over all optimal orders, the
 * pairwise facts every voter agrees on, and one verdict for the headline.
 */

/** One row of the consensus: a place in the shown order and every place the item could take. */
export type PlaceRange = {
  candidate: string;
  /** 1-based place in the shown (representative) order. */
  place: number;
  /** 1-based first and last place the item takes in some optimal order. */
  first: number;
  last: number;
  /** This item and the next one are interchangeable: no ballot tells them apart against anything. */
  tiedWithNext: boolean;
};

/** "All 6 put A above B, C and D": a fact among items whose ranges overlap. */
export type Certainty = { above: string; below: string[]; voters: number };

export type VerdictKind = AgreementLabel | 'two camps' | 'uncertain order';

export type Verdict = { kind: VerdictKind; word: string; sentence: string };

/**
 * True when i and j are interchangeable: as many ballots put i above j as j above i, and
 * against every other item they score the same. Swapping them in any order then changes
 * no count, so they truly share a place; anything else gets its own place and a range.
 */
export function interchangeable(p: PairwiseCounts, i: number, j: number): boolean {
  const { n, wins } = p;
  if (wins[i * n + j] !== wins[j * n + i]) return false;
  for (let k = 0; k < n; k++) {
    if (k === i || k === j) continue;
    if (wins[i * n + k] !== wins[j * n + k] || wins[k * n + i] !== wins[k * n + j]) return false;
  }
  return true;
}

/** The shown order with its ranges (0-based ranges in, 1-based places out). */
export function placeRanges(
  order: readonly number[],
  ranges: ReadonlyArray<readonly [number, number]>,
  p: PairwiseCounts,
  names: readonly string[],
): PlaceRange[] {
  return order.map((c, i) => {
    const next = order[i + 1];
    return {
      candidate: names[c]!,
      place: i + 1,
      first: ranges[c]![0] + 1,
      last: ranges[c]![1] + 1,
      tiedWithNext: next !== undefined && interchangeable(p, c, next),
    };
  });
}

const overlap = (a: PlaceRange, b: PlaceRange) => a.first <= b.last && b.first <= a.last;

/**
 * Pairs every voter orders the same way, among items whose ranges overlap (elsewhere the
 * order already shows it). Grouped by the item above, in the shown order.
 */
export function certainties(
  rows: readonly PlaceRange[],
  p: PairwiseCounts,
  index: Map<string, number>,
): Certainty[] {
  const out: Certainty[] = [];
  if (p.total <= 0) return out;
  for (const a of rows) {
    const below: string[] = [];
    for (const b of rows) {
      if (a === b || !overlap(a, b)) continue;
      const i = index.get(a.candidate)!;
      const j = index.get(b.candidate)!;
      if (p.wins[i * p.n + j]! >= p.total - 1e-9) below.push(b.candidate);
    }
    if (below.length > 0) out.push({ above: a.candidate, below, voters: p.total });
  }
  return out;
}

/** Items whose range crosses the cut after place n: who is in the top n depends on the order chosen. */
export function cutStraddlers(rows: readonly PlaceRange[], n: number): string[] {
  return rows
    .filter((r) => (r.place <= n && r.last > n) || (r.place > n && r.first <= n))
    .map((r) => r.candidate);
}

/** Where the settled places are: "the extremes", "what comes first", … (for the headline). */
function settledWhere(rows: readonly PlaceRange[]): string {
  const settled = rows.map((r) => r.first === r.last);
  const count = settled.filter(Boolean).length;
  if (count === 0) return 'on no place in the order';
  if (count === rows.length) return 'on the whole order';
  let head = 0;
  while (settled[head] === true) head++;
  let tail = 0;
  while (settled[rows.length - 1 - tail] === true) tail++;
  const middle = settled.slice(head, rows.length - tail).some(Boolean);
  if (!middle && head > 0 && tail > 0) return 'on the extremes, not the middle';
  if (!middle && head > 0) return 'on what comes first, not on the rest';
  if (!middle && tail > 0) return 'on what comes last, not on what comes first';
  return `on ${count} of ${rows.length} places, not on the others`;
}

/**
 * Items whose place is open: the range is wider than the run of items it is truly tied
 * with (interchangeable neighbours share a place; that is a tie, not uncertainty).
 */
export function movableItems(rows: readonly PlaceRange[]): PlaceRange[] {
  const out: PlaceRange[] = [];
  let start = 0;
  for (let i = 0; i < rows.length; i++) {
    if (i > 0 && !rows[i - 1]!.tiedWithNext) start = i;
    let end = i;
    while (rows[end]?.tiedWithNext === true) end++;
    const row = rows[i]!;
    if (row.first < rows[start]!.place || row.last > rows[end]!.place) out.push(row);
  }
  return out;
}

/** The order is uncertain when at least half the items could move, or one could move a third of the list. */
export function orderIsUncertain(rows: readonly PlaceRange[]): boolean {
  const n = rows.length;
  if (n < 3) return false;
  const moving = movableItems(rows);
  const widest = Math.max(0, ...moving.map((r) => r.last - r.first + 1));
  return moving.length * 2 >= n || widest >= Math.max(3, Math.ceil(n / 3));
}

/**
 * The headline: the agreement band by Kendall's W, unless the room is split into camps
 * or the optimal orders differ widely — then it says so whatever W is.
 */
export function verdict(
  band: AgreementLabel,
  rows: readonly PlaceRange[],
  campCount: number,
  exact: boolean,
): Verdict {
  const movable = movableItems(rows).length;
  if (campCount >= 2) {
    return {
      kind: 'two camps',
      word: 'two camps',
      sentence: `The team splits into two camps: it agrees ${settledWhere(rows)}.`,
    };
  }
  if (exact && orderIsUncertain(rows)) {
    return {
      kind: 'uncertain order',
      word: 'uncertain order',
      sentence: `${movable} of ${rows.length} items could take several places: read the ranges, not only the order.`,
    };
  }
  const meaning = AGREEMENT_BANDS.find((b) => b.label === band)!.meaning;
  const caveat =
    movable > 0
      ? ` ${movable} ${movable === 1 ? 'item could' : 'items could'} swap places (see the ranges).`
      : '';
  return { kind: band, word: band, sentence: `${meaning}${caveat}` };
}
