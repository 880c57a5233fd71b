import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../src/main/ipc/dispatch';
import { createHandlers } from '../../../src/main/ipc/handlers';
import { resolveDocumentRequest } from '../../../src/main/services/appProtocol';
import { DocumentOutbox } from '../../../src/main/services/documentOutbox';
import {
  decodeFileBytes,
  inlineDecoder,
  parseDocument,
  workerDecoder,
  WORKER_FROM_BYTES,
} from '../../../src/main/services/workspaceDecoder';
import { encodeWorkspace, MIGRATIONS } from '../../../src/shared/domain/workspace';
import { buildApi } from '../../../src/shared/ipc/api';
import { CHANNEL_NAMES } from '../../../src/shared/ipc/channels';
import { makeTempDir } from '../../support/tempDir';
import { bigWorkspace } from '../../support/workspaceArbitrary';
import { makeServices } from '../../support/services';

const sha256 = (s: string | Uint8Array) => createHash('sha256').update(s).digest('hex');
const bytesOf = (text: string) => new TextEncoder().encode(text);

describe('decoding a workspace file to text and facts', () => {
  it('gives the validated workspace as JSON, its summary and the hash of the bytes as read', () => {
    const w = bigWorkspace(30, 20);
    const text = encodeWorkspace(w);
    const decoded = decodeFileBytes(bytesOf(text), MIGRATIONS);
    if (!decoded.ok) throw new Error(decoded.message);
    expect(parseDocument(decoded.document)).toEqual(w);
    expect(decoded.summary).toEqual({
      id: w.id,
      name: w.name,
      kind: w.kind,
      period: w.period,
      organisation: w.organisation,
    });
    expect(decoded.hash).toBe(sha256(text));
    expect(decoded.migrated).toBe(false);
    expect(decoded.upgraded).toBeUndefined();
  });

  it('after a migration, carries the file in today’s format and that text’s hash', () => {
    const w = bigWorkspace(5, 2);
    // The previous format, as a test step: it only lacked the organisation, which the step adds.
    const { organisation, ...rest } = w;
    const old = { ...rest, schemaVersion: w.schemaVersion - 1 };
    const migrations = [(doc: Record<string, unknown>) => ({ ...doc, organisation })];
    const decoded = decodeFileBytes(bytesOf(JSON.stringify(old)), migrations);
    if (!decoded.ok) throw new Error(decoded.message);
    expect(decoded.migrated).toBe(true);
    expect(new TextDecoder().decode(decoded.upgraded?.bytes)).toBe(encodeWorkspace(w));
    expect(decoded.upgraded?.hash).toBe(sha256(encodeWorkspace(w)));
  });

  it('refuses a damaged file with the same reason in every thread', async () => {
    const decoded = await inlineDecoder()(bytesOf('{"schemaVersion": 3, "name": '));
    expect(decoded).toMatchObject({ ok: false, code: 'CORRUPT' });
  });
});

describe('the worker decoder', () => {
  it('never stops a workspace from opening: a worker that cannot start leaves the decode to this thread', async () => {
    const dir = await makeTempDir('offsite-worker-');
    try {
      const broken = join(dir.path, 'broken-worker.mjs');
      await writeFile(broken, 'throw new Error("no worker today");\n');
      const decode = workerDecoder(broken);
      const w = bigWorkspace(1600, 100);
      const text = encodeWorkspace(w);
      expect(text.length).toBeGreaterThan(WORKER_FROM_BYTES);
      const decoded = await decode(bytesOf(text));
      await decode.close();
      expect(decoded.ok && parseDocument(decoded.document)).toEqual(w);
    } finally {
      await dir.cleanup();
    }
  });

  it('a worker that dies mid-decode is replaced by a decode here', async () => {
    const dir = await makeTempDir('offsite-worker-');
    try {
      const dying = join(dir.path, 'dying-worker.mjs');
      const marker = join(dir.path, 'reached');
      await writeFile(
        dying,
        `import { parentPort } from "node:worker_threads";\nimport { writeFileSync } from "node:fs";\n` +
          `parentPort.on("message", () => { writeFileSync(${JSON.stringify(marker)}, "yes"); process.exit(3); });\n`,
      );
      const decode = workerDecoder(dying);
      const w = bigWorkspace(1600, 100);
      const decoded = await decode(bytesOf(encodeWorkspace(w)));
      await decode.close();
      expect(await readFile(marker, 'utf8')).toBe('yes'); // the worker had the file when it died
      expect(decoded.ok && decoded.summary.id).toBe(w.id);
    } finally {
      await dir.cleanup();
    }
  });
});

