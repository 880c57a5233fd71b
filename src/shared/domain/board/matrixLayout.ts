import type { Priority } from '../workspace';
import { matrixPoint, SCORE_MAX, type Axes } from './axes';
import { spreadCards, type Box, type Point, type Size } from './cardLayout';

/** The plot area (score 0–10 each way) in the units of whatever draws it. */
export type PlotFrame = { left: number; top: number; width: number; height: number };

/** Where the scores (x, y) fall in a plot frame: y grows upwards, as on paper. */
export function plotPoint(frame: PlotFrame, score: Point): Point {
  return {
    x: frame.left + (score.x / SCORE_MAX) * frame.width,
    y: frame.top + ((SCORE_MAX - score.y) / SCORE_MAX) * frame.height,
  };
}

/**
 * Card centres on the matrix, none overlapping: a card sits at its scores unless an
 * earlier card is there, then at the nearest free spot. Cards with scores go first, so a
 * card that is not placed yet (it asks for the middle) never pushes a placed one away.
 */
export function matrixCentres(
  priorities: readonly Priority[],
  axes: Axes,
  frame: PlotFrame,
  options: { size: Size; gap: number; obstacles?: readonly Box[] },
): Map<string, Point> {
  const points = priorities.map((p) => ({ id: p.id, point: matrixPoint(p, axes) }));
  const ordered = [...points.filter((p) => p.point.placed), ...points.filter((p) => !p.point.placed)];
  const centres = spreadCards(
    ordered.map((p) => plotPoint(frame, p.point)),
    {
      ...options,
      bounds: {
        left: frame.left,
        top: frame.top,
        right: frame.left + frame.width,
        bottom: frame.top + frame.height,
      },
    },
  );
  return new Map(ordered.map((p, i) => [p.id, centres[i]!]));
}
