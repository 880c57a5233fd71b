import { createHash } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import {
  decodeWorkspace,
  encodeWorkspace,
  MIGRATIONS,
  type Migration,
  type Workspace,
  type WorkspaceDecodeError,
} from '../../shared/domain/workspace';

/** What the main process needs of a workspace it opens without holding the whole document. */
export type WorkspaceSummary = Pick<Workspace, 'id' | 'name' | 'kind' | 'period' | 'organisation'>;

/**
 * A workspace file decoded, as bytes and facts rather than an object graph: `document` is
 * the validated, current-format workspace as UTF-8 JSON (what the window receives and
 * parses itself), and `upgraded` the file to write when an older format was migrated.
 * Bytes, not strings, because bytes move between threads without a copy.
 */
export type DecodedFile =
  | {
      ok: true;
      summary: WorkspaceSummary;
      document: Uint8Array;
      /** SHA-256 of the bytes as read: the conflict check's fingerprint. */
      hash: string;
      fromVersion: number;
      migrated: boolean;
      newerVersion?: number;
      upgraded?: { bytes: Uint8Array; hash: string };
    }
  | WorkspaceDecodeError;

export type WorkspaceDecoder = (bytes: Uint8Array) => Promise<DecodedFile>;

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

/** The whole decode, in whichever thread runs it. */
export function decodeFileBytes(bytes: Uint8Array, migrations: readonly Migration[]): DecodedFile {
  const decoded = decodeWorkspace(
    Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'),
    migrations,
  );
  if (!decoded.ok) return decoded;
  const w = decoded.workspace;
  const utf8 = new TextEncoder();
  const upgraded = decoded.migrated ? utf8.encode(encodeWorkspace(w)) : undefined;
  return {
    ok: true,
    summary: { id: w.id, name: w.name, kind: w.kind, period: w.period, organisation: w.organisation },
    document: utf8.encode(JSON.stringify(w)),
    hash: sha256(bytes),
    fromVersion: decoded.fromVersion,
    migrated: decoded.migrated,
    ...(decoded.newerVersion !== undefined ? { newerVersion: decoded.newerVersion } : {}),
    ...(upgraded !== undefined ? { upgraded: { bytes: upgraded, hash: sha256(upgraded) } } : {}),
  };
}

/** Decodes on the calling thread: for small files, tests with their own migrations, and fallback. */
export function inlineDecoder(migrations: readonly Migration[] = MIGRATIONS): WorkspaceDecoder {
  return (bytes) => Promise.resolve(decodeFileBytes(bytes, migrations));
}

/** Below this a decode takes a few milliseconds: not worth a trip to the worker. */
export const WORKER_FROM_BYTES = 512 * 1024;

type Pending = { resolve: (d: DecodedFile) => void; reject: (e: Error) => void };

/**
 * Large files are decoded in a worker thread, so opening a 49 MB workspace never blocks
 * the main process (its window, its other saves) for more than a moment: parsing, the
 * schema check, migration and hashing all happen there. Nothing large is copied: the
 * file's bytes are read into shared memory (regularFile.ts) and the answer's bytes are
 * transferred back. (A 49 MB string or object sent either way costs this thread a
 * quarter of a second to rebuild.) One worker, started on first use, kept while it is useful and never
 * keeping the app alive; if it cannot start or dies, the file is decoded here instead and
 * the next large file starts a new worker.
 */
export function workerDecoder(
  script: string | URL,
  options: { execArgv?: string[]; fallback?: WorkspaceDecoder } = {},
): WorkspaceDecoder & { close: () => Promise<void> } {
  const fallback = options.fallback ?? inlineDecoder();
  let worker: Worker | null = null;
  const pending = new Map<number, Pending>();
  let nextId = 0;

  const failAll = (error: Error) => {
    for (const p of pending.values()) p.reject(error);
    pending.clear();
  };
  const start = (): Worker => {
    const w = new Worker(script, { execArgv: options.execArgv ?? [] });
    w.unref();
    w.on('message', (m: { id: number; result: DecodedFile }) => {
      const p = pending.get(m.id);
      pending.delete(m.id);
      if (pending.size === 0) w.unref();
      p?.resolve(m.result);
    });
    w.on('error', (e) => failAll(e instanceof Error ? e : new Error(String(e))));
    w.on('exit', () => {
      if (worker === w) worker = null;
      failAll(new Error('The workspace reader stopped unexpectedly.'));
    });
    return w;
  };

  const decode = (bytes: Uint8Array): Promise<DecodedFile> => {
    if (bytes.byteLength < WORKER_FROM_BYTES) return fallback(bytes);
    worker ??= start();
    const w = worker;
    const id = nextId++;
    const inWorker = new Promise<DecodedFile>((resolve, reject) => {
      pending.set(id, { resolve, reject });
      w.ref(); // a decode under way keeps the process up until it answers
      w.postMessage({ id, bytes });
    });
    // A worker that cannot start or dies must never stop a workspace from opening.
    return inWorker.catch(() => fallback(bytes));
  };
  return Object.assign(decode, {
    close: async () => {
      const w = worker;
      worker = null;
      if (w) await w.terminate();
    },
  });
}

/** Parses a decoded document (UTF-8 JSON) in this thread. */
export const parseDocument = (document: Uint8Array): Workspace =>
  JSON.parse(
    Buffer.from(document.buffer, document.byteOffset, document.byteLength).toString('utf8'),
  ) as Workspace;

/** Marks an opened workspace whose document is held as the decoder's bytes. */
const DOCUMENT = Symbol('workspace document bytes');
type WithDocument = { [DOCUMENT]?: Uint8Array };

/**
 * An opened workspace whose document is the decoder's bytes: in this process `workspace`
 * is parsed only if something reads it (tests do; the app does not), and `onWire` hands
 * the bytes to the window by another road than the IPC reply.
 */
export function openedFromDocument<F extends object>(
  facts: F,
  document: Uint8Array,
): F & { workspace: Workspace } {
  let parsed: Workspace | undefined;
  const opened = { ...facts } as F & { workspace: Workspace } & WithDocument;
  Object.defineProperty(opened, 'workspace', {
    enumerable: true,
    get: () => (parsed ??= parseDocument(document)),
  });
  Object.defineProperty(opened, DOCUMENT, { value: document });
  return opened;
}

/** The document bytes of a reply built by openedFromDocument, if it is one. */
export const documentOf = (value: unknown): Uint8Array | undefined =>
  typeof value === 'object' && value !== null ? (value as WithDocument)[DOCUMENT] : undefined;
