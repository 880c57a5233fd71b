import { z } from 'zod';
import { ALIGNMENT_LIMITS, CheckpointQuestionSchema } from '../workspace/alignmentSchema';
import { LIMITS } from '../workspace/limits';

/**
 * A translation check as the workspace keeps it: the priorities department members rank,
 * the leadership round their orders are compared with, the ballot files handed out (a
 * token each, with the department, and the person's name unless the check is anonymous)
 * and the replies counted (one per token, the newest), with the checkpoint questions asked
 * after the ranking, if any. Results are derived, never stored.
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

/** A respondent's answer to one of the check's checkpoint questions (1–5, or a comment alone). */
export const ReplyAnswer = z.strictObject({
  questionId: id,
  score: z.number().int().min(1).max(5).nullable(),
  comment: z.string().max(ALIGNMENT_LIMITS.comment),
});
export type ReplyAnswer = z.infer<typeof ReplyAnswer>;

export const CountedReply = z.strictObject({
  token,
  submittedAt: isoDate,
  order: z.array(id).min(1).max(TRANSLATION_LIMITS.items),
  /** Answers to the check's questions; none when it asks none (or the reply skipped them). */
  answers: z.array(ReplyAnswer).max(ALIGNMENT_LIMITS.questions),
  checksum: z.string().regex(/^[0-9a-f]{64}$/),
});
export type CountedReply = z.infer<typeof CountedReply>;

export const TranslationCheck = z.strictObject({
  id,
  createdAt: isoDate,
  question: z.string().trim().min(1).max(400),
  anonymous: z.boolean(),
  itemIds: z.array(id).min(2).max(TRANSLATION_LIMITS.items),
  /**
   * The checkpoint questions the departments answer after ranking (1–5 and a comment), so
   * their reading of the alignment questions sits beside the leadership's; may be none.
   */
  questions: z.array(CheckpointQuestionSchema).max(ALIGNMENT_LIMITS.questions),
  /** The leadership's ranking round whose consensus the departments are compared with. */
  leadershipRoundId: id.nullable(),
  ballots: z.array(IssuedBallot).max(TRANSLATION_LIMITS.ballots),
  replies: z.array(CountedReply).max(TRANSLATION_LIMITS.ballots),
});
export type TranslationCheck = z.infer<typeof TranslationCheck>;
