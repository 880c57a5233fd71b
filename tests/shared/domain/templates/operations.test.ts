import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addSection,
  builtInTemplates,
  copyName,
  createUserTemplate,
  duplicateTemplate,
  moveSection,
  removeSection,
  Template,
  TEMPLATE_LIMITS,
  uniqueName,
  updateDetails,
  updateSection,
} from '../../../../src/shared/domain/templates';

const T0 = new Date('2026-11-20T10:00:00Z');
const T1 = new Date('2026-11-20T10:05:00Z');
const counter = () => {
  let n = 0;
  return () => `id-${++n}`;
};

describe('template operations', () => {
  it('creates a user template with a title section, trimmed name and kind', () => {
    const t = createUserTemplate({ name: '  Board prep  ', kind: 'qbr' }, counter(), T0);
    expect(t).toMatchObject({
      origin: 'user',
      builtInVersion: null,
      name: 'Board prep',
      kind: 'qbr',
      description: '',
      createdAt: T0.toISOString(),
      updatedAt: T0.toISOString(),
    });
    expect(t.sections.map((s) => s.type)).toEqual(['title']);
    expect(Template.safeParse(t).success).toBe(true);
  });

  it('duplicates a built-in into an editable copy with fresh ids', () => {
    const qbr = builtInTemplates()[0]!;
    const copy = duplicateTemplate(qbr, [qbr.name], counter(), T1);
    expect(copy.origin).toBe('user');
    expect(copy.builtInVersion).toBeNull();
    expect(copy.name).toBe('Quarterly Business Review (copy)');
    expect(copy.id).not.toBe(qbr.id);
    expect(copy.sections.map((s) => [s.type, s.title, s.prompts])).toEqual(
      qbr.sections.map((s) => [s.type, s.title, s.prompts]),
    );
    expect(new Set(copy.sections.map((s) => s.id)).size).toBe(qbr.sections.length);
    expect(copy.sections.some((s) => qbr.sections.some((q) => q.id === s.id))).toBe(false);
    expect(copy.createdAt).toBe(T1.toISOString());
    expect(Template.safeParse(copy).success).toBe(true);
    // The source is untouched, prompts arrays included.
    copy.sections[0]!.prompts.push('changed');
    expect(qbr.sections[0]!.prompts).not.toContain('changed');
  });

  it('names copies so that they never clash and never exceed the limit', () => {
    expect(copyName('Plan', ['Plan'])).toBe('Plan (copy)');
    expect(copyName('Plan', ['Plan', 'plan (copy)'])).toBe('Plan (copy 2)');
    expect(uniqueName('Plan', ['Other'])).toBe('Plan');
    expect(uniqueName('Plan', ['PLAN', 'Plan (2)'])).toBe('Plan (3)');
    const long = 'x'.repeat(TEMPLATE_LIMITS.name);
    expect(copyName(long, [long]).length).toBeLessThanOrEqual(TEMPLATE_LIMITS.name);
    const emoji = '🎯'.repeat(60); // 120 UTF-16 units: a cut must not split a pair
    const named = copyName(emoji, [emoji]);
    expect(named.length).toBeLessThanOrEqual(TEMPLATE_LIMITS.name);
    expect(named).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  it('adds, edits and removes sections, moving updatedAt', () => {
    const ids = counter();
    let t = createUserTemplate({ name: 'Mine' }, ids, T0);
    t = addSection(t, 'kpi-scorecard', ids, T1);
    expect(t.sections.map((s) => s.type)).toEqual(['title', 'kpi-scorecard']);
    expect(t.sections[1]!.title).toBe('KPI scorecard');
    expect(t.sections[1]!.prompts.length).toBeGreaterThan(0);
    expect(t.updatedAt).toBe(T1.toISOString());
    t = addSection(t, 'agenda', ids, T1, 0);
    expect(t.sections[0]!.type).toBe('agenda');
    const kpi = t.sections[2]!.id;
    t = updateSection(t, kpi, { title: 'Numbers', prompts: ['One', 'Two'] }, T1);
    expect(t.sections[2]).toMatchObject({ title: 'Numbers', prompts: ['One', 'Two'], type: 'kpi-scorecard' });
    t = removeSection(t, kpi, T1);
    expect(t.sections.map((s) => s.type)).toEqual(['agenda', 'title']);
    expect(removeSection(t, 'nope', T1)).toBe(t);
    expect(updateSection(t, 'nope', { title: 'x' }, T1)).toBe(t);
    const renamed = updateDetails(t, { name: 'Renamed', kind: 'offsite' }, T1);
    expect(renamed).toMatchObject({ name: 'Renamed', kind: 'offsite' });
  });

  it('stops adding sections at the limit', () => {
    const ids = counter();
    let t = createUserTemplate({ name: 'Big' }, ids, T0);
    for (let i = 0; i < TEMPLATE_LIMITS.sections + 5; i++) t = addSection(t, 'text', ids, T1);
    expect(t.sections).toHaveLength(TEMPLATE_LIMITS.sections);
  });

  it('moveSection is a permutation that puts the moved section where asked', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 15 }),
        fc.integer({ min: -3, max: 20 }),
        fc.integer({ min: -3, max: 20 }),
        (n, from, to) => {
          const ids = counter();
          let t = createUserTemplate({ name: 'M' }, ids, T0);
          for (let i = 1; i < n; i++) t = addSection(t, 'text', ids, T0);
          const before = t.sections.map((s) => s.id);
          const moved = moveSection(t, from, to, T1);
          const after = moved.sections.map((s) => s.id);
          expect([...after].sort()).toEqual([...before].sort());
          const a = Math.max(0, Math.min(from, n - 1));
          const b = Math.max(0, Math.min(to, n - 1));
          expect(after[b]).toBe(before[a]);
          const rest = (list: string[]) => list.filter((id) => id !== before[a]);
          expect(rest(after)).toEqual(rest(before));
        },
      ),
    );
  });
});
