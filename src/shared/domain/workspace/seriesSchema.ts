import { z } from 'zod';
import { COMMITMENT_GRADES, KpiRow } from './deckSchema';

/**
 * A quarter series as stored in each workspace: which series it belongs to, which
 * workspace was the quarter before, what the room agreed every team will hear, how the
 * focus will be judged a success, and what the previous quarter handed on to be graded.
 *
 * The link to the previous quarter is by workspace id, so moving or renaming a folder
 * does not break it; the folder is kept only as a hint to find the file again, and may
 * be stale. The success definition's priority is a soft link like the agenda's: a link to
 * a card since deleted, or no longer committed, reads as no definition, so changing a
 * priority never blocks a save.
 */
export const SERIES_LIMITS = {
  quarterLabel: 40,
  agreedMessages: 3,
  message: 280,
  metric: 200,
  target: 200,
  title: 200,
  owner: 120,
  name: 200,
  period: 40,
  /** Longest folder path kept as a hint (Windows long paths run to 32 767; hints are cut). */
  folderHint: 1024,
  commitments: 5000,
  kpiRows: 200,
} as const;

const id = z.string().min(1).max(64);

export const PreviousQuarterLink = z.strictObject({
  workspaceId: id,
  /** The previous quarter's name and period when last seen, to name it while it is missing. */
  name: z.string().max(SERIES_LIMITS.name),
  period: z.string().max(SERIES_LIMITS.period),
  /** Where its folder was when last seen; may be stale (moved, renamed, another machine). */
  folderHint: z.string().max(SERIES_LIMITS.folderHint),
});
export type PreviousQuarterLink = z.infer<typeof PreviousQuarterLink>;

export const Series = z.strictObject({
  seriesId: id,
  /** "2027 Q1": how the quarter is named in the series. */
  quarterLabel: z
    .string()
    .max(
      SERIES_LIMITS.quarterLabel,
      `A quarter label can be at most ${SERIES_LIMITS.quarterLabel} characters.`,
    ),
  previous: PreviousQuarterLink.nullable(),
});
export type Series = z.infer<typeof Series>;

/** "What every team will hear": the one shared version of each message, up to three. */
export const AgreedMessage = z
  .string()
  .max(SERIES_LIMITS.message, `An agreed message can be at most ${SERIES_LIMITS.message} characters.`)
  .refine((s) => s.trim().length > 0, 'An agreed message cannot be empty.');
export const AgreedMessages = z
  .array(AgreedMessage)
  .max(SERIES_LIMITS.agreedMessages, `At most ${SERIES_LIMITS.agreedMessages} agreed messages.`);

/** The metric and target that would mean the focus (or a committed priority) succeeded. */
export const SuccessDefinition = z.strictObject({
  priorityId: id,
  metric: z.string().max(SERIES_LIMITS.metric, `A metric can be at most ${SERIES_LIMITS.metric} characters.`),
  target: z.string().max(SERIES_LIMITS.target, `A target can be at most ${SERIES_LIMITS.target} characters.`),
});
export type SuccessDefinition = z.infer<typeof SuccessDefinition>;

const grade = z.enum(COMMITMENT_GRADES);

/** A priority the previous quarter committed to, to be graded this quarter. */
export const CarriedCommitment = z.strictObject({
  id,
  title: z.string().max(SERIES_LIMITS.title),
  owner: z.string().max(SERIES_LIMITS.owner),
  grade,
});
export type CarriedCommitment = z.infer<typeof CarriedCommitment>;

/** The previous quarter's success definition, with the title of what it was about, to grade. */
export const PreviousSuccess = z.strictObject({
  title: z.string().max(SERIES_LIMITS.title),
  metric: z.string().max(SERIES_LIMITS.metric),
  target: z.string().max(SERIES_LIMITS.target),
  grade,
});
export type PreviousSuccess = z.infer<typeof PreviousSuccess>;

/** What the previous quarter handed on: its commitments and success to grade, its KPIs. */
export const CarriedIn = z.strictObject({
  fromWorkspaceId: id,
  fromPeriod: z.string().max(SERIES_LIMITS.period),
  commitments: z.array(CarriedCommitment).max(SERIES_LIMITS.commitments),
  previousSuccess: PreviousSuccess.nullable(),
  /**
   * The previous deck's KPI scorecard with last quarter's actual as this quarter's prior,
   * for this quarter's scorecard to start from (the deck itself is not carried).
   */
  kpiRows: z.array(KpiRow).max(SERIES_LIMITS.kpiRows),
});
export type CarriedIn = z.infer<typeof CarriedIn>;
