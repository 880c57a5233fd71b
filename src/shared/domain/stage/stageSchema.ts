import { z } from 'zod';

/**
 * What the audience window shows: the stage. It is computed in the presenter's window from
 * the open document (deriveStage) and is all the audience ever receives, so it carries
 * only what the room may see. Main checks every stage against this schema before passing
 * it on; the audience window checks it again before painting.
 */

/** Generous ceilings: a 60-item results slide is ~60 kB, a 1,000-card board ~1 MB. */
export const STAGE_LIMITS = {
  text: 400,
  voters: 200,
  slideHtml: 600_000,
  boardSvg: 4_000_000,
  /** A room QR is ~5 kB of SVG; a generous cap still refuses anything that is not one. */
  qrSvg: 100_000,
} as const;

const text = z.string().max(STAGE_LIMITS.text);

/**
 * The block timer as the room may see it: its end time while running (the audience window
 * counts down from its own clock, so nothing is sent each second), what was left while
 * paused, or nothing running.
 */
export const StageTimer = z.discriminatedUnion('state', [
  z.strictObject({ state: z.literal('idle') }),
  z.strictObject({
    state: z.literal('running'),
    endsAt: z.number().finite(),
    totalMs: z.number().finite().min(0),
  }),
  z.strictObject({
    state: z.literal('paused'),
    remainingMs: z.number().finite(),
    totalMs: z.number().finite().min(0),
  }),
]);
export type StageTimer = z.infer<typeof StageTimer>;

export const StageJoin = z.strictObject({
  url: text,
  code: z.string().max(32),
  qrSvg: z.string().max(STAGE_LIMITS.qrSvg),
});
export type StageJoin = z.infer<typeof StageJoin>;

export const Stage = z.discriminatedUnion('kind', [
  /** The black screen (B): nothing at all. */
  z.strictObject({ kind: z.literal('blank') }),
  z.strictObject({ kind: z.literal('title'), title: text, subtitle: text }),
  /** The "who has voted" board of an open round: names and a tick, never a ballot. */
  z.strictObject({
    kind: z.literal('voteProgress'),
    question: text,
    voters: z.array(z.strictObject({ name: text, voted: z.boolean() })).max(STAGE_LIMITS.voters),
    /** An open checkpoint's board says "answered" (left out: a round's "voted"). */
    verb: z.literal('answered').optional(),
    /**
     * While the room link is open for this round: how a phone joins (the room QR, the
     * address and the join code, all meant for the whole room). Never a seat card's token.
     */
    join: StageJoin.optional(),
  }),
  /**
   * A revealed checkpoint's results, derived: per question the distribution (how many gave
   * each score), how many answered and agreement in words. Never an answer, a comment or a
   * name: nothing in it can be tied to a person.
   */
  z.strictObject({
    kind: z.literal('checkpointResults'),
    title: text,
    questions: z
      .array(
        z.strictObject({
          wording: text,
          counts: z.array(z.number().int().min(0).max(STAGE_LIMITS.voters)).length(5),
          n: z.number().int().min(0).max(STAGE_LIMITS.voters),
          label: z.string().max(40),
          reading: text,
        }),
      )
      .max(6),
  }),
  /** A deck slide, or a revealed round's results, as the deck's own slide fragment. */
  z.strictObject({
    kind: z.literal('slide'),
    label: text,
    html: z.string().max(STAGE_LIMITS.slideHtml),
  }),
  /** The board as a picture: read-only, framed as the facilitator chose. */
  z.strictObject({ kind: z.literal('board'), label: text, svg: z.string().max(STAGE_LIMITS.boardSvg) }),
  /**
   * The block timer, huge: the block's title, the next block's title (empty: none) and the
   * timer. Nothing else of the agenda: not the minutes planned, the day's lateness or the
   * parking lot.
   */
  z.strictObject({ kind: z.literal('timer'), title: text, next: text, timer: StageTimer }),
]);
export type Stage = z.infer<typeof Stage>;
export type StageKind = Stage['kind'];
