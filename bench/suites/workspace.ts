import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { benchAppCore } from '../appCore';
import { encodeWorkspace } from '../../src/shared/domain/workspace';
import type { OpenedWorkspace } from '../../src/shared/ipc/contract';
import { parseDocument } from '../../src/main/services/workspaceDecoder';
import { bigWorkspace } from '../../tests/support/workspaceArbitrary';
import { makeTempDir } from '../../tests/support/tempDir';
import { medianMs, withPeer, type BenchEntry } from '../measure';

const APP = 'app://offsite/index.html';

/** An open reply as it crosses IPC: the document is named by a URL (DocumentOutbox). */
type OpenedOnWire = Omit<OpenedWorkspace, 'workspace'> & { workspace: { documentUrl: string } };

/** What the window's api does with the reply: fetch the named document and parse it. */
function receive(o: OpenedOnWire, take: (token: string) => Uint8Array | undefined) {
  const document = take(new URL(o.workspace.documentUrl).pathname.split('/').pop()!);
  if (!document) throw new Error('the opened document was not handed over');
  return parseDocument(document);
}

/**
 * Save and open of a 1,000-priority, 1,500-link workspace through the IPC dispatcher and
 * the real service, as the renderer calls them (payload validation, conflict check,
 * atomic write with fsync). The peer is the naive way: `writeFile(JSON.stringify(w))` in
 * place and `JSON.parse(readFile())`, with no checks at all.
 */
export default async function runWorkspaceBench(): Promise<Record<string, BenchEntry>> {
  const root = await makeTempDir('offsite-bench-');
  try {
    const documentsDir = join(root.path, 'Documents');
    await mkdir(documentsDir);
    const { dispatch, takeDocument } = benchAppCore({ dataDir: join(root.path, 'data'), documentsDir }, APP);
    const call = async <T>(channel: string, payload: unknown): Promise<T> => {
      const result = await dispatch(channel, payload, APP);
      if (!result.ok) throw new Error(`${channel}: ${result.message}`);
      return result.value as T;
    };
    const input = { name: 'Bench', kind: 'qbr', period: '2027-Q1', organisation: 'Northwind' };
    const opened = await call<OpenedOnWire>('workspace:create', { input, parentDir: documentsDir });
    const big = { ...bigWorkspace(1000, 1500), id: receive(opened, takeDocument).id };
    let flip = 0;
    const save = await medianMs(() =>
      call('workspace:save', {
        handle: opened.handle,
        workspace: { ...big, organisation: `Northwind ${flip++ % 2}` },
      }),
    );
    const naiveFile = join(root.path, 'naive.json');
    const naiveSave = await medianMs(() => writeFile(naiveFile, encodeWorkspace(big)));

    await call('workspace:close', { handle: opened.handle });
    const open = await medianMs(async () => {
      // Opened as the window sees it: the reply, then the document it names.
      const o = await call<OpenedOnWire>('workspace:open', { path: opened.path });
      receive(o, takeDocument);
      await call('workspace:close', { handle: o.handle });
    });
    const naiveOpen = await medianMs(async () => JSON.parse(await readFile(naiveFile, 'utf8')) as unknown);
    const kb = (encodeWorkspace(big).length / 1024).toFixed(0);
    const note = `${kb} kB file, through IPC dispatch; peer: unvalidated in-place write / JSON.parse`;
    return {
      'workspace.save.1000': withPeer(save, naiveSave, { budget: 50, note }),
      'workspace.open.1000': withPeer(open, naiveOpen, { budget: 100, note }),
    };
  } finally {
    await root.cleanup();
  }
}
