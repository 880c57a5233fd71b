import { z } from 'zod';
import { BALLOT_METHODS, BallotContent, type BallotMethod } from '../rounds/ballotMethods';
import { ROUND_LIMITS, roundItemId } from '../rounds/roundLimits';

/**
 * Ranking rounds as stored in the workspace: the question, the items (priority ids), the
 * method and one ballot per participant. Results are never stored: they are computed
 * from the ballots by `shared/domain/ranking`. Each method's ballot is described in
 * `shared/domain/rounds/methods` and registered in `rounds/ballotMethods`.
 */
export const ROUND_STATUSES = ['open', 'revealed'] as const;
export { ROUND_LIMITS };
export { BALLOT_METHODS, BallotContent, type BallotMethod };

const id = roundItemId;
const isoDate = z.iso.datetime({ offset: true });

export const StoredBallot = z.strictObject({
  participantId: id,
  submittedAt: isoDate,
  content: BallotContent,
});
export type StoredBallot = z.infer<typeof StoredBallot>;

export const Round = z.strictObject({
  id,
  question: z
    .string()
    .max(ROUND_LIMITS.question)
    .refine((s) => s.trim().length > 0, 'A round needs a question.'),
  method: z.enum(BALLOT_METHODS),
  itemIds: z.array(id).max(ROUND_LIMITS.items),
  /** Points per person for the "100 points" method. */
  budget: z.number().int().min(1).max(10_000),
  /** Dots per person for the dots method. */
  dots: z.number().int().min(1).max(50),
  /** Ask for a 1–9 strength in pairwise rounds (AHP). */
  ahpStrength: z.boolean(),
  status: z.enum(ROUND_STATUSES),
  createdAt: isoDate,
  revealedAt: isoDate.nullable(),
  /** The round this one re-votes, to show convergence. */
  previousRoundId: id.nullable(),
  ballots: z.array(StoredBallot).max(ROUND_LIMITS.ballots),
});
export type Round = z.infer<typeof Round>;
