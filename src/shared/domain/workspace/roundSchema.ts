import { z } from 'zod';

/**
 * Ranking rounds as stored in the workspace: the question, the items (priority ids), the
 * method and one ballot per participant. Results are never stored: they are computed
 * from the ballots by `shared/domain/ranking`.
 */
export const BALLOT_METHODS = ['order', 'pairwise', 'points', 'dots'] as const;
export type BallotMethod = (typeof BALLOT_METHODS)[number];
export const ROUND_STATUSES = ['open', 'revealed'] as const;
export const ROUND_LIMITS = { items: 60, ballots: 200, question: 300, judgements: 2000 } as const;

const id = z.string().min(1).max(64);
const isoDate = z.iso.datetime({ offset: true });

const OrderBallot = z.strictObject({
  kind: z.literal('order'),
  /** Best first; an inner list is a tie. */
  tiers: z.array(z.array(id).min(1).max(ROUND_LIMITS.items)).max(ROUND_LIMITS.items),
});
const AllocationBallot = z.strictObject({
  kind: z.enum(['points', 'dots']),
  allocation: z
    .array(z.strictObject({ itemId: id, amount: z.number().int().min(0).max(10_000) }))
    .max(ROUND_LIMITS.items),
});
const PairwiseBallot = z.strictObject({
  kind: z.literal('pairwise'),
  judgements: z
    .array(
      z.strictObject({
        a: id,
        b: id,
        prefer: z.enum(['a', 'b', 'equal']),
        /** Saaty's 1–9 scale; 1 when strength is not asked. */
        strength: z.number().int().min(1).max(9),
      }),
    )
    .max(ROUND_LIMITS.judgements),
});

export const BallotContent = z.discriminatedUnion('kind', [OrderBallot, AllocationBallot, PairwiseBallot]);
export type BallotContent = z.infer<typeof BallotContent>;

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
