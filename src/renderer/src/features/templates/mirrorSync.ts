import { Autosaver } from '../../document';
import { templatesBridge } from './api';
import { userTemplates } from './repository';
import { setTemplatesState } from './store';

/**
 * Keeps main's disk copy of the user's templates (docs/quality.md I2) in step with IndexedDB:
 * a write shortly after the last change, one at a time, always of the whole current set
 * (so a lost write is repaired by the next one). The debouncing and the one-at-a-time rule
 * are the document's autosaver's; a burst of changes has no ceiling here (nothing is lost
 * while the user keeps editing: IndexedDB already holds every change).
 */
const MIRROR_TIMING = { quietMs: 300, maxWaitMs: Number.POSITIVE_INFINITY };

let writer = new Autosaver(writeOnce, MIRROR_TIMING);
/** Set when the disk copy must not be overwritten (it holds templates we could not restore). */
let blockedReason: string | null = null;

export function scheduleMirror(): void {
  if (blockedReason !== null) return;
  writer.touch();
}

/** Writes now if anything changed; resolves when the disk copy is current (or failed). */
export function flushMirror(): Promise<void> {
  return writer.flush();
}

export function blockMirror(reason: string): void {
  blockedReason = reason;
  writer.cancel();
}

export function resetMirrorSync(): void {
  writer.cancel();
  writer = new Autosaver(writeOnce, MIRROR_TIMING);
  blockedReason = null;
}

async function writeOnce(): Promise<void> {
  const api = templatesBridge();
  if (!api || blockedReason !== null) return;
  let result: Awaited<ReturnType<typeof api.writeMirror>>;
  try {
    result = await api.writeMirror({ templates: await userTemplates() });
  } catch (error) {
    result = { ok: false, code: 'INTERNAL', message: String(error) };
  }
  // On failure the next change tries again (each write carries the whole set); retrying
  // on a timer would only hammer a full or read-only disk.
  setTemplatesState({ mirrorError: result.ok ? null : result.message });
}
