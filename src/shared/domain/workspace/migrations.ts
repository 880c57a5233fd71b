import { emptyAgenda, localTimeZone } from './agendaDefaults';
import { CURRENT_SCHEMA_VERSION } from './schema';

/**
 * Numbered, append-only migrations of the workspace file.
 * `MIGRATIONS[i]` upgrades a document of schema version `i + 1` to version `i + 2`, so
 * `CURRENT_SCHEMA_VERSION === MIGRATIONS.length + 1` (a test holds us to it).
 * Never edit or reorder a shipped step: add a new one and a fixture of the old version
 * under `tests/fixtures/workspace/` so the upgrade path stays tested forever.
 */
export type Migration = (doc: Record<string, unknown>) => Record<string, unknown>;

export const MIGRATIONS: readonly Migration[] = [
  // v1 → v2: ranking rounds, the single focus, and the template a workspace started from.
  (doc) => ({ ...doc, templateId: null, focusPriorityId: null, rounds: [] }),
  // v2 → v3: the trade-off board, the decision log with action items, the QBR deck, and
  // per-priority scores for the board's other axes.
  (doc) => ({
    ...doc,
    priorities: Array.isArray(doc.priorities)
      ? doc.priorities.map((p: unknown) =>
          p !== null && typeof p === 'object' && !Array.isArray(p) ? { ...p, scores: {} } : p,
        )
      : doc.priorities,
    board: { axes: 'impact-effort', customX: '', customY: '', capacity: null, notes: [] },
    decisions: [],
    actionItems: [],
    deck: null,
  }),
  // v3 → v4: speaker notes for the presenter console.
  (doc) => ({ ...doc, speakerNotes: {} }),
  // v4 → v5: the agenda (one day, no blocks yet, in this machine's time zone) and the parking lot.
  (doc) => ({ ...doc, agenda: emptyAgenda(localTimeZone(), 'day-1'), parkingLot: [] }),
  // v5 → v6: the quarter series (none yet), agreed messages, the success definition and
  // what a previous quarter carried in (nothing: the file was not made as a next quarter).
  (doc) => ({ ...doc, series: null, agreedMessages: [], successDefinition: null, carriedIn: null }),
  // v6 → v7: the cascade, with no departments and no contributions yet.
  (doc) => ({ ...doc, cascade: { departments: [], contributions: [] } }),
  // v7 → v8: alignment checkpoints, none yet.
  (doc) => ({ ...doc, checkpoints: [] }),
  // v8 → v9: translation checks, none yet.
  (doc) => ({ ...doc, translationChecks: [] }),
  // v9 → v10: the same-message and success checks, and department support matrices, none yet;
  // translation checks ask no checkpoint questions, so their replies hold no answers.
  (doc) => ({
    ...doc,
    statementChecks: [],
    supportChecks: [],
    translationChecks: Array.isArray(doc.translationChecks)
      ? doc.translationChecks.map((check: unknown) => {
          if (!isRecord(check)) return check;
          const replies = Array.isArray(check.replies)
            ? check.replies.map((r: unknown) => (isRecord(r) ? { ...r, answers: [] } : r))
            : check.replies;
          return { ...check, questions: [], replies };
        })
      : doc.translationChecks,
  }),
];

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

export type MigrationOutcome =
  | { ok: true; doc: unknown; fromVersion: number; migrated: boolean }
  | { ok: false; reason: 'too-new' | 'unversioned'; fromVersion?: number; message: string };

/**
 * The last step of `migrations` produces `current`; the steps before it cover the versions
 * below. (Tests pass their own steps to exercise the machinery against the real schema.)
 */
export function migrate(
  raw: unknown,
  migrations: readonly Migration[] = MIGRATIONS,
  current: number = CURRENT_SCHEMA_VERSION,
): MigrationOutcome {
  const oldest = current - migrations.length;
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return { ok: false, reason: 'unversioned', message: 'The file does not hold a workspace object.' };
  }
  const version = (raw as Record<string, unknown>).schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < oldest) {
    return { ok: false, reason: 'unversioned', message: 'The file has no valid schemaVersion.' };
  }
  if (version > current) {
    return {
      ok: false,
      reason: 'too-new',
      fromVersion: version,
      message: `This workspace was saved by a newer version of Offsite (format ${version}; this app reads up to ${current}). Update Offsite to edit it.`,
    };
  }
  let doc = raw as Record<string, unknown>;
  for (let v = version; v < current; v++) {
    const step = migrations[v - oldest]!;
    doc = { ...step(doc), schemaVersion: v + 1 };
  }
  return { ok: true, doc, fromVersion: version, migrated: version < current };
}
