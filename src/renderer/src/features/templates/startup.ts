import { templatesBridge } from './api';
import { templatesDb, type TemplatesDb } from './db';
import { blockMirror, flushMirror, scheduleMirror } from './mirrorSync';
import { onUserTemplatesChanged, restoreUserTemplates, seedBuiltIns } from './repository';
import { setTemplatesState, showNotice } from './store';
import { errorName, storageError, storageReason } from './storageErrors';

/**
 * Brings the template library up when the app starts: opens IndexedDB, installs or
 * updates the built-ins, and, when this storage comes up empty (first start, or Chromium
 * wiped it) or cannot be opened at all, restores the user's templates from main's disk
 * copy and says so (docs/quality.md I2). Runs once per window; later calls share the result.
 */
let started: Promise<void> | null = null;
let stopSync: (() => void) | null = null;

export function startTemplates(): Promise<void> {
  started ??= start();
  return started;
}

/** For tests: stops mirroring, and the next `startTemplates()` runs again. */
export function forgetTemplatesStart(): void {
  stopSync?.();
  stopSync = null;
  started = null;
}

type Snapshot = Awaited<ReturnType<typeof readDiskCopy>>;

async function start(): Promise<void> {
  if (typeof indexedDB === 'undefined') {
    return unavailable('This window has no storage for templates.');
  }
  const db = templatesDb();
  try {
    await db.open();
  } catch (error) {
    return recoverFromOpenFailure(db, error);
  }
  return prepare(db, null);
}

async function prepare(db: TemplatesDb, rebuiltBecause: string | null, copy?: Snapshot): Promise<void> {
  const seeded = await seedBuiltIns();
  if (!seeded.ok) showNotice({ tone: 'error', title: 'Built-in templates missing', message: seeded.message });
  try {
    const fresh = (await db.meta.get('library')) === undefined;
    const mine = await db.templates.where('origin').equals('user').count();
    if (fresh && mine === 0) {
      await restore(copy ?? (await readDiskCopy()), rebuiltBecause);
    }
    if (fresh) await db.meta.put({ key: 'library', createdAt: new Date().toISOString() });
    // Bring the disk copy up to date in case the last session closed before it was written.
    else scheduleMirror();
  } catch (error) {
    showNotice({
      tone: 'error',
      title: 'Templates',
      message: storageError(error, 'set up the template library').message,
    });
  }
  const stopListening = onUserTemplatesChanged(scheduleMirror);
  const flush = () => void flushMirror();
  window.addEventListener('pagehide', flush);
  stopSync = () => {
    stopListening();
    window.removeEventListener('pagehide', flush);
  };
  setTemplatesState({ status: 'ready' });
}

async function readDiskCopy() {
  const api = templatesBridge();
  if (!api) return { ok: true as const, value: null };
  try {
    return await api.readMirror({});
  } catch (error) {
    return { ok: false as const, code: 'INTERNAL' as const, message: String(error) };
  }
}

async function restore(copy: Snapshot, rebuiltBecause: string | null): Promise<void> {
  if (!copy.ok) {
    // A damaged copy was moved aside by main; any other failure leaves it in place, and it
    // must stay so: writing the (empty) library over it would lose it for good.
    if (copy.code !== 'CORRUPT') blockMirror(copy.message);
    showNotice({
      tone: 'error',
      title: 'Your templates could not be restored',
      message: `The template library in this window was empty, and the copy Offsite keeps on disk could not be read: ${copy.message}`,
    });
    return;
  }
  const templates = copy.value?.templates ?? [];
  if (templates.length === 0) {
    // A first start has nothing to restore and nothing to say; a rebuild does.
    if (rebuiltBecause) {
      showNotice({
        tone: 'info',
        title: 'Template library rebuilt',
        message: `The template library could not be opened (${rebuiltBecause}) and was rebuilt with the built-in templates. There were no templates of your own on disk to restore.`,
      });
    }
    return;
  }
  const restored = await restoreUserTemplates(templates);
  if (!restored.ok) {
    blockMirror(restored.message);
    showNotice({ tone: 'error', title: 'Your templates could not be restored', message: restored.message });
    return;
  }
  const n = restored.value;
  const why = rebuiltBecause
    ? `the template library could not be opened (${rebuiltBecause}) and was rebuilt`
    : 'the template library in this window’s storage was empty';
  showNotice({
    tone: 'info',
    title: 'Templates restored',
    message: `${n} ${n === 1 ? 'template was' : 'templates were'} restored from the copy Offsite keeps on disk, because ${why}.`,
  });
}

async function recoverFromOpenFailure(db: TemplatesDb, error: unknown): Promise<void> {
  const name = errorName(error);
  if (name === 'MissingAPIError') return unavailable('This window has no storage for templates.');
  if (name === 'VersionError') {
    blockMirror('newer library');
    return unavailable(storageError(error, 'open your templates').message);
  }
  // The database is unreadable. Rebuild it only when the disk copy can stand in for it.
  const copy = await readDiskCopy();
  const reason = storageReason(error);
  if (!copy.ok && copy.code !== 'CORRUPT') {
    blockMirror(copy.message);
    return unavailable(
      `The template library could not be opened (${reason}), and the copy on disk could not be read: ${copy.message}`,
    );
  }
  try {
    await db.delete();
    await db.open();
  } catch (again) {
    return unavailable(storageError(again, 'open your templates').message);
  }
  return prepare(db, reason, copy);
}

function unavailable(reason: string): void {
  setTemplatesState({ status: 'unavailable', unavailableReason: reason });
}
