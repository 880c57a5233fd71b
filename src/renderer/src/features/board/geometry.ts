import { axesOf, type Box } from '../../../../shared/domain/board';

/**
 * Where things sit on the canvas, in React Flow's coordinates. On the matrix a card's
 * centre *is* its two scores: 0–10 maps onto the plot below, so dropping a card reads
 * its scores straight back. Node positions are top-left corners, hence the half sizes.
 *
 * Sizes are for the back of the room: with up to 40 cards the fitted board on a
 * 1920×1080 projector shows card titles at 14 px or more (18 px at a zoom of about 0.8).
 */
export const CARD_W = 240;
export const CARD_H = 76;
/** Space always kept between two cards on the matrix. */
export const CARD_GAP = 10;
export const PLOT_W = 1600;
export const PLOT_H = 950;
/** Cards centred on an edge of the plot reach this far out; the axis titles start beyond. */
const GUTTER_X = CARD_W / 2 + 14;
const GUTTER_Y = CARD_H / 2 + 14;
/** The band under (and left of) the plot that holds an axis title, at scale 1. */
const AXIS_BAND = 64;
/** The largest board with full detail at every zoom; more cards get the light form when zoomed out. */
export const DETAIL_CARD_LIMIT = 40;

/**
 * Up to 40 cards the plot keeps the size that reads from the back of the room; a larger
 * board gets a larger plot (by the square root of the count), so cards find room near
 * their scores at 1,000 as at 40: the same scores, more room.
 */
export function plotScale(cardCount: number): number {
  return cardCount <= DETAIL_CARD_LIMIT ? 1 : Math.sqrt(cardCount / 30);
}

/**
 * The matrix backdrop: one node holding the plot, the gutter where edge cards overhang,
 * and the two axis bands, so Fit View shows the axis titles and no title sits under a card.
 * `node` is in canvas coordinates; `plot` is relative to the node.
 */
export function matrixFrame(scale: number): {
  node: { x: number; y: number; width: number; height: number };
  plot: { left: number; top: number; width: number; height: number };
  band: number;
} {
  const band = AXIS_BAND * scale;
  const plot = { left: band + GUTTER_X, top: GUTTER_Y, width: PLOT_W * scale, height: PLOT_H * scale };
  return {
    node: {
      x: -plot.left,
      y: -plot.top,
      width: plot.left + plot.width + GUTTER_X,
      height: plot.top + plot.height + GUTTER_Y + band,
    },
    plot,
    band,
  };
}

/** The quadrant names' font size, in canvas units. */
export const QUADRANT_FONT = 30;

/**
 * Where the four quadrant names sit (canvas coordinates): cards keep off them. The width
 * is a generous estimate from the text length, so the name is always inside its box.
 */
export function quadrantNameBoxes(board: Parameters<typeof axesOf>[0], scale: number): Box[] {
  const font = QUADRANT_FONT * scale;
  const pad = 14 * scale;
  const w = PLOT_W * scale;
  const h = PLOT_H * scale;
  return axesOf(board).quadrants.map((name, i) => {
    const width = Math.min(w / 2, pad * 2 + name.length * font * 0.62);
    const left = i % 2 === 0 ? 0 : w - width;
    const top = i < 2 ? 0 : h / 2;
    return { left, top, right: left + width, bottom: top + pad * 2 + font * 1.25 };
  });
}

export function cardPosition(score: { x: number; y: number }, scale = 1): { x: number; y: number } {
  return {
    x: (score.x * PLOT_W * scale) / 10 - CARD_W / 2,
    y: ((10 - score.y) * PLOT_H * scale) / 10 - CARD_H / 2,
  };
}

export function scoreAt(position: { x: number; y: number }, scale = 1): { x: number; y: number } {
  return {
    x: ((position.x + CARD_W / 2) * 10) / (PLOT_W * scale),
    y: 10 - ((position.y + CARD_H / 2) * 10) / (PLOT_H * scale),
  };
}

/** Department lanes: one row each, cards side by side in board order. */
export const LANE_H = 120;
export const LANE_LABEL_W = 220;
export const LANE_GAP_X = 24;
export const NO_DEPARTMENT = 'No department';

export function laneNames(departments: readonly string[]): string[] {
  const names = [...new Set(departments.map((d) => d.trim()))].sort((a, b) =>
    a === '' ? 1 : b === '' ? -1 : a.localeCompare(b),
  );
  return names.length === 0 ? [''] : names;
}

export function lanePosition(lane: number, slot: number): { x: number; y: number } {
  return { x: LANE_LABEL_W + slot * (CARD_W + LANE_GAP_X), y: lane * LANE_H + (LANE_H - CARD_H) / 2 };
}

/** The lane a card dropped at `y` lands in (clamped to the first and last lanes). */
export function laneAt(y: number, laneCount: number): number {
  return Math.min(laneCount - 1, Math.max(0, Math.floor((y + CARD_H / 2) / LANE_H)));
}