describe('an opened workspace reaches the window beside the IPC reply', () => {
  it('the reply names a one-time URL on the asking page’s origin; the app serves the document there once', async () => {
    const s = await makeServices();
    try {
      const created = await s.workspaces.create(
        { name: 'Handed over', kind: 'qbr', period: '2027-Q1', organisation: 'Northwind' },
        s.documents,
      );
      await s.workspaces.close(created.handle);
      const outbox = new DocumentOutbox();
      const handlers = createHandlers({
        workspaces: s.workspaces,
        recents: s.recents,
        dialogs: {} as never, // no dialog is opened by this channel
        info: {} as never,
      });
      const dispatch = createDispatcher(handlers, {
        isTrustedSender: () => true,
        replyOnWire: (value, senderUrl) => outbox.onWire(value, senderUrl),
      });
      const raw = (await dispatch('workspace:open', { path: created.path }, 'app://offsite/index.html')) as {
        ok: true;
        value: { path: string; workspace: { documentUrl: string } };
      };
      expect(raw.value.path).toBe(created.path);
      const url = raw.value.workspace.documentUrl;
      expect(url).toMatch(/^app:\/\/offsite\/documents\/[0-9a-f]{32}$/);

      const served = resolveDocumentRequest(url, 'offsite', (t) => outbox.take(t));
      expect(served?.status).toBe(200);
      expect(served?.headers).toMatchObject({
        'Content-Type': 'application/json',
        'Cache-Control': 'no-store',
      });
      expect(parseDocument(served!.body!).name).toBe('Handed over');
      // Once only; a made-up token, another host or another path gets nothing.
      expect(resolveDocumentRequest(url, 'offsite', (t) => outbox.take(t))?.status).toBe(404);
      const made = `app://offsite/documents/${'0'.repeat(32)}`;
      expect(resolveDocumentRequest(made, 'offsite', (t) => outbox.take(t))?.status).toBe(404);
      expect(
        resolveDocumentRequest(url.replace('offsite', 'evil'), 'offsite', () => new Uint8Array(1)),
      ).toBeUndefined();
      expect(
        resolveDocumentRequest('app://offsite/documents/../index.html', 'offsite', () => new Uint8Array(1)),
      ).toBeUndefined();
    } finally {
      await s.cleanup();
    }
  });

  it('the window’s api fetches the named document and gives the caller the workspace; a failed fetch is a plain refusal', async () => {
    const w = bigWorkspace(3, 1);
    const realFetch = globalThis.fetch;
    const reply = {
      ok: true,
      value: {
        handle: 'h',
        path: '/x',
        readOnly: false,
        workspace: { documentUrl: 'app://offsite/documents/abc' },
      },
    };
    const api = buildApi(
      CHANNEL_NAMES,
      () => Promise.resolve(structuredClone(reply)),
      () => () => undefined,
    );
    try {
      globalThis.fetch = () => Promise.resolve(new Response(JSON.stringify(w)));
      const opened = await api.workspace.open({ path: '/x' });
      expect(opened.ok && opened.value.workspace).toEqual(w);
      globalThis.fetch = () => Promise.resolve(new Response(null, { status: 404 }));
      const failed = await api.workspace.open({ path: '/x' });
      expect(failed).toMatchObject({ ok: false, code: 'IO', details: 'HTTP 404' });
      expect(!failed.ok && failed.message).toMatch(/Nothing was changed/);
    } finally {
      globalThis.fetch = realFetch;
    }
  });

  it('leaves other replies as they are', () => {
    const outbox = new DocumentOutbox();
    const plain = { handle: 'h', path: '/x', readOnly: false, workspace: bigWorkspace(2, 1) };
    expect(outbox.onWire(plain, 'app://offsite/')).toBe(plain);
    expect(outbox.onWire(null, 'app://offsite/')).toBeNull();
  });
});
