import { z } from 'zod';
import { Template } from '../templates/schema';
import { Workspace } from './schema';

/**
 * The shapes Offsite keeps on disk, each with a JSON Schema snapshot per version committed
 * beside its list of migrations. Tests compare each shape with the snapshot of its current
 * version, so the shape of a saved file cannot change without a new version and a
 * migration; `npx tsx scripts/snapshot-schemas.ts` writes the snapshots. Nothing in the app
 * imports this: it is here because both the Node and the renderer tests read it.
 */
export type SnapshotSeries = {
  /** What the user would call it, for messages. */
  what: string;
  schema: z.ZodType;
  /** Folder of the snapshots, from the repository root: beside the migrations. */
  dir: string;
  fileName: (version: number) => string;
  /** Matches a snapshot's file name; the first group is its version. */
  filePattern: RegExp;
};

/** The workspace file: CURRENT_SCHEMA_VERSION, migrations in ./migrations.ts. */
export const WORKSPACE_SNAPSHOTS: SnapshotSeries = {
  what: 'workspace file',
  schema: Workspace,
  dir: 'src/shared/domain/workspace',
  fileName: (version) => `schema.v${version}.json`,
  filePattern: /^schema\.v(\d+)\.json$/,
};

/**
 * A template as the library's IndexedDB stores it (and the on-disk mirror copies it):
 * CURRENT_DB_VERSION, upgrades in src/renderer/src/features/templates/db.ts.
 */
export const TEMPLATE_SNAPSHOTS: SnapshotSeries = {
  what: 'stored template',
  schema: Template,
  dir: 'src/renderer/src/features/templates',
  fileName: (version) => `templates.v${version}.json`,
  filePattern: /^templates\.v(\d+)\.json$/,
};

/**
 * The JSON Schema of what is read back from disk (`io: 'input'`; the same as the output
 * while no schema transforms). Cross-field refinements (`superRefine`: unique ids, the
 * single focus…) have no JSON Schema form and are left out: they check values, not the
 * shape. Anything else JSON Schema cannot express (a transform, a custom type) throws
 * (`unrepresentable: 'throw'`) instead of silently dropping out of the snapshot.
 */
export function jsonSchemaOf(schema: z.ZodType): unknown {
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'throw' });
}

/** What every snapshot failure says to do. */
export const SHAPE_CHANGED =
  'the saved shape changed: bump the schema version, add a migration, and run npx tsx scripts/snapshot-schemas.ts';
