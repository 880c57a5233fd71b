/**
 * Writes the JSON Schema snapshot of every shape Offsite keeps on disk, for its current
 * version (see src/shared/domain/workspace/schemaSnapshots.ts): `npx tsx scripts/snapshot-schemas.ts`.
 * A snapshot records a version that may already be on users' disks, so an existing one
 * is never rewritten with a different shape: bump the version and add a migration instead.
 * `--replace` rewrites it anyway, only for a version that has never been released.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { format, resolveConfig } from 'prettier';
import { CURRENT_SCHEMA_VERSION } from '../src/shared/domain/workspace';
import {
  jsonSchemaOf,
  TEMPLATE_SNAPSHOTS,
  WORKSPACE_SNAPSHOTS,
} from '../src/shared/domain/workspace/schemaSnapshots';

// db.ts belongs to the renderer's TypeScript project, which this one cannot list; it uses
// no DOM, so it is loaded at run time, by a path the type checker does not follow.
const TEMPLATES_DB_MODULE = '../src/renderer/src/features/templates/db';
const { CURRENT_DB_VERSION } = (await import(TEMPLATES_DB_MODULE)) as { CURRENT_DB_VERSION: number };

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const replace = process.argv.includes('--replace');
let refused = 0;

const series = [
  { ...WORKSPACE_SNAPSHOTS, version: CURRENT_SCHEMA_VERSION },
  { ...TEMPLATE_SNAPSHOTS, version: CURRENT_DB_VERSION },
];
for (const entry of series) {
  const file = join(root, entry.dir, entry.fileName(entry.version));
  const shown = relative(root, file);
  const derived = jsonSchemaOf(entry.schema);
  if (existsSync(file)) {
    const saved: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (isDeepStrictEqual(saved, derived)) {
      console.log(`${shown}: unchanged`);
      continue;
    }
    if (!replace) {
      console.error(
        `${shown} already records version ${entry.version} of the ${entry.what}, and the shape is now different. ` +
          'Bump the version and add a migration; rerun with --replace only if this version was never released.',
      );
      refused++;
      continue;
    }
  }
  const config = (await resolveConfig(file)) ?? {};
  writeFileSync(file, await format(JSON.stringify(derived), { ...config, filepath: file }));
  console.log(`${shown}: written`);
}
process.exitCode = refused > 0 ? 1 : 0;
