import { z } from 'zod';

/**
 * The day's agenda and its parking lot, as stored in the workspace.
 *
 * Times of day are whole minutes from midnight in the agenda's time zone (stated on
 * screen), so "lunch at 12:30" is 750 whatever the laptop's clock says. The running timer
 * is an absolute end time (epoch ms): sleep, a busy window or a reload cannot drift it.
 * Links to a round, priorities or a deck section are soft: a link to something since
 * deleted reads as no link, so deleting a priority never blocks a save.
 */
export const AGENDA_LIMITS = {
  days: 14,
  blocks: 400,
  title: 200,
  linkedPriorities: 50,
  /** A block lasts from 1 minute to 8 hours. */
  minMinutes: 1,
  maxMinutes: 480,
  parked: 500,
  parkedText: 300,
  reason: 500,
  timeZone: 64,
} as const;

export const BLOCK_KINDS = ['ranking', 'board', 'discussion', 'break', 'checkpoint', 'qbr-review'] as const;
export type BlockKind = (typeof BLOCK_KINDS)[number];

const id = z.string().min(1).max(64);
const DAY_MINUTES = 24 * 60;
/** A time of day: 0 (00:00) to 1439 (23:59). */
export const MinuteOfDay = z
  .number()
  .int('Times are whole minutes.')
  .min(0, 'A time of day is from 00:00 to 23:59.')
  .max(DAY_MINUTES - 1, 'A time of day is from 00:00 to 23:59.');
export const BlockMinutes = z
  .number()
  .int('Durations are whole minutes.')
  .min(AGENDA_LIMITS.minMinutes, 'A block lasts at least 1 minute.')
  .max(AGENDA_LIMITS.maxMinutes, 'A block lasts at most 8 hours (480 minutes).');

export const AgendaDay = z.strictObject({
  id,
  /** The calendar day (2027-01-15), or empty while it is not yet fixed. */
  date: z.union([z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Dates are written as YYYY-MM-DD.'), z.literal('')]),
  /** When the day starts, and when it must end (the re-plan fits the day into it). */
  start: MinuteOfDay,
  end: z.number().int().min(1).max(DAY_MINUTES),
});
export type AgendaDay = z.infer<typeof AgendaDay>;

export const AgendaBlock = z.strictObject({
  id,
  dayId: id,
  title: z
    .string()
    .max(AGENDA_LIMITS.title, `A block title can be at most ${AGENDA_LIMITS.title} characters.`)
    .refine((s) => s.trim().length > 0, 'A block needs a title.'),
  kind: z.enum(BLOCK_KINDS),
  minutes: BlockMinutes,
  /** The shortest a re-plan may shrink it to (equal to `minutes`: it never shrinks). */
  minMinutes: BlockMinutes,
  /** Lunch at 12:30: a block that starts at a set time; null for a flexible block. */
  fixedStart: MinuteOfDay.nullable(),
  roundId: id.nullable(),
  priorityIds: z.array(id).max(AGENDA_LIMITS.linkedPriorities),
  /** The deck section it reviews (a QBR review block). */
  sectionId: id.nullable(),
  /** Time actually spent on it, in ms: what the timer has counted so far. */
  spentMs: z
    .number()
    .int()
    .min(0)
    .max(7 * 24 * 3_600_000),
  done: z.boolean(),
});
export type AgendaBlock = z.infer<typeof AgendaBlock>;

/** The block timer: an end time while running, what was left while paused (see agenda/timer.ts). */
export const StoredTimer = z.discriminatedUnion('state', [
  z.strictObject({ state: z.literal('idle') }),
  z.strictObject({ state: z.literal('running'), endsAt: z.number().finite(), totalMs: z.number().min(0) }),
  z.strictObject({
    state: z.literal('paused'),
    remainingMs: z.number().finite(),
    totalMs: z.number().min(0),
  }),
]);

export const AgendaRun = z.strictObject({
  /** The block in progress (or the one about to start), none before the day begins. */
  blockId: id.nullable(),
  timer: StoredTimer,
  /** When the timer last started counting time spent on the block (ms); null when not running. */
  countingSince: z.number().finite().nullable(),
  /** A soft chime at amber, red and over. Off unless the facilitator wants it. */
  chime: z.boolean(),
});
export type AgendaRun = z.infer<typeof AgendaRun>;

export const Agenda = z.strictObject({
  /** IANA zone the times are in ("Europe/Paris"), set when the agenda is made. */
  timeZone: z.string().min(1).max(AGENDA_LIMITS.timeZone),
  days: z.array(AgendaDay).min(1).max(AGENDA_LIMITS.days),
  /** In running order; a day's blocks are those with its dayId, in this order. */
  blocks: z.array(AgendaBlock).max(AGENDA_LIMITS.blocks),
  run: AgendaRun,
});
export type Agenda = z.infer<typeof Agenda>;

/**
 * Where a parked item went. `open`: not triaged yet. `carried`: passed on, untriaged, to
 * the next session. The rest are the triage outcomes.
 */
export const PARKED_OUTCOMES = [
  'open',
  'action',
  'decision',
  'next-session',
  'long-term',
  'dropped',
  'carried',
] as const;
export type ParkedOutcome = (typeof PARKED_OUTCOMES)[number];

export const ParkedItem = z.strictObject({
  id,
  text: z
    .string()
    .max(AGENDA_LIMITS.parkedText, `A parked item can be at most ${AGENDA_LIMITS.parkedText} characters.`)
    .refine((s) => s.trim().length > 0, 'Say what to park.'),
  parkedAt: z.iso.datetime({ offset: true }),
  /** The agenda block running when it was parked, and the priority in focus then. */
  blockId: id.nullable(),
  priorityId: id.nullable(),
  outcome: z.enum(PARKED_OUTCOMES),
  /** Why it was dropped (required then), or a note on the outcome. */
  reason: z.string().max(AGENDA_LIMITS.reason),
  /** The action item or decision it became. */
  resultId: id.nullable(),
  /** Dots from the "top 3 to solve now" vote; 0 when never voted on. */
  dots: z.number().int().min(0).max(10_000),
});
export type ParkedItem = z.infer<typeof ParkedItem>;

export const ParkingLot = z.array(ParkedItem).max(AGENDA_LIMITS.parked);
