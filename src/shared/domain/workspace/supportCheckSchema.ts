import { z } from 'zod';
import { LIMITS } from './limits';

/**
 * The department support matrix as saved: each executive rates, 1–5, the support their own
 * department gets from every other department listed. A rating's receiver is the rater's
 * department; alignment/supportMatrix.ts reads support as flowing from the giver
 * (`fromDepartment`) to the receiver (`toDepartment`). The matrix, its average and its asymmetries are derived every time,
 * never stored.
 *
 * Privacy as the checkpoint's (alignmentSchema.ts): `answeredBy` says who has rated, the
 * ratings are a separate list. Anonymous by default — a department's rating of another is
 * the finding, not who gave it — so an anonymous check stores no person with a rating and
 * keeps the ratings sorted by content. Note that a department with a single executive is
 * identifiable by its department alone; the screen says so when it starts.
 */
export const SUPPORT_LIMITS = {
  checks: 50,
  departments: 30,
  /** Each rater rates every other department once. */
  ratings: LIMITS.participants * 29,
  department: LIMITS.shortText,
} as const;

export const SUPPORT_STATUSES = ['open', 'revealed'] as const;

const id = z.string().min(1).max(LIMITS.id);
const department = z
  .string()
  .max(SUPPORT_LIMITS.department, `A department name can be at most ${SUPPORT_LIMITS.department} characters.`)
  .refine((s) => s.trim().length > 0, 'A department needs a name.');

export const StoredSupportRating = z.strictObject({
  /** The rater's own department: the one receiving the support rated. */
  receiver: department,
  /** The department whose support is rated. */
  giver: department,
  score: z.number().int().min(1).max(5),
  participantId: id.optional(),
});
export type StoredSupportRating = z.infer<typeof StoredSupportRating>;

export const SupportCheck = z
  .strictObject({
    id,
    title: z
      .string()
      .max(LIMITS.name, `A check's title can be at most ${LIMITS.name} characters.`)
      .refine((s) => s.trim().length > 0, 'A check needs a title.'),
    createdAt: z.iso.datetime({ offset: true }),
    status: z.enum(SUPPORT_STATUSES),
    anonymous: z.boolean(),
    /** The departments rated, as the room named them when the check began. */
    departments: z
      .array(department)
      .min(2, 'A support matrix needs at least two departments.')
      .max(SUPPORT_LIMITS.departments),
    answeredBy: z.array(id).max(LIMITS.participants),
    ratings: z.array(StoredSupportRating).max(SUPPORT_LIMITS.ratings),
  })
  .superRefine((c, ctx) => {
    const problem = (message: string) => ctx.addIssue({ code: 'custom', message });
    const departments = new Set(c.departments.map((d) => d.trim()));
    if (departments.size !== c.departments.length) problem('It lists one department twice.');
    if (new Set(c.answeredBy).size !== c.answeredBy.length) problem('It lists one person as rating twice.');
    for (const r of c.ratings) {
      if (!departments.has(r.receiver.trim()) || !departments.has(r.giver.trim())) {
        problem('A rating names a department the check does not list.');
        break;
      }
      if (r.receiver.trim() === r.giver.trim()) {
        problem('A department does not rate the support it gives itself.');
        break;
      }
    }
    if (c.anonymous && c.ratings.some((r) => r.participantId !== undefined))
      problem('It is anonymous, yet a rating names who gave it.');
    if (!c.anonymous) {
      const answered = new Set(c.answeredBy);
      if (c.ratings.some((r) => r.participantId === undefined || !answered.has(r.participantId)))
        problem('It is named, yet a rating is not from someone who rated.');
    }
  });
export type SupportCheck = z.infer<typeof SupportCheck>;
