import type Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { CURRENT_DB_VERSION, declareVersions } from '../../../src/renderer/src/features/templates/db';
import {
  jsonSchemaOf,
  SHAPE_CHANGED,
  TEMPLATE_SNAPSHOTS,
} from '../../../src/shared/domain/workspace/schemaSnapshots';

/**
 * The shape of a stored template cannot change by accident: it must match the JSON Schema
 * snapshot of the current database version, committed beside db.ts. A change needs a new
 * `db.version(n)` whose `.upgrade()` rewrites older records, and a new snapshot.
 */

/** The database's first version; the app still upgrades it (fixtures/db-v1.json). */
const OLDEST_READABLE_VERSION = 1;

/** Every snapshot beside db.ts, by file name (the glob must name the folder literally). */
const SNAPSHOTS = import.meta.glob<unknown>(
  '../../../src/renderer/src/features/templates/templates.v*.json',
  {
    eager: true,
    import: 'default',
  },
);

function snapshotsByVersion(): Map<number, unknown> {
  const found = new Map<number, unknown>();
  for (const [path, json] of Object.entries(SNAPSHOTS)) {
    const version = TEMPLATE_SNAPSHOTS.filePattern.exec(path.split('/').pop()!)?.[1];
    if (version !== undefined) found.set(Number(version), json);
  }
  return found;
}

/** How many versions `declareVersions` gives an `.upgrade()` (read through a stand-in for Dexie). */
function declaredUpgrades(): number {
  let upgrades = 0;
  const version = {
    stores: () => version,
    upgrade: () => {
      upgrades++;
      return version;
    },
  };
  declareVersions({ version: () => version } as unknown as Dexie);
  return upgrades;
}

describe('the stored template shape', () => {
  it('is the one recorded for the current database version', () => {
    const name = TEMPLATE_SNAPSHOTS.fileName(CURRENT_DB_VERSION);
    const saved = snapshotsByVersion().get(CURRENT_DB_VERSION);
    expect(saved, `${name} is missing: ${SHAPE_CHANGED}`).toBeDefined();
    expect(jsonSchemaOf(TEMPLATE_SNAPSHOTS.schema), `${name} no longer matches: ${SHAPE_CHANGED}`).toEqual(
      saved,
    );
  });

  it('has one upgrade per version since the oldest the app opens, for every snapshot', () => {
    for (const version of snapshotsByVersion().keys()) {
      expect(
        version,
        `${TEMPLATE_SNAPSHOTS.fileName(version)} records a version newer than CURRENT_DB_VERSION (${CURRENT_DB_VERSION})`,
      ).toBeLessThanOrEqual(CURRENT_DB_VERSION);
    }
    expect(
      declaredUpgrades(),
      `version ${CURRENT_DB_VERSION} has a snapshot, so db.ts needs ${CURRENT_DB_VERSION - OLDEST_READABLE_VERSION} ` +
        `versions with an .upgrade() (one per version since ${OLDEST_READABLE_VERSION})`,
    ).toBe(CURRENT_DB_VERSION - OLDEST_READABLE_VERSION);
  });
});
