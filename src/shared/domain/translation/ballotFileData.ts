import { z } from 'zod';
import { LIMITS } from '../workspace/schema';

/**
 * What a ballot file carries for its one respondent, embedded in the file as JSON: which
 * workspace and department round it answers, its token, and the committed priorities to
 * rank (titles and descriptions only). Nothing of the leadership's own ranking is in it:
 * the respondent ranks without the answers in view.
 */
export const BALLOT_FILE_FORMAT = 'offsite-ballot-file';

export const BallotFileData = z.strictObject({
  format: z.literal(BALLOT_FILE_FORMAT),
  /** 2: the checkpoint questions asked after the ranking. The page and its data are written together. */
  version: z.literal(2),
  workspaceId: z.string().min(1).max(LIMITS.id),
  roundId: z.string().min(1).max(LIMITS.id),
  token: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/),
  organisation: z.string().max(LIMITS.name),
  department: z.string().max(LIMITS.shortText),
  /** The person's name for a named ballot; null when the facilitator chose anonymous ballots. */
  respondent: z.string().max(LIMITS.shortText).nullable(),
  question: z.string().min(1).max(400),
  items: z
    .array(
      z.strictObject({
        id: z.string().min(1).max(LIMITS.id),
        title: z.string().max(LIMITS.name),
        description: z.string().max(LIMITS.longText),
      }),
    )
    .min(2)
    .max(60),
  questions: z
    .array(z.strictObject({ id: z.string().min(1).max(LIMITS.id), wording: z.string().max(200) }))
    .max(6),
});
export type BallotFileData = z.infer<typeof BallotFileData>;

/** The reply's file name: the department and the token's start, so replies sort and never collide. */
export function replyFileName(data: Pick<BallotFileData, 'department' | 'token'>): string {
  const department = data.department.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'department';
  return `${department}-${data.token.slice(0, 8)}.offsite-reply.json`;
}
