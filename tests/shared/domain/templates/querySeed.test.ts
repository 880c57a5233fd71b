import { describe, expect, it } from 'vitest';
import {
  builtInTemplates,
  createUserTemplate,
  filterTemplates,
  NO_FILTER,
  planSeed,
  sortTemplates,
  type Template,
} from '../../../../src/shared/domain/templates';

const T0 = new Date('2026-11-20T10:00:00Z');
let n = 0;
const user = (name: string, extra: Partial<Template> = {}): Template => ({
  ...createUserTemplate({ name }, () => `u-${++n}`, T0),
  ...extra,
});

describe('listing templates', () => {
  it('puts built-ins first in shipped order, then the user’s by name', () => {
    const builtIns = builtInTemplates();
    const mine = [user('zeta'), user('Alpha'), user('beta 10'), user('beta 9')];
    const sorted = sortTemplates([...mine, ...[...builtIns].reverse()]);
    expect(sorted.map((t) => t.name)).toEqual([
      ...builtIns.map((t) => t.name),
      'Alpha',
      'beta 9',
      'beta 10',
      'zeta',
    ]);
  });

  it('filters by kind, by origin, and by every word of the query, ignoring case and accents', () => {
    const list = [
      ...builtInTemplates(),
      user('Révue trimestrielle', { kind: 'qbr' }),
      user('Sales kickoff', { kind: 'offsite', description: 'Pipeline and quotas' }),
    ];
    const names = (f: Partial<typeof NO_FILTER>) =>
      filterTemplates(list, { ...NO_FILTER, ...f }).map((t) => t.name);
    expect(names({})).toHaveLength(list.length);
    expect(names({ kind: 'qbr' })).toEqual(['Quarterly Business Review', 'Révue trimestrielle']);
    expect(names({ origin: 'user' })).toEqual(['Révue trimestrielle', 'Sales kickoff']);
    expect(names({ query: 'REVUE' })).toEqual(['Révue trimestrielle']);
    expect(names({ query: 'pipeline kickoff' })).toEqual(['Sales kickoff']);
    expect(names({ query: 'pipeline nothing' })).toEqual([]);
    // Section titles count too.
    expect(names({ query: 'same message' })).toEqual(['Alignment checkpoint']);
    expect(names({ query: 'scorecard', origin: 'builtin', kind: 'annual-review' })).toEqual([
      'Annual Business Review',
    ]);
  });
});

describe('seeding built-ins', () => {
  const shipped = builtInTemplates();

  it('installs all of them into an empty library, then nothing on the next start', () => {
    expect(planSeed([], shipped)).toEqual(shipped);
    expect(planSeed(shipped, shipped)).toEqual([]);
  });

  it('replaces only copies older than the shipped version', () => {
    const [qbr, abr, ...rest] = shipped;
    const installed = [{ ...qbr!, builtInVersion: qbr!.builtInVersion! - 1 }, abr!, ...rest];
    expect(planSeed(installed, shipped).map((t) => t.id)).toEqual([qbr!.id]);
    const newer = [{ ...qbr!, builtInVersion: qbr!.builtInVersion! + 5 }, abr!, ...rest];
    expect(planSeed(newer, shipped)).toEqual([]);
  });

  it('never overwrites a user template, even one that happens to share an id', () => {
    const clash = user('Mine', { id: shipped[0]!.id });
    expect(planSeed([clash], shipped).map((t) => t.id)).not.toContain(shipped[0]!.id);
  });
});
