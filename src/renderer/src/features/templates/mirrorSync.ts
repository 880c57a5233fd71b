import { templatesBridge } from './api';
import { userTemplates } from './repository';
import { setTemplatesState } from './store';

/**
 * Keeps main's disk copy of the user's templates (docs/quality.md I2) in step with IndexedDB:
 * a write shortly after the last change, one at a time, always of the whole current set
 * (so a lost write is repaired by the next one).
 */
const QUIET_MS = 300;

let timer: ReturnType<typeof setTimeout> | null = null;
let running: Promise<void> | null = null;
let dirty = false;
/** Set when the disk copy must not be overwritten (it holds templates we could not restore). */
let blockedReason: string | null = null;

export function scheduleMirror(): void {
  dirty = true;
  if (blockedReason !== null || running) return;
  if (timer) clearTimeout(timer);
  timer = setTimeout(() => void flushMirror(), QUIET_MS);
}

/** Writes now if anything changed; resolves when the disk copy is current (or failed). */
export async function flushMirror(): Promise<void> {
  if (timer) clearTimeout(timer);
  timer = null;
  if (running) await running;
  if (!dirty || blockedReason !== null) return;
  running = writeOnce().finally(() => (running = null));
  await running;
  if (dirty) scheduleMirror();
}

export function blockMirror(reason: string): void {
  blockedReason = reason;
}

export function resetMirrorSync(): void {
  if (timer) clearTimeout(timer);
  timer = null;
  running = null;
  dirty = false;
  blockedReason = null;
}

async function writeOnce(): Promise<void> {
  const api = templatesBridge();
  if (!api) return;
  dirty = false;
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
