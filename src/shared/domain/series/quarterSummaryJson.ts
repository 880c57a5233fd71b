import { z } from 'zod';
import { DomainError } from '../domainError';
import {
  Agenda,
  ALIGNMENT_LIMITS,
  Checkpoint,
  COMMITMENT_GRADES,
  Deck,
  HORIZONS,
  LIMITS,
  migrate,
  parseJsonSafely,
  PRIORITY_STATUSES,
  Round,
  SERIES_LIMITS,
} from '../workspace';
import { CASCADE_LIMITS } from '../cascade/cascadeSchema';
import { TRANSLATION_LIMITS, TranslationCheck } from '../translation/translationCheckSchema';
import { SUPPORT_LIMITS, SupportCheck } from '../workspace/supportCheckSchema';
import { summarizeQuarter, type QuarterExtras, type QuarterSummary } from './quarterSummary';

/**
 * Of a priority, the summary reads its status, horizon and effort, checked as the workspace
 * schema checks them; titles, descriptions and owners are not read, so not checked. They
 * were most of the cost: checking whole priorities made reading a quarter as slow as
 * opening it.
 */
const PriorityEffort = z.object({
  effort: z.number().min(0).max(10),
  horizon: z.enum(HORIZONS),
  status: z.enum(PRIORITY_STATUSES),
});

/**
 * Only the fields a quarter's summary reads, the rest with the workspace's own schemas.
 * The rest of the file (links, board, decisions, notes…) is neither checked nor kept, and the
 * whole-workspace cross-reference checks are skipped: the summary does not follow those
 * references, and the ranking engine refuses a damaged round on its own.
 */
const QuarterFields = z.object({
  name: z.string().max(LIMITS.name),
  period: z.string().max(LIMITS.period),
  priorities: z.array(PriorityEffort).max(LIMITS.priorities),
  rounds: z.array(Round).max(LIMITS.rounds),
  deck: Deck.nullable(),
  agenda: Agenda,
  /** Checked whole: a quarter holds a few, and their answers are what the trend reads. */
  checkpoints: z.array(Checkpoint).max(ALIGNMENT_LIMITS.checkpoints),
  /** Checked whole for the same reason: the last revealed one gives the support average. */
  supportChecks: z.array(SupportCheck).max(SUPPORT_LIMITS.checks),
  translationChecks: z.array(TranslationCheck).max(TRANSLATION_LIMITS.checks),
  /** Only the grades of what the quarter before handed on. */
  carriedIn: z
    .object({
      commitments: z.array(z.object({ grade: z.enum(COMMITMENT_GRADES) })).max(SERIES_LIMITS.commitments),
    })
    .nullable(),
  /** Of the cascade, only the departments' ids and names: a reply's department is named by them. */
  cascade: z.object({
    departments: z
      .array(z.object({ id: z.string().min(1).max(LIMITS.id), name: z.string().max(LIMITS.shortText) }))
      .max(CASCADE_LIMITS.departments),
  }),
});

const unreadable = (why: string) =>
  new DomainError(
    'QUARTER_UNREADABLE',
    `This quarter’s workspace file cannot be read for the trends: ${why}`,
  );

/**
 * The summary of a quarter straight from the text of its `workspace.json`, for a series of
 * many quarters where decoding each whole workspace would cost more than the trends need.
 * Safe on any text: the same guarded JSON parse and migrations as opening a workspace, then
 * the needed fields checked; anything else is refused with a DomainError. A file from a
 * newer app is read for the fields this app knows, as opening one read-only does.
 */
export function summarizeQuarterFromJson(text: string, extras: QuarterExtras = {}): QuarterSummary {
  const json = parseJsonSafely(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  if (!json.ok) throw unreadable(json.message);
  const migrated = migrate(json.value);
  let doc: unknown;
  if (migrated.ok) doc = migrated.doc;
  else if (migrated.reason === 'too-new') doc = json.value;
  else throw unreadable(migrated.message);
  const fields = QuarterFields.safeParse(doc);
  if (!fields.success) throw unreadable('part of it is not in the form Offsite saves workspaces in.');
  return summarizeQuarter(fields.data, extras);
}
