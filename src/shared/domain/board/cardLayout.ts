/**
 * Where cards go so that none hides another. Each card asks for a point (its scores on
 * the matrix, or the middle when it has none yet); the first card keeps its point and
 * each next one takes the nearest free spot around its own. Pure and deterministic, so
 * the canvas, the exported image and the deck slide place the same cards the same way.
 */
export type Point = { x: number; y: number };
export type Size = { w: number; h: number };
/** An axis-aligned box by its edges (canvas or image units). */
export type Box = { left: number; top: number; right: number; bottom: number };

export type SpreadOptions = {
  /** Every card's size. */
  size: Size;
  /** Where card centres may go. A card asking for a point outside is pulled inside first. */
  bounds: Box;
  /** Empty space kept between two cards (and between a card and an obstacle). */
  gap: number;
  /** Boxes no card may cover: quadrant names, a legend. */
  obstacles?: readonly Box[];
};

/** The box a card of `size` covers when centred at `c`. */
export function cardBox(c: Point, size: Size): Box {
  return { left: c.x - size.w / 2, top: c.y - size.h / 2, right: c.x + size.w / 2, bottom: c.y + size.h / 2 };
}

/** True when two boxes share area (touching edges do not count). */
export function boxesOverlap(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/**
 * Centres for cards that want to sit at `wanted` (in that order of precedence), no two
 * closer than `gap`, each as near to its point as the cards before it allow. When the
 * bounds are full, the rest go in rows below them: never on top of another card.
 */
export function spreadCards(wanted: readonly Point[], options: SpreadOptions): Point[] {
  const { size, bounds, gap } = options;
  const obstacles = (options.obstacles ?? []).map((o) => grow(o, gap));
  const cellW = size.w + gap;
  const cellH = size.h + gap;
  // Placed centres by grid cell: a card can only collide with those in the 3×3 cells around it.
  const grid = new Map<number, Point[]>();
  const key = (i: number, j: number) => i * 1_000_003 + j;
  const free = (p: Point): boolean => {
    const cx = Math.floor(p.x / cellW);
    const cy = Math.floor(p.y / cellH);
    for (let i = cx - 1; i <= cx + 1; i++) {
      for (let j = cy - 1; j <= cy + 1; j++) {
        const near = grid.get(key(i, j));
        if (!near) continue;
        for (const q of near) {
          if (Math.abs(q.x - p.x) < cellW && Math.abs(q.y - p.y) < cellH) return false;
        }
      }
    }
    const box = cardBox(p, size);
    return obstacles.every((o) => !boxesOverlap(box, o));
  };
  const take = (p: Point): Point => {
    const k = key(Math.floor(p.x / cellW), Math.floor(p.y / cellH));
    const list = grid.get(k);
    if (list) list.push(p);
    else grid.set(k, [p]);
    return p;
  };
  // Candidate spots step a quarter of a card across and a third of one down: fine enough to
  // stay close to the wanted point, coarse enough to stay fast at a thousand cards.
  const stepX = cellW / 4;
  const stepY = cellH / 3;
  const maxRing = Math.ceil(
    Math.max((bounds.right - bounds.left) / stepX, (bounds.bottom - bounds.top) / stepY),
  );
  const inside = (p: Point) =>
    p.x >= bounds.left && p.x <= bounds.right && p.y >= bounds.top && p.y <= bounds.bottom;
  let overflow = 0;
  // Rings already full around a start point stay full (cards are only added), so the next
  // card asking for the same point starts where the last one found room: a pasted list of
  // a hundred cards at 5 and 5 costs a hundred short searches, not a hundred long ones.
  const fullUpTo = new Map<string, number>();
  return wanted.map((raw) => {
    const start = {
      x: Math.min(bounds.right, Math.max(bounds.left, raw.x)),
      y: Math.min(bounds.bottom, Math.max(bounds.top, raw.y)),
    };
    const startKey = `${start.x},${start.y}`;
    const from = fullUpTo.get(startKey) ?? 1;
    if (from === 1 && free(start)) return take(start);
    for (let ring = from; ring <= maxRing; ring++) {
      let best: Point | null = null;
      let bestDistance = Infinity;
      const consider = (i: number, j: number) => {
        const p = { x: start.x + i * stepX, y: start.y + j * stepY };
        const d = (i * stepX) ** 2 + (j * stepY) ** 2;
        if (d < bestDistance && inside(p) && free(p)) {
          best = p;
          bestDistance = d;
        }
      };
      // The square ring `ring` steps out: its top and bottom rows, then its two sides.
      for (let i = -ring; i <= ring; i++) {
        consider(i, -ring);
        consider(i, ring);
      }
      for (let j = -ring + 1; j < ring; j++) {
        consider(-ring, j);
        consider(ring, j);
      }
      if (best) {
        fullUpTo.set(startKey, ring);
        return take(best);
      }
    }
    // No room left inside: rows under the bounds, one card after another.
    const perRow = Math.max(1, Math.floor((bounds.right - bounds.left) / cellW) + 1);
    for (;;) {
      const k = overflow++;
      const p = {
        x: bounds.left + (k % perRow) * cellW,
        y: bounds.bottom + cellH * (1 + Math.floor(k / perRow)),
      };
      if (free(p)) return take(p);
    }
  });
}

function grow(b: Box, by: number): Box {
  return { left: b.left - by, top: b.top - by, right: b.right + by, bottom: b.bottom + by };
}

/** Fractions along a link tried for its label, the middle first. */
const LABEL_SPOTS = [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8];

/**
 * Where along the line from `a` to `b` (as a fraction, 0.5 the middle) a label of `size`
 * covers none of `boxes`: the middle when it is clear, else the nearest clear spot, else
 * the middle. Keeps a trade-off's cost off card titles.
 */
export function labelSpot(a: Point, b: Point, size: Size, boxes: readonly Box[]): number {
  const reach: Box = {
    left: Math.min(a.x, b.x) - size.w,
    top: Math.min(a.y, b.y) - size.h,
    right: Math.max(a.x, b.x) + size.w,
    bottom: Math.max(a.y, b.y) + size.h,
  };
  const near = boxes.filter((box) => boxesOverlap(box, reach));
  for (const t of LABEL_SPOTS) {
    const label = cardBox({ x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t }, size);
    if (near.every((box) => !boxesOverlap(box, label))) return t;
  }
  return 0.5;
}

/** A label's box, roughly, from its text in a `font`-pixel face, wrapped at `maxWidth`. */
export function labelSize(text: string, font: number, maxWidth: number): Size {
  const width = text.length * font * 0.55 + 18;
  const lines = Math.ceil(width / maxWidth);
  return { w: Math.min(width, maxWidth), h: lines * font * 1.3 + 6 };
}
