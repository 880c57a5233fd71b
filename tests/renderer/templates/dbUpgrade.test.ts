import Dexie from 'dexie';
import { IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { freshDb, freshFactory } from './freshDb';
import fixtureV1 from './fixtures/db-v1.json';
import fixtureV2 from './fixtures/db-v2.json';
import fixtureV3 from './fixtures/db-v3.json';
import { builtInTemplates, Template } from '../../../src/shared/domain/templates';
import {
  CURRENT_DB_VERSION,
  declareVersions,
  replaceTemplatesDb,
  TEMPLATES_DB_NAME,
} from '../../../src/renderer/src/features/templates/db';
import { listTemplates, seedBuiltIns } from '../../../src/renderer/src/features/templates/repository';

/**
 * docs/quality.md I1: a fixture of every earlier schema version, written through that
 * version's own declarations, opens in the current app with every template intact.
 * Adding a version means adding the fixture of the one before it (the first test fails
 * until you do).
 */
type Fixture = {
  dbVersion: number;
  templates: { builtIns: Array<Record<string, unknown>>; user: Array<Record<string, unknown>> };
  meta: Array<{ key: string; createdAt: string }>;
};
const FIXTURES: Fixture[] = [fixtureV1, fixtureV2, fixtureV3];

afterEach(() => replaceTemplatesDb(null));

/** Writes `fixture` as the app at `fixture.dbVersion` would have; returns the IndexedDB holding it. */
async function writeFixture(fixture: Fixture) {
  const factory = freshFactory();
  const old = new Dexie(TEMPLATES_DB_NAME, { indexedDB: factory, IDBKeyRange });
  declareVersions(old, fixture.dbVersion);
  await old.open();
  await old.table('templates').bulkAdd([...fixture.templates.builtIns, ...fixture.templates.user]);
  await old.table('meta').bulkAdd(fixture.meta);
  expect(old.verno).toBe(fixture.dbVersion);
  old.close();
  return factory;
}

describe('template database upgrades', () => {
  it('has a fixture for every earlier version', () => {
    const versions = FIXTURES.map((f) => f.dbVersion).sort((a, b) => a - b);
    expect(versions).toEqual(Array.from({ length: CURRENT_DB_VERSION - 1 }, (_, i) => i + 1));
  });

  for (const fixture of FIXTURES) {
    it(`opens a version ${fixture.dbVersion} library with every template intact`, async () => {
      const db = freshDb(await writeFixture(fixture));
      await db.open();
      expect(db.verno).toBe(CURRENT_DB_VERSION);

      const all = [...fixture.templates.builtIns, ...fixture.templates.user];
      expect(await db.templates.count()).toBe(all.length);
      for (const record of all) {
        const stored = await db.templates.get(record['id'] as string);
        // Nothing the old version stored is lost or changed…
        expect(stored).toMatchObject(record);
        // …and every record is a valid template of today's shape.
        const valid = Template.safeParse(stored);
        expect(valid.success, `${String(record['name'])}: ${valid.error?.issues[0]?.message}`).toBe(true);
      }
      expect(await db.meta.get('library')).toEqual(fixture.meta[0]);

      // Starting the app then refreshes outdated built-ins and leaves the user's alone.
      await seedBuiltIns();
      const listed = await listTemplates();
      for (const shipped of builtInTemplates()) {
        expect(listed.find((t) => t.id === shipped.id)).toEqual(shipped);
      }
      for (const record of fixture.templates.user) {
        expect(listed.find((t) => t.id === record['id'])).toMatchObject(record);
      }
    });
  }

  it('gives sections stored by version 1 no timebox, and ships the offsite with its timeboxes', async () => {
    const db = freshDb(await writeFixture(fixtureV1));
    const boardPrep = await db.templates.get('user-board-prep');
    expect(boardPrep?.sections.every((s) => s.minutes === null)).toBe(true);
    await seedBuiltIns();
    const offsite = await db.templates.get('builtin-offsite-two-day');
    expect(offsite?.builtInVersion).toBe(2);
    expect(offsite?.sections.find((s) => s.title === 'Day 1 · Opening and ground rules')?.minutes).toBe(30);
  });

  it('a failing upgrade leaves the library exactly as it was, at its old version', async () => {
    const factory = await writeFixture(fixtureV1);
    const broken = new Dexie(TEMPLATES_DB_NAME, { indexedDB: factory, IDBKeyRange });
    declareVersions(broken);
    broken
      .version(CURRENT_DB_VERSION + 1)
      .stores({ templates: 'id, origin, kind', meta: 'key' })
      .upgrade(async (tx) => {
        await tx
          .table('templates')
          .toCollection()
          .modify((t: { name: string }) => {
            t.name = 'half-upgraded';
          });
        throw new Error('a bug in the upgrade');
      });
    await expect(broken.open()).rejects.toThrow();
    broken.close();

    const raw = new Dexie(TEMPLATES_DB_NAME, { indexedDB: factory, IDBKeyRange });
    await raw.open(); // dynamic mode: whatever is on disk
    expect(raw.verno).toBe(fixtureV1.dbVersion);
    const stored = await raw.table('templates').toArray();
    raw.close();
    const all = [...fixtureV1.templates.builtIns, ...fixtureV1.templates.user];
    expect(stored.sort(byId)).toEqual([...all].sort(byId));
  });
});

const byId = (a: Record<string, unknown>, b: Record<string, unknown>) =>
  String(a['id']).localeCompare(String(b['id']));
