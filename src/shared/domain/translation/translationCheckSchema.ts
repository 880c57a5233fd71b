import { z } from 'zod';
import { LIMITS } from '../workspace/limits';

/**
 * A translation check as the workspace keeps it: the priorities department members rank,
 * the leadership round their orders are compared with, the ballot files handed out (a
 * token each, with the department, and the person's name unless the check is anonymous)
 * and the replies counted (one per token, the newest). Results are derived, never stored.
 */
export const TRANSLATION_LIMITS = { checks: 100, ballots: 2000, items: 60 } as const;

const id = z.string().min(1).max(LIMITS.id);
const token = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/);
const isoDate = z.iso.datetime({ offset: true });

export const IssuedBallot = z.strictObject({
  token,
  departmentId: id,
  /** Null on an anonymous check: no stored link from a reply to a person. */
  respondent: z.string().max(LIMITS.shortText).nullable(),
  issuedAt: isoDate,
});
export type IssuedBallot = z.infer<typeof IssuedBallot>;

export const CountedReply = z.strictObject({
  token,
  submittedAt: isoDate,
  order: z.array(id).min(1).max(TRANSLATION_LIMITS.items),
  checksum: z.string().regex(/^[0-9a-f]{64}$/),
});
export type CountedReply = z.infer<typeof CountedReply>;

export const TranslationCheck = z.strictObject({
  id,
  createdAt: isoDate,
  question: z.string().trim().min(1).max(400),
  anonymous: z.boolean(),
  itemIds: z.array(id).min(2).max(TRANSLATION_LIMITS.items),
  /** The leadership's ranking round whose consensus the departments are compared with. */
  leadershipRoundId: id.nullable(),
  ballots: z.array(IssuedBallot).max(TRANSLATION_LIMITS.ballots),
  replies: z.array(CountedReply).max(TRANSLATION_LIMITS.ballots),
});
export type TranslationCheck = z.infer<typeof TranslationCheck>;
