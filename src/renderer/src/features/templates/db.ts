import Dexie, { type DexieOptions, type EntityTable } from 'dexie';
import type { Template } from '../../../../shared/domain/templates';

/**
 * The template library's IndexedDB database, and the only place that knows its shape.
 *
 * Schema history is append-only (docs/quality.md I1): never edit or delete a `db.version(n)`
 * below; a change is a new version whose `.upgrade()` rewrites the records, and
 * tests/renderer/templates/dbUpgrade.test.ts opens a fixture of every earlier version.
 * An upgrade runs inside IndexedDB's versionchange transaction: if it throws, the
 * database stays exactly as it was, at its old version.
 */
export const TEMPLATES_DB_NAME = 'offsite-templates';

/** One row per template; the key is the template's id. */
export type StoredTemplate = Template;

/** "library": this storage has been set up (built-ins seeded, mirror consulted). */
export type MetaRecord = { key: 'library'; createdAt: string };

/**
 * Declares every schema version up to `upTo` (default: all). Tests pass a lower `upTo`
 * to write a fixture exactly as an older app did.
 */
export function declareVersions(db: Dexie, upTo: number = CURRENT_DB_VERSION): void {
  // v1: templates keyed by id, indexed by origin (built-in or user) and kind.
  db.version(1).stores({ templates: 'id, origin, kind', meta: 'key' });
  if (upTo < 2) return;
  // v2: sections carry a timebox (`minutes`); existing sections have none.
  db.version(2)
    .stores({ templates: 'id, origin, kind', meta: 'key' })
    .upgrade((tx) =>
      tx
        .table<V1Template>('templates')
        .toCollection()
        .modify((t) => {
          t.sections = t.sections.map(addTimebox);
        }),
    );
  if (upTo < 3) return;
  // v3: three more section types (the planned agenda, where the time went, the parking lot).
  // The list only widens, so every stored template is already valid: nothing to rewrite.
  db.version(3)
    .stores({ templates: 'id, origin, kind', meta: 'key' })
    .upgrade(() => {});
  if (upTo < 4) return;
  // v4: three more section types tied to the quarter series (the alignment trends, what every
  // team will hear, the cascade). The list only widens again: nothing to rewrite.
  db.version(4)
    .stores({ templates: 'id, origin, kind', meta: 'key' })
    .upgrade(() => {});
}

/** The version the newest declaration above reaches. */
export const CURRENT_DB_VERSION = 4;

type V1Section = Omit<Template['sections'][number], 'minutes'> & { minutes?: number | null };
type V1Template = Omit<Template, 'sections'> & { sections: V1Section[] };

function addTimebox(section: V1Section): Template['sections'][number] {
  return { ...section, minutes: section.minutes ?? null };
}

export class TemplatesDb extends Dexie {
  templates!: EntityTable<StoredTemplate, 'id'>;
  meta!: EntityTable<MetaRecord, 'key'>;

  constructor(name: string = TEMPLATES_DB_NAME, options: DexieOptions = {}) {
    super(name, options);
    declareVersions(this);
  }
}

let current: TemplatesDb | null = null;

/** The app's database, created on first use (Dexie opens it on the first query). */
export function templatesDb(): TemplatesDb {
  current ??= new TemplatesDb();
  return current;
}

/** Swaps the database (tests, and a rebuild after it could not be opened); closes the old one. */
export function replaceTemplatesDb(next: TemplatesDb | null): void {
  if (current && current !== next) current.close();
  current = next;
}
