import type { BallotContent } from '../../../../../shared/domain/workspace';

/** Best first; an inner list is a tie. */
export type Tiers = string[][];
/** One row of the on-screen list: `tied` means "tied with the row above". */
export type OrderRow = { id: string; tied: boolean };

/**
 * The starting order: the voter's earlier ballot when there is one (items that left the
 * round dropped, new ones added at the end), otherwise the round's own order.
 */
export function initialTiers(itemIds: readonly string[], initial: BallotContent | null): Tiers {
  if (initial?.kind !== 'order') return itemIds.map((id) => [id]);
  const known = new Set(itemIds);
  const seen = new Set<string>();
  const tiers: Tiers = [];
  for (const tier of initial.tiers) {
    const kept = tier.filter((id) => known.has(id) && !seen.has(id));
    kept.forEach((id) => seen.add(id));
    if (kept.length > 0) tiers.push(kept);
  }
  for (const id of itemIds) if (!seen.has(id)) tiers.push([id]);
  return tiers;
}

export function toRows(tiers: Tiers): OrderRow[] {
  return tiers.flatMap((tier) => tier.map((id, i) => ({ id, tied: i > 0 })));
}

export function fromRows(rows: readonly OrderRow[]): Tiers {
  const tiers: Tiers = [];
  rows.forEach((row, i) => {
    const last = tiers.at(-1);
    if (row.tied && i > 0 && last) last.push(row.id);
    else tiers.push([row.id]);
  });
  return tiers;
}

/** Competition ranking: the place of each item (1, 2, 2, 4…), ties sharing a place. */
export function placesOf(tiers: Tiers): Map<string, number> {
  const places = new Map<string, number>();
  let place = 1;
  for (const tier of tiers) {
    for (const id of tier) places.set(id, place);
    place += tier.length;
  }
  return places;
}

function tierIndex(tiers: Tiers, id: string): number {
  return tiers.findIndex((tier) => tier.includes(id));
}

/**
 * One step up (-1) or down (+1): the item leaves any tie and passes the next place in
 * that direction, a whole tie counting as one place (the order inside a tie means
 * nothing). An item in the middle of a tie passes the rest of that tie.
 */
export function moveStep(tiers: Tiers, id: string, direction: -1 | 1): Tiers {
  const t = tierIndex(tiers, id);
  if (t < 0) return tiers;
  const tier = tiers[t]!;
  const k = tier.indexOf(id);
  const atEdge = direction < 0 ? k === 0 : k === tier.length - 1;
  if (atEdge && (direction < 0 ? t === 0 : t === tiers.length - 1)) return tiers;
  const next = tiers.map((x) => x.slice());
  const rest = tier.filter((x) => x !== id);
  if (rest.length > 0) next[t] = rest;
  else next.splice(t, 1);
  const emptied = rest.length === 0 ? 1 : 0;
  let at: number;
  if (direction < 0) at = atEdge ? t - 1 : t;
  else at = atEdge ? t + 2 - emptied : t + 1;
  next.splice(at, 0, [id]);
  return next;
}

export function canMove(tiers: Tiers, id: string, direction: -1 | 1): boolean {
  return moveStep(tiers, id, direction) !== tiers;
}

/**
 * A drop from a drag: the row leaves its place (the rest of its tie stays together) and
 * lands at `toIndex` in the list; dropped inside a tie, it joins it.
 */
export function dropAt(tiers: Tiers, id: string, toIndex: number): Tiers {
  const rows = toRows(tiers);
  const from = rows.findIndex((row) => row.id === id);
  if (from < 0 || from === toIndex) return tiers;
  const [moved] = rows.splice(from, 1);
  const follower = rows[from];
  if (!moved!.tied && follower?.tied) rows[from] = { ...follower, tied: false };
  const at = Math.max(0, Math.min(toIndex, rows.length));
  rows.splice(at, 0, { id, tied: at > 0 && rows[at]?.tied === true });
  return fromRows(rows);
}

/** "Tied with the one above", switched on or off for one row. */
export function setTied(tiers: Tiers, id: string, tied: boolean): Tiers {
  const rows = toRows(tiers);
  const at = rows.findIndex((row) => row.id === id);
  if (at <= 0) return tiers;
  rows[at] = { id, tied };
  return fromRows(rows);
}

/**
 * Straight to the top or the bottom of a long list, alone (out of any tie): what takes a
 * dozen ↑ presses otherwise.
 */
export function moveToEdge(tiers: Tiers, id: string, edge: 'top' | 'bottom'): Tiers {
  const t = tierIndex(tiers, id);
  if (t < 0) return tiers;
  const alreadyThere = tiers[t]!.length === 1 && t === (edge === 'top' ? 0 : tiers.length - 1);
  if (alreadyThere) return tiers;
  const rest = tiers.map((tier) => tier.filter((x) => x !== id)).filter((tier) => tier.length > 0);
  return edge === 'top' ? [[id], ...rest] : [...rest, [id]];
}
