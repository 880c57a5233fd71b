/**
 * Where things sit on the canvas, in React Flow's coordinates. On the matrix a card's
 * centre *is* its two scores: 0–10 maps onto the plot below, so dropping a card reads
 * its scores straight back. Node positions are top-left corners, hence the half sizes.
 */
export const CARD_W = 200;
export const CARD_H = 68;
export const PLOT_W = 2000;
export const PLOT_H = 1250;

/**
 * A board of many cards gets a larger plot (by the square root of the count, from 60
 * cards up), so cards overlap about as little at 1,000 as at 40: the same scores, more room.
 */
export function plotScale(cardCount: number): number {
  return Math.max(1, Math.sqrt(cardCount / 60));
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
