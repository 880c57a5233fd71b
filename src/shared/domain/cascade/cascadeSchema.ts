import { z } from 'zod';
import { HORIZONS, LIMITS } from '../workspace/limits';

/**
 * The cascade: what each department contributes to the company's committed priorities.
 *
 * Effort and capacity are effort points on the same 0–10 scale as a priority's `effort`
 * (and the board's capacity), not a count of slots: a department with two large
 * objectives can be as full as one with six small ones, and a department's load reads
 * in the same unit the leadership used when it weighed the priorities themselves.
 *
 * `localRank` is the department's own order of its objectives (1 = what it does first).
 * "Ranked above the company focus" is read from it: an objective that does not serve the
 * quarter's focus priority with a better (smaller) rank than every objective that does.
 * Objectives left unranked take no part in that check.
 */
export const CASCADE_LIMITS = {
  departments: 200,
  contributions: 5000,
  /** One objective may serve several priorities, but not the whole list. */
  prioritiesPerContribution: 50,
  effort: 10,
  capacity: 100_000,
  localRank: 1000,
} as const;

const id = z.string().min(1).max(LIMITS.id);
const trimmedText = (max: number, what: string) =>
  z
    .string()
    .max(max, `${what} can be at most ${max} characters.`)
    .refine((s) => s.trim().length > 0, `${what} cannot be empty.`);

export const Department = z.strictObject({
  id,
  name: trimmedText(LIMITS.shortText, 'A department name'),
  /** Effort points the department can give this quarter (same scale as a priority's effort). */
  capacity: z.number().min(0).max(CASCADE_LIMITS.capacity),
});
export type Department = z.infer<typeof Department>;

export const Contribution = z.strictObject({
  id,
  departmentId: id,
  objective: trimmedText(LIMITS.name, 'An objective'),
  owner: z.string().max(LIMITS.shortText),
  measure: z.string().max(LIMITS.name),
  horizon: z.enum(HORIZONS),
  /** Effort points, 0–10 like a priority's effort. */
  effort: z.number().min(0).max(CASCADE_LIMITS.effort),
  /** The company priorities this objective serves; empty means it serves none (an orphan). */
  priorityIds: z.array(id).max(CASCADE_LIMITS.prioritiesPerContribution),
  /** The department's own place for this objective, 1 = first; absent when not ranked. */
  localRank: z.number().int().min(1).max(CASCADE_LIMITS.localRank).optional(),
});
export type Contribution = z.infer<typeof Contribution>;

/** Departments and their contributions, with the references inside the cascade checked. */
export const Cascade = z
  .strictObject({
    departments: z.array(Department).max(CASCADE_LIMITS.departments),
    contributions: z.array(Contribution).max(CASCADE_LIMITS.contributions),
  })
  .superRefine((c, ctx) => {
    const departments = new Set<string>();
    for (const d of c.departments) {
      if (departments.has(d.id))
        ctx.addIssue({ code: 'custom', message: 'Two departments share one identifier.' });
      departments.add(d.id);
    }
    const contributions = new Set<string>();
    for (const k of c.contributions) {
      if (contributions.has(k.id))
        ctx.addIssue({ code: 'custom', message: 'Two contributions share one identifier.' });
      contributions.add(k.id);
      if (!departments.has(k.departmentId)) {
        ctx.addIssue({
          code: 'custom',
          message: `The objective "${k.objective}" belongs to a department that does not exist.`,
        });
      }
      if (new Set(k.priorityIds).size !== k.priorityIds.length) {
        ctx.addIssue({
          code: 'custom',
          message: `The objective "${k.objective}" links one priority twice.`,
        });
      }
    }
  });
export type Cascade = z.infer<typeof Cascade>;
