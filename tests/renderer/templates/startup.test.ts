import './freshDb';
import './setupTemplates';
import Dexie from 'dexie';
import { IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { failingWrites, freshDb, freshFactory } from './freshDb';
import { installTemplatesMain } from './fakeTemplatesMain';
import {
  builtInTemplates,
  createUserTemplate,
  type MirrorSnapshot,
  type Template,
} from '../../../src/shared/domain/templates';
import {
  CURRENT_DB_VERSION,
  declareVersions,
  TEMPLATES_DB_NAME,
  TemplatesDb,
  replaceTemplatesDb,
} from '../../../src/renderer/src/features/templates/db';
import { flushMirror } from '../../../src/renderer/src/features/templates/mirrorSync';
import {
  createTemplate,
  listTemplates,
  userTemplates,
} from '../../../src/renderer/src/features/templates/repository';
import { startTemplates } from '../../../src/renderer/src/features/templates/startup';
import { getTemplatesState } from '../../../src/renderer/src/features/templates/store';

const AT = new Date('2026-11-20T10:00:00.000Z');
let n = 0;
const mine = (name: string): Template => createUserTemplate({ name, kind: 'qbr' }, () => `mine-${++n}`, AT);
const snapshot = (templates: Template[]): MirrorSnapshot => ({ savedAt: AT.toISOString(), templates });

beforeEach(() => {
  n = 0;
});
afterEach(() => vi.restoreAllMocks());

describe('starting the template library', () => {
  it('first start: installs the built-ins, reads the disk copy once, says nothing', async () => {
    const { disk } = installTemplatesMain();
    const db = freshDb();
    await startTemplates();
    expect((await listTemplates()).map((t) => t.id)).toEqual(builtInTemplates().map((t) => t.id));
    expect(disk.reads).toBe(1);
    expect(getTemplatesState()).toMatchObject({ status: 'ready', notice: null });
    expect(await db.meta.get('library')).toBeDefined();
    // A second start of the same storage does not consult the disk again.
    await startTemplates();
    expect(disk.reads).toBe(1);
  });

  it('I2: an empty storage gets the user’s templates back from the disk copy, and says so', async () => {
    const saved = [mine('Board prep'), mine('Sales kickoff')];
    installTemplatesMain(snapshot(saved));
    freshDb();
    await startTemplates();
    expect((await userTemplates()).sort((a, b) => a.id.localeCompare(b.id))).toEqual(saved);
    expect(getTemplatesState().notice).toMatchObject({
      tone: 'info',
      title: 'Templates restored',
      message: expect.stringMatching(
        /^2 templates were restored from the copy Offsite keeps on disk, because the template library in this window’s storage was empty\.$/,
      ),
    });
  });

  it('does not bring back templates the user deleted in a library already set up', async () => {
    const { disk } = installTemplatesMain(snapshot([mine('Deleted on purpose')]));
    const db = freshDb();
    await db.meta.put({ key: 'library', createdAt: AT.toISOString() });
    await startTemplates();
    expect(await userTemplates()).toEqual([]);
    expect(disk.reads).toBe(0);
    // The disk copy is brought in line with the library (it may have missed a last change).
    await flushMirror();
    expect(disk.mirror?.templates).toEqual([]);
  });

  it('mirrors every change of the user’s templates to disk, not the built-ins', async () => {
    const { disk } = installTemplatesMain();
    freshDb();
    await startTemplates();
    expect(disk.writes).toEqual([]);
    const created = await createTemplate({ name: 'Mirrored' });
    await flushMirror();
    expect(disk.writes).toHaveLength(1);
    expect(disk.writes[0]!.map((t) => t.name)).toEqual(['Mirrored']);
    expect(created.ok).toBe(true);
  });

  it('a failed mirror write is shown, and the next change writes the whole set again', async () => {
    const { disk } = installTemplatesMain();
    freshDb();
    await startTemplates();
    disk.failWrite = { code: 'NO_SPACE', message: 'The disk is full.' };
    await createTemplate({ name: 'One' });
    await flushMirror();
    expect(getTemplatesState().mirrorError).toBe('The disk is full.');
    disk.failWrite = null;
    await createTemplate({ name: 'Two' });
    await flushMirror();
    expect(getTemplatesState().mirrorError).toBeNull();
    expect(disk.mirror?.templates.map((t) => t.name).sort()).toEqual(['One', 'Two']);
  });

  it('when the disk copy cannot be read, says so and never overwrites it', async () => {
    const { disk } = installTemplatesMain(snapshot([mine('Only on disk')]));
    disk.failRead = { code: 'PERMISSION', message: 'Offsite is not allowed to read its data folder.' };
    freshDb();
    await startTemplates();
    expect(getTemplatesState().notice).toMatchObject({
      tone: 'error',
      title: 'Your templates could not be restored',
      message: expect.stringContaining('not allowed to read'),
    });
    await createTemplate({ name: 'New here' });
    await flushMirror();
    expect(disk.writes).toEqual([]);
    expect(disk.mirror?.templates.map((t) => t.name)).toEqual(['Only on disk']);
  });

  it('a restore that fails part-way (full disk) restores nothing and keeps the disk copy', async () => {
    const saved = [mine('A'), mine('B'), mine('C')];
    const { disk } = installTemplatesMain(snapshot(saved));
    const fail = failingWrites(freshDb());
    // The built-ins go in first; the restore is the next write.
    fail.failFrom(2);
    await startTemplates();
    fail.off();
    expect(await userTemplates()).toEqual([]);
    expect(getTemplatesState().notice).toMatchObject({
      tone: 'error',
      message: expect.stringMatching(/disk is too full/),
    });
    await createTemplate({ name: 'Later' });
    await flushMirror();
    expect(disk.mirror?.templates).toEqual(saved);
  });

  it('an unreadable database is rebuilt from the disk copy, and the user is told', async () => {
    const saved = [mine('Survivor')];
    installTemplatesMain(snapshot(saved));
    const db = freshDb();
    await db.open();
    await db.templates.put({ ...mine('Stale'), id: 'stale' });
    db.close();
    const realOpen = db.open.bind(db);
    vi.spyOn(db, 'open')
      .mockImplementationOnce(
        () =>
          Promise.reject(
            new DOMException('Internal error opening backing store', 'UnknownError'),
          ) as ReturnType<typeof db.open>,
      )
      .mockImplementation(realOpen);
    await startTemplates();
    expect((await userTemplates()).map((t) => t.name)).toEqual(['Survivor']);
    expect(getTemplatesState()).toMatchObject({
      status: 'ready',
      notice: {
        tone: 'info',
        message: expect.stringMatching(
          /restored .* because the template library could not be opened \(Internal error opening backing store\) and was rebuilt/,
        ),
      },
    });
  });

  it('opens a library a newer Offsite upgraded without deleting or rewriting what it holds', async () => {
    const { disk } = installTemplatesMain(snapshot([mine('On disk')]));
    const factory = freshFactory();
    const newer = new Dexie(TEMPLATES_DB_NAME, { indexedDB: factory, IDBKeyRange });
    declareVersions(newer);
    newer.version(CURRENT_DB_VERSION + 1).stores({ templates: 'id, origin, kind, name', meta: 'key' });
    await newer.open();
    const future = { ...mine('From the future'), id: 'future-1' };
    await newer.table('templates').put(future);
    await newer.table('meta').put({ key: 'library', createdAt: AT.toISOString() });
    newer.close();
    const db = freshDb(factory);
    await startTemplates();
    expect(getTemplatesState().status).toBe('ready');
    expect(await db.templates.get('future-1')).toEqual(future);
    expect(disk.reads).toBe(0);
  });

  it('when IndexedDB refuses the library as too new, deletes nothing and explains', async () => {
    const { disk } = installTemplatesMain(snapshot([mine('On disk')]));
    const db = freshDb();
    await db.open();
    await db.templates.put({ ...mine('Kept'), id: 'kept' });
    db.close();
    const del = vi.spyOn(db, 'delete');
    vi.spyOn(db, 'open').mockRejectedValueOnce(Object.assign(new Error('newer'), { name: 'VersionError' }));
    await startTemplates();
    expect(getTemplatesState()).toMatchObject({
      status: 'unavailable',
      unavailableReason: expect.stringMatching(/newer version of Offsite/),
    });
    expect(del).not.toHaveBeenCalled();
    expect(disk.reads).toBe(0);
    vi.restoreAllMocks();
    await db.open();
    expect(await db.templates.get('kept')).toBeDefined();
  });

  it('is unavailable, quietly, in a window without IndexedDB', async () => {
    installTemplatesMain();
    replaceTemplatesDb(new TemplatesDb());
    vi.stubGlobal('indexedDB', undefined);
    try {
      await startTemplates();
    } finally {
      vi.unstubAllGlobals();
    }
    expect(getTemplatesState()).toMatchObject({ status: 'unavailable', notice: null });
  });
});
