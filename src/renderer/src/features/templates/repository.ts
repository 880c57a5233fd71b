import {
  builtInTemplates,
  createUserTemplate,
  duplicateTemplate as duplicateOf,
  fromPortable,
  planSeed,
  sortTemplates,
  Template,
  type PortableTemplate,
  type TemplateDetails,
} from '../../../../shared/domain/templates';
import { err, ok, type Result } from '../../../../shared/ipc/result';
import { templatesDb, type StoredTemplate } from './db';
import { storageError } from './storageErrors';

/**
 * Every read and write of the template library goes through here. Writes are single
 * Dexie transactions that validate first, so a template is saved whole or not at all
 * (a full disk or an aborted transaction leaves the previous version), and they answer
 * with a Result, never an exception.
 */
type Clock = () => Date;
let clock: Clock = () => new Date();
let newId: () => string = () => crypto.randomUUID();
const changeListeners = new Set<() => void>();

/** For tests: a fixed clock and predictable ids. */
export function setRepositoryClock(next: Clock, ids?: () => string): void {
  clock = next;
  if (ids) newId = ids;
}

/** Called after every successful change to the user's templates (the disk mirror listens). */
export function onUserTemplatesChanged(listener: () => void): () => void {
  changeListeners.add(listener);
  return () => changeListeners.delete(listener);
}

function changed(): void {
  for (const listener of changeListeners) listener();
}

/** The whole library in display order (built-ins first). For `useLiveQuery`. */
export async function listTemplates(): Promise<Template[]> {
  return sortTemplates(await templatesDb().templates.toArray());
}

export async function getTemplate(id: string): Promise<Template | undefined> {
  return templatesDb().templates.get(id);
}

export async function userTemplates(): Promise<Template[]> {
  return templatesDb().templates.where('origin').equals('user').toArray();
}

export async function createTemplate(
  details: Partial<TemplateDetails> & { name: string },
): Promise<Result<Template>> {
  const template = createUserTemplate(details, newId, clock());
  return write('create the template', async (db) => {
    await db.templates.add(template);
    return template;
  });
}

/** Replaces a user template with `next` (validated); built-ins are read-only. */
export async function saveTemplate(next: Template): Promise<Result<Template>> {
  const checked = Template.safeParse(next);
  if (!checked.success)
    return err('INVALID', checked.error.issues[0]?.message ?? 'The template is not valid.');
  const template = checked.data;
  return write('save the template', async (db) => {
    const existing = await db.templates.get(template.id);
    if (!existing) throw notFound();
    if (existing.origin !== 'user' || template.origin !== 'user') throw readOnly();
    await db.templates.put(template);
    return template;
  });
}

export async function renameTemplate(id: string, name: string): Promise<Result<Template>> {
  const existing = await read(id);
  if (!existing.ok) return existing;
  return saveTemplate({ ...existing.value, name: name.trim(), updatedAt: clock().toISOString() });
}

/** A user's copy of any template, built-in or their own, named "… (copy)". */
export async function duplicateTemplate(id: string): Promise<Result<Template>> {
  return write('duplicate the template', async (db) => {
    const source = await db.templates.get(id);
    if (!source) throw notFound();
    const names = (await db.templates.toArray()).map((t) => t.name);
    const copy = duplicateOf(source, names, newId, clock());
    await db.templates.add(copy);
    return copy;
  });
}

/** Deletes a user template and hands it back, so the caller can offer Undo. */
export async function deleteTemplate(id: string): Promise<Result<Template>> {
  return write('delete the template', async (db) => {
    const existing = await db.templates.get(id);
    if (!existing) throw notFound();
    if (existing.origin !== 'user') throw readOnly();
    await db.templates.delete(id);
    return existing;
  });
}

/** Undo of a delete: the template comes back exactly as it was. */
export async function restoreTemplate(template: Template): Promise<Result<Template>> {
  const checked = Template.safeParse(template);
  if (!checked.success || checked.data.origin !== 'user') {
    return err('INVALID', 'This template cannot be restored.');
  }
  return write('restore the template', async (db) => {
    await db.templates.put(checked.data);
    return checked.data;
  });
}

/** Installs missing built-ins and replaces older ones; user templates are not touched. */
export async function seedBuiltIns(): Promise<Result<Template[]>> {
  return write(
    'install the built-in templates',
    async (db) => {
      const shipped = builtInTemplates();
      const found = await db.templates.bulkGet(shipped.map((t) => t.id));
      const plan = planSeed(
        found.filter((t): t is StoredTemplate => t !== undefined),
        shipped,
      );
      if (plan.length > 0) await db.templates.bulkPut(plan);
      return plan;
    },
    false,
  );
}

class Refusal extends Error {
  constructor(readonly result: ReturnType<typeof err>) {
    super(result.message);
  }
}
const notFound = () => new Refusal(err('NOT_FOUND', 'This template no longer exists.'));
const readOnly = () =>
  new Refusal(err('READ_ONLY', 'Built-in templates are read-only. Duplicate one to make it your own.'));

async function read(id: string): Promise<Result<Template>> {
  try {
    const t = await templatesDb().templates.get(id);
    return t ? ok(t) : notFound().result;
  } catch (error) {
    return storageError(error, 'read the template');
  }
}

/** One read-write transaction over the templates table; a throw anywhere rolls it all back. */
async function write<T>(
  action: string,
  body: (db: ReturnType<typeof templatesDb>) => Promise<T>,
  userChange = true,
): Promise<Result<T>> {
  const db = templatesDb();
  try {
    const value = await db.transaction('rw', db.templates, () => body(db));
    if (userChange) changed();
    return ok(value);
  } catch (error) {
    if (error instanceof Refusal) return error.result;
    return storageError(error, action);
  }
}

/** Puts templates restored from the disk copy back, all in one transaction or none. */
export async function restoreUserTemplates(templates: readonly Template[]): Promise<Result<number>> {
  const valid = templates.filter((t) => t.origin === 'user' && Template.safeParse(t).success);
  return write(
    'restore your templates',
    async (db) => {
      await db.templates.bulkPut(valid);
      return valid.length;
    },
    false,
  );
}

/** A template from an imported file becomes the user's own, under a name not already taken. */
export async function importTemplate(portable: PortableTemplate): Promise<Result<Template>> {
  return write('import the template', async (db) => {
    const names = (await db.templates.toArray()).map((t) => t.name);
    const template = fromPortable(portable, names, newId, clock());
    await db.templates.add(template);
    return template;
  });
}

/**
 * Applies `edit` to the stored version inside the transaction, so edits made in quick
 * succession (a keystroke, then a drag) build on each other and none is lost.
 */
export async function editTemplate(
  id: string,
  edit: (current: Template, now: Date) => Template,
): Promise<Result<Template>> {
  return write('save the template', async (db) => {
    const existing = await db.templates.get(id);
    if (!existing) throw notFound();
    if (existing.origin !== 'user') throw readOnly();
    const next = edit(existing, clock());
    if (next === existing) return existing;
    const checked = Template.safeParse(next);
    if (!checked.success || checked.data.origin !== 'user' || checked.data.id !== id) {
      throw new Refusal(err('INVALID', checked.error?.issues[0]?.message ?? 'The template is not valid.'));
    }
    await db.templates.put(checked.data);
    return checked.data;
  });
}
