import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, MIGRATIONS } from '../../../../src/shared/domain/workspace';
import {
  jsonSchemaOf,
  SHAPE_CHANGED,
  WORKSPACE_SNAPSHOTS,
} from '../../../../src/shared/domain/workspace/schemaSnapshots';

/**
 * The saved shape of a workspace file cannot change by accident: it must match the JSON
 * Schema snapshot of the current version, committed beside the migrations. A change needs
 * a new version, a migration that brings older files up to it, and a new snapshot.
 */

/** The first format ever saved; the app still opens it (tests/fixtures/workspace/v1.json). */
const OLDEST_READABLE_VERSION = 1;

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const dir = join(root, WORKSPACE_SNAPSHOTS.dir);

function snapshotVersions(): number[] {
  return readdirSync(dir)
    .map((name) => WORKSPACE_SNAPSHOTS.filePattern.exec(name)?.[1])
    .filter((v): v is string => v !== undefined)
    .map(Number)
    .sort((a, b) => a - b);
}

describe('the saved workspace shape', () => {
  it('is the one recorded for the current schema version', () => {
    const name = WORKSPACE_SNAPSHOTS.fileName(CURRENT_SCHEMA_VERSION);
    const file = join(dir, name);
    expect(existsSync(file), `${name} is missing: ${SHAPE_CHANGED}`).toBe(true);
    const saved: unknown = JSON.parse(readFileSync(file, 'utf8'));
    expect(jsonSchemaOf(WORKSPACE_SNAPSHOTS.schema), `${name} no longer matches: ${SHAPE_CHANGED}`).toEqual(
      saved,
    );
  });

  it('has one migration per version since the oldest the app opens, for every snapshot', () => {
    const versions = snapshotVersions();
    expect(versions).toContain(CURRENT_SCHEMA_VERSION);
    for (const version of versions) {
      expect(
        version,
        `${WORKSPACE_SNAPSHOTS.fileName(version)} records a version newer than CURRENT_SCHEMA_VERSION (${CURRENT_SCHEMA_VERSION})`,
      ).toBeLessThanOrEqual(CURRENT_SCHEMA_VERSION);
    }
    // migrate() reads versions CURRENT_SCHEMA_VERSION - MIGRATIONS.length and up, one step each.
    expect(
      MIGRATIONS.length,
      `version ${CURRENT_SCHEMA_VERSION} has a snapshot, so it needs ${CURRENT_SCHEMA_VERSION - OLDEST_READABLE_VERSION} migrations ` +
        `(one per version since ${OLDEST_READABLE_VERSION}) in migrations.ts, not ${MIGRATIONS.length}`,
    ).toBe(CURRENT_SCHEMA_VERSION - OLDEST_READABLE_VERSION);
  });
});
