import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createWorkspace,
  decodeWorkspace,
  encodeWorkspace,
  CURRENT_SCHEMA_VERSION,
  migrate as migrateTo,
  MIGRATIONS,
  type Migration,
} from '../../../../src/shared/domain/workspace';
import { bigWorkspace, workspaceArbitrary } from '../../../support/workspaceArbitrary';

const fresh = () =>
  createWorkspace(
    { name: 'Q1 Offsite', kind: 'offsite', period: '2027-Q1', organisation: 'Acme' },
    'w1',
    new Date('2026-11-21T10:00:00Z'),
  );

describe('workspace file codec', () => {
  it('V4: parse(serialize(w)) equals w for any valid workspace', () => {
    fc.assert(
      fc.property(workspaceArbitrary, (w) => {
        const decoded = decodeWorkspace(encodeWorkspace(w));
        expect(decoded.ok).toBe(true);
        if (decoded.ok) expect(decoded.workspace).toEqual(w);
      }),
      { numRuns: 300 },
    );
  });

  it('round-trips the 1,000-priority benchmark workspace', () => {
    const w = bigWorkspace(1000, 1500);
    const decoded = decodeWorkspace(encodeWorkspace(w));
    expect(decoded.ok && decoded.workspace).toEqual(w);
  });

  it('names what is wrong with a file that does not match the schema', () => {
    const w = {
      ...fresh(),
      participants: [
        {
          id: 'a',
          name: '   ',
          role: '',
          department: '',
          colour: '#000000',
          isFacilitator: false,
          votes: true,
        },
      ],
    };
    const decoded = decodeWorkspace(JSON.stringify(w));
    expect(decoded).toMatchObject({ ok: false, code: 'INVALID' });
    expect(!decoded.ok && decoded.message).toBe('Part of it is not in the form Offsite saves workspaces in.');
    expect(!decoded.ok && decoded.details).toBe('Participant 1: the name is empty.');
  });

  it('refuses unknown keys, over-long text and links to missing priorities', () => {
    const extra = decodeWorkspace(JSON.stringify({ ...fresh(), surprise: 1 }));
    expect(extra).toMatchObject({ ok: false, code: 'INVALID' });
    const long = decodeWorkspace(JSON.stringify({ ...fresh(), name: 'x'.repeat(201) }));
    expect(long).toMatchObject({ ok: false, code: 'INVALID' });
    const dangling = decodeWorkspace(
      JSON.stringify({
        ...fresh(),
        links: [{ id: 'l', from: 'nope', to: 'nada', kind: 'supports', cost: '' }],
      }),
    );
    expect(!dangling.ok && dangling.details).toContain('does not exist');
  });

  it('reports a truncated file as corrupt', () => {
    const text = encodeWorkspace(fresh());
    expect(decodeWorkspace(text.slice(0, text.length / 2))).toMatchObject({ ok: false, code: 'CORRUPT' });
    expect(decodeWorkspace('')).toMatchObject({ ok: false, code: 'CORRUPT' });
  });

  it('reads the known parts of a newer file (to show it read-only), or says it is too new', () => {
    const readable = decodeWorkspace(
      JSON.stringify({ ...fresh(), schemaVersion: 99, futureFeature: { x: 1 } }),
    );
    expect(readable).toMatchObject({
      ok: true,
      newerVersion: 99,
      workspace: { name: 'Q1 Offsite', schemaVersion: CURRENT_SCHEMA_VERSION },
    });
    const unreadable = decodeWorkspace(JSON.stringify({ schemaVersion: 99, title: 'renamed everything' }));
    expect(unreadable).toMatchObject({ ok: false, code: 'TOO_NEW', fromVersion: 99 });
    expect(!unreadable.ok && unreadable.message).toMatch(/newer version of Offsite.*99/);
  });
});

describe('migrations', () => {
  // A hypothetical two-step history: v1 had `title`, v2 renamed it `name`, v3 added `kind`.
  const steps: Migration[] = [
    ({ title, ...rest }) => ({ ...rest, name: title }),
    (doc) => ({ ...doc, kind: 'offsite' }),
  ];
  const migrate = (raw: unknown, s: readonly Migration[]) => migrateTo(raw, s, 3);

  it('the shipped steps end exactly at the current format', () => {
    expect(CURRENT_SCHEMA_VERSION).toBe(MIGRATIONS.length + 1);
  });

  it('upgrades an old document through every numbered step in order', () => {
    const outcome = migrate({ schemaVersion: 1, title: 'Old offsite' }, steps);
    expect(outcome).toEqual({
      ok: true,
      doc: { schemaVersion: 3, name: 'Old offsite', kind: 'offsite' },
      fromVersion: 1,
      migrated: true,
    });
    expect(migrate({ schemaVersion: 2, name: 'Mid' }, steps)).toMatchObject({
      doc: { schemaVersion: 3, name: 'Mid', kind: 'offsite' },
      fromVersion: 2,
    });
  });

  it('leaves a current document as it is and refuses unversioned ones', () => {
    expect(migrate({ schemaVersion: 3, name: 'x' }, steps)).toMatchObject({ ok: true, migrated: false });
    expect(migrate({ name: 'x' }, steps)).toMatchObject({ ok: false, reason: 'unversioned' });
    expect(migrate([], steps)).toMatchObject({ ok: false, reason: 'unversioned' });
    expect(migrate({ schemaVersion: 1.5 }, steps)).toMatchObject({ ok: false, reason: 'unversioned' });
  });

  it('does not mutate the input document', () => {
    const input = { schemaVersion: 1, title: 'Keep' };
    migrate(input, steps);
    expect(input).toEqual({ schemaVersion: 1, title: 'Keep' });
  });
});
