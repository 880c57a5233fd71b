import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { failingWrites, freshDb } from './freshDb';
import { builtInTemplates, type Template } from '../../../src/shared/domain/templates';
import { replaceTemplatesDb } from '../../../src/renderer/src/features/templates/db';
import {
  createTemplate,
  deleteTemplate,
  duplicateTemplate,
  getTemplate,
  listTemplates,
  onUserTemplatesChanged,
  renameTemplate,
  restoreTemplate,
  saveTemplate,
  seedBuiltIns,
  userTemplates,
} from '../../../src/renderer/src/features/templates/repository';

let fail: ReturnType<typeof failingWrites>;
beforeEach(() => {
  fail = failingWrites(freshDb());
});
afterEach(() => replaceTemplatesDb(null));

const value = <T>(r: { ok: true; value: T } | { ok: false; message: string }): T => {
  if (!r.ok) throw new Error(r.message);
  return r.value;
};

describe('template repository', () => {
  it('creates, reads, renames, edits, duplicates and deletes a user template', async () => {
    const created = value(await createTemplate({ name: 'Board prep', kind: 'qbr' }));
    expect(await getTemplate(created.id)).toEqual(created);

    const renamed = value(await renameTemplate(created.id, '  Board prep 2027 '));
    expect(renamed.name).toBe('Board prep 2027');

    const edited = value(
      await saveTemplate({ ...renamed, description: 'For the March board', sections: [] }),
    );
    expect((await getTemplate(created.id))?.description).toBe('For the March board');
    expect(edited.sections).toEqual([]);

    const copy = value(await duplicateTemplate(created.id));
    expect(copy.name).toBe('Board prep 2027 (copy)');
    expect((await userTemplates()).map((t) => t.name).sort()).toEqual([
      'Board prep 2027',
      'Board prep 2027 (copy)',
    ]);

    const deleted = value(await deleteTemplate(created.id));
    expect(await getTemplate(created.id)).toBeUndefined();
    value(await restoreTemplate(deleted));
    expect(await getTemplate(created.id)).toEqual(deleted);
  });

  it('seeds the built-ins once, in order, and lists user templates after them', async () => {
    expect(value(await seedBuiltIns())).toHaveLength(builtInTemplates().length);
    expect(value(await seedBuiltIns())).toEqual([]);
    value(await createTemplate({ name: 'Aardvark review' }));
    const names = (await listTemplates()).map((t) => t.name);
    expect(names).toEqual([...builtInTemplates().map((t) => t.name), 'Aardvark review']);
  });

  it('leaves installed built-ins at the shipped version and user templates alone', async () => {
    await seedBuiltIns();
    const mine = value(await createTemplate({ name: 'Mine' }));
    const before = await listTemplates();
    expect(value(await seedBuiltIns())).toEqual([]);
    expect(await listTemplates()).toEqual(before);
    expect(await getTemplate(mine.id)).toEqual(mine);
  });

  it('refuses to change or delete a built-in', async () => {
    await seedBuiltIns();
    const qbr = (await getTemplate('builtin-qbr'))!;
    const edit = await saveTemplate({ ...qbr, name: 'Mine now' });
    expect(edit).toMatchObject({ ok: false, code: 'READ_ONLY' });
    const forged = await saveTemplate({ ...qbr, origin: 'user', builtInVersion: null, name: 'Mine now' });
    expect(forged).toMatchObject({ ok: false, code: 'READ_ONLY' });
    expect(await deleteTemplate('builtin-qbr')).toMatchObject({ ok: false, code: 'READ_ONLY' });
    expect((await getTemplate('builtin-qbr'))?.name).toBe('Quarterly Business Review');
    // But it can be duplicated.
    const copy = value(await duplicateTemplate('builtin-qbr'));
    expect(copy).toMatchObject({ origin: 'user', name: 'Quarterly Business Review (copy)' });
  });

  it('validates before writing: an invalid template is refused and the stored one kept', async () => {
    const t = value(await createTemplate({ name: 'Valid' }));
    const bad = await saveTemplate({ ...t, name: '   ' });
    expect(bad).toMatchObject({ ok: false, code: 'INVALID', message: 'A template needs a name.' });
    const huge = await saveTemplate({ ...t, description: 'x'.repeat(5000) });
    expect(huge).toMatchObject({ ok: false, code: 'INVALID' });
    expect(await getTemplate(t.id)).toEqual(t);
    expect(await saveTemplate({ ...t, id: 'missing' })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  });

  it('a full disk gives a clear error and leaves the previous version whole', async () => {
    const t = value(await createTemplate({ name: 'Before' }));
    fail.failFrom(1);
    const result = await saveTemplate({ ...t, name: 'After', sections: [] });
    expect(result).toMatchObject({ ok: false, code: 'NO_SPACE' });
    if (!result.ok) expect(result.message).toMatch(/disk is too full.*nothing was changed/i);
    fail.off();
    expect(await getTemplate(t.id)).toEqual(t);

    fail.failFrom(1);
    expect(await createTemplate({ name: 'Never' })).toMatchObject({ ok: false, code: 'NO_SPACE' });
    fail.failFrom(1, 'AbortError');
    const aborted = await duplicateTemplate(t.id);
    expect(aborted).toMatchObject({ ok: false, code: 'IO' });
    if (!aborted.ok) expect(aborted.message).toMatch(/Nothing was changed/);
    fail.off();
    expect((await userTemplates()).map((x: Template) => x.name)).toEqual(['Before']);
  });

  it('tells listeners about user changes only, and only successful ones', async () => {
    let calls = 0;
    const stop = onUserTemplatesChanged(() => calls++);
    await seedBuiltIns();
    expect(calls).toBe(0);
    const t = value(await createTemplate({ name: 'One' }));
    await renameTemplate(t.id, 'Two');
    fail.failFrom(1);
    await renameTemplate(t.id, 'Three');
    fail.off();
    stop();
    expect(calls).toBe(2);
  });
});
