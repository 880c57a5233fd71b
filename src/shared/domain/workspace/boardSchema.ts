import { z } from 'zod';

/**
 * The trade-off board as stored in the workspace. Cards are not stored here: a card *is*
 * a priority, and its place on the matrix is its two scores. What the board adds is how
 * it is read (the axes), the quarter's capacity, and free notes.
 */
export const BOARD_LIMITS = {
  notes: 500,
  noteText: 1000,
  axisLabel: 40,
  capacity: 100_000,
  coordinate: 1e6,
} as const;

/** The two scored dimensions a matrix shows: x runs left → right, y bottom → top. */
export const AXIS_PRESETS = [
  'impact-effort',
  'urgency-importance',
  'value-risk',
  'short-long',
  'custom',
] as const;
export type AxisPreset = (typeof AXIS_PRESETS)[number];

/** Scores a priority may carry besides impact and effort, one per axis of the presets. */
export const EXTRA_SCORE_KEYS = [
  'urgency',
  'importance',
  'value',
  'risk',
  'shortTerm',
  'longTerm',
  'customX',
  'customY',
] as const;
export type ExtraScoreKey = (typeof EXTRA_SCORE_KEYS)[number];

const score = z.number().min(0, 'Scores run from 0 to 10.').max(10, 'Scores run from 0 to 10.');
export const ExtraScores = z.strictObject(
  Object.fromEntries(EXTRA_SCORE_KEYS.map((k) => [k, score.optional()])) as Record<
    ExtraScoreKey,
    z.ZodOptional<typeof score>
  >,
);
export type ExtraScores = z.infer<typeof ExtraScores>;

const coordinate = z.number().min(-BOARD_LIMITS.coordinate).max(BOARD_LIMITS.coordinate);
const axisLabel = z.string().max(BOARD_LIMITS.axisLabel);

export const BoardNote = z.strictObject({
  id: z.string().min(1).max(64),
  text: z.string().max(BOARD_LIMITS.noteText),
  x: coordinate,
  y: coordinate,
});
export type BoardNote = z.infer<typeof BoardNote>;

export const Board = z.strictObject({
  axes: z.enum(AXIS_PRESETS),
  /** Labels of the custom axes ("Customer value", "Cost to serve"); used when axes is custom. */
  customX: axisLabel,
  customY: axisLabel,
  /** Effort points the quarter can carry; null until the facilitator sets it. */
  capacity: z.number().min(0).max(BOARD_LIMITS.capacity).nullable(),
  notes: z.array(BoardNote).max(BOARD_LIMITS.notes),
});
export type Board = z.infer<typeof Board>;

export const EMPTY_BOARD: Board = {
  axes: 'impact-effort',
  customX: '',
  customY: '',
  capacity: null,
  notes: [],
};
