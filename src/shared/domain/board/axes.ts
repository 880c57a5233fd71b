import type { AxisPreset, Board, ExtraScoreKey, Priority } from '../workspace';
import { BoardError } from './boardError';

/** A scored dimension of a priority: impact and effort, or one of the extra scores. */
export type Dimension = 'impact' | 'effort' | ExtraScoreKey;

export type AxisSpec = { dimension: Dimension; label: string; low: string; high: string };
/** Quadrant names, read as [top-left, top-right, bottom-left, bottom-right]. */
export type Quadrants = readonly [string, string, string, string];
export type Axes = { preset: AxisPreset; x: AxisSpec; y: AxisSpec; quadrants: Quadrants };

export const SCORE_MIN = 0;
export const SCORE_MAX = 10;
/** Where an unscored card sits until someone places it: the middle, and shown as unplaced. */
export const UNSCORED = 5;

export const AXIS_PRESET_LABELS: Record<AxisPreset, string> = {
  'impact-effort': 'Impact × effort',
  'urgency-importance': 'Urgency × importance',
  'value-risk': 'Value × risk',
  'short-long': 'Short-term × long-term',
  custom: 'Custom axes',
};

/** The presets. Quadrant names are the ones facilitators already use for each matrix. */
export function axesOf(board: Pick<Board, 'axes' | 'customX' | 'customY'>): Axes {
  switch (board.axes) {
    case 'impact-effort':
      return {
        preset: board.axes,
        x: { dimension: 'effort', label: 'Effort', low: 'Low effort', high: 'High effort' },
        y: { dimension: 'impact', label: 'Impact', low: 'Low impact', high: 'High impact' },
        quadrants: ['Quick wins', 'Big bets', 'Fill-ins', 'Money pits'],
      };
    case 'urgency-importance':
      return {
        preset: board.axes,
        x: { dimension: 'urgency', label: 'Urgency', low: 'Not urgent', high: 'Urgent' },
        y: { dimension: 'importance', label: 'Importance', low: 'Less important', high: 'Important' },
        quadrants: ['Schedule', 'Do now', 'Drop', 'Delegate'],
      };
    case 'value-risk':
      return {
        preset: board.axes,
        x: { dimension: 'risk', label: 'Risk', low: 'Low risk', high: 'High risk' },
        y: { dimension: 'value', label: 'Value', low: 'Low value', high: 'High value' },
        quadrants: ['Safe bets', 'Big bets', 'Maybe later', 'Avoid'],
      };
    case 'short-long':
      return {
        preset: board.axes,
        x: { dimension: 'shortTerm', label: 'Short-term value', low: 'Little now', high: 'Pays off now' },
        y: { dimension: 'longTerm', label: 'Long-term value', low: 'Little later', high: 'Pays off later' },
        quadrants: ['Invest', 'Win–win', 'Skip', 'Quick fix'],
      };
    case 'custom': {
      const x = board.customX.trim() || 'Horizontal';
      const y = board.customY.trim() || 'Vertical';
      return {
        preset: board.axes,
        x: { dimension: 'customX', label: x, low: `Low ${x.toLowerCase()}`, high: `High ${x.toLowerCase()}` },
        y: { dimension: 'customY', label: y, low: `Low ${y.toLowerCase()}`, high: `High ${y.toLowerCase()}` },
        quadrants: [
          `High ${y}, low ${x}`,
          `High ${y}, high ${x}`,
          `Low ${y}, low ${x}`,
          `Low ${y}, high ${x}`,
        ],
      };
    }
  }
}

/** The score of a priority on a dimension, or null when it has not been placed there. */
export function scoreOf(priority: Priority, dimension: Dimension): number | null {
  if (dimension === 'impact') return priority.impact;
  if (dimension === 'effort') return priority.effort;
  return priority.scores[dimension] ?? null;
}

/** Where a card sits on the matrix, in score units (0–10 each way); unscored sits mid-way. */
export function matrixPoint(priority: Priority, axes: Axes): { x: number; y: number; placed: boolean } {
  const x = scoreOf(priority, axes.x.dimension);
  const y = scoreOf(priority, axes.y.dimension);
  return { x: x ?? UNSCORED, y: y ?? UNSCORED, placed: x !== null && y !== null };
}

/** Scores are kept to one decimal: what a person can read off a card and type back. */
export function roundScore(value: number): number {
  return Math.round(Math.min(SCORE_MAX, Math.max(SCORE_MIN, value)) * 10) / 10;
}

export function checkScore(value: number, what: string): void {
  if (!Number.isFinite(value) || value < SCORE_MIN || value > SCORE_MAX) {
    throw new BoardError(`${what} must be a number from ${SCORE_MIN} to ${SCORE_MAX}.`);
  }
}

/** A priority with one dimension set; out-of-range values are refused, not clamped. */
export function withScore(priority: Priority, dimension: Dimension, value: number, label: string): Priority {
  checkScore(value, label);
  if (dimension === 'impact') return { ...priority, impact: value };
  if (dimension === 'effort') return { ...priority, effort: value };
  return { ...priority, scores: { ...priority.scores, [dimension]: value } };
}

/** Which quadrant a point falls in: 0 top-left, 1 top-right, 2 bottom-left, 3 bottom-right. */
export function quadrantOf(point: { x: number; y: number }): 0 | 1 | 2 | 3 {
  const right = point.x > (SCORE_MIN + SCORE_MAX) / 2;
  const top = point.y > (SCORE_MIN + SCORE_MAX) / 2;
  return top ? (right ? 1 : 0) : right ? 3 : 2;
}
