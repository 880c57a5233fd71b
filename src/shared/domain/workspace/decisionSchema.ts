import { z } from 'zod';

/**
 * The decision log: what the room decided, why, what it rejected and who disagreed.
 * Committing, deferring or dropping a card on the board writes an entry; the facilitator
 * can add and edit entries by hand. Action items hang off decisions (or stand alone).
 */
export const DECISION_LIMITS = {
  decisions: 2000,
  actionItems: 5000,
  linked: 100,
  text: 4000,
  what: 300,
} as const;

export const DECISION_KINDS = ['commit', 'defer', 'drop', 'decision'] as const;
export type DecisionKind = (typeof DECISION_KINDS)[number];
export const ACTION_STATUSES = ['open', 'in-progress', 'done'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

const id = z.string().min(1).max(64);
/** A calendar day, as a person writes it: 2027-01-15. */
export const CalendarDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Dates are written as YYYY-MM-DD.');
const text = z.string().max(DECISION_LIMITS.text);

export const Decision = z.strictObject({
  id,
  kind: z.enum(DECISION_KINDS),
  what: z
    .string()
    .max(DECISION_LIMITS.what, `A decision can be at most ${DECISION_LIMITS.what} characters.`)
    .refine((s) => s.trim().length > 0, 'Say what was decided.'),
  why: text,
  alternatives: text,
  dissent: text,
  owner: z.string().max(120),
  date: CalendarDay,
  priorityIds: z.array(id).max(DECISION_LIMITS.linked),
});
export type Decision = z.infer<typeof Decision>;

export const ActionItem = z.strictObject({
  id,
  text: z
    .string()
    .max(DECISION_LIMITS.what, `An action item can be at most ${DECISION_LIMITS.what} characters.`)
    .refine((s) => s.trim().length > 0, 'Say what needs doing.'),
  owner: z.string().max(120),
  /** Due day, or empty when none was agreed. */
  due: z.union([CalendarDay, z.literal('')]),
  status: z.enum(ACTION_STATUSES),
  decisionId: id.nullable(),
});
export type ActionItem = z.infer<typeof ActionItem>;
