import { z } from 'zod';

/**
 * What the audience window shows: the stage. It is computed in the presenter's window from
 * the open document (deriveStage) and is all the audience ever receives, so it carries
 * only what the room may see. Main checks every stage against this schema before passing
 * it on; the audience window checks it again before painting.
 */

/** Generous ceilings: a 60-item results slide is ~60 kB, a 1,000-card board ~1 MB. */
export const STAGE_LIMITS = { text: 400, voters: 200, slideHtml: 600_000, boardSvg: 4_000_000 } as const;

const text = z.string().max(STAGE_LIMITS.text);

export const Stage = z.discriminatedUnion('kind', [
  /** The black screen (B): nothing at all. */
  z.strictObject({ kind: z.literal('blank') }),
  z.strictObject({ kind: z.literal('title'), title: text, subtitle: text }),
  /** The "who has voted" board of an open round: names and a tick, never a ballot. */
  z.strictObject({
    kind: z.literal('voteProgress'),
    question: text,
    voters: z.array(z.strictObject({ name: text, voted: z.boolean() })).max(STAGE_LIMITS.voters),
  }),
  /** A deck slide, or a revealed round's results, as the deck's own slide fragment. */
  z.strictObject({
    kind: z.literal('slide'),
    label: text,
    html: z.string().max(STAGE_LIMITS.slideHtml),
  }),
  /** The board as a picture: read-only, framed as the facilitator chose. */
  z.strictObject({ kind: z.literal('board'), label: text, svg: z.string().max(STAGE_LIMITS.boardSvg) }),
]);
export type Stage = z.infer<typeof Stage>;
export type StageKind = Stage['kind'];
