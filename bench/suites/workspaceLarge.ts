import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { benchAppCore } from '../appCore';
import { largeWorkspaceText } from '../../tests/support/largeWorkspace';
import { makeTempDir } from '../../tests/support/tempDir';
import { round, withPeer, type BenchEntry } from '../measure';

const APP = 'app://offsite/index.html';
const WORKER = resolve('out/main/workspaceDecodeWorker.js');
const RUNS = 5;

/**
 * Opening a 49 MB workspace (5,000 priorities, 20,000 links, 100 rounds): the longest
 * stall of the main process's event loop while `workspace:open` runs, measured with
 * monitorEventLoopDelay. Ours decodes in the worker and hands the document to the window
 * beside the reply; the peer is the same open decoding on the main thread, as before.
 */
export default async function runLargeWorkspaceBench(): Promise<Record<string, BenchEntry>> {
  const root = await makeTempDir('offsite-bench-large-');
  try {
    const folder = join(root.path, 'Large');
    await mkdir(folder);
    const text = largeWorkspaceText();
    await writeFile(join(folder, 'workspace.json'), text);
    const mb = (Buffer.byteLength(text) / 1024 / 1024).toFixed(1);
    const stall = async (withWorker: boolean) => {
      const core = benchAppCore(
        { dataDir: join(root.path, withWorker ? 'data-worker' : 'data-main'), documentsDir: root.path },
        APP,
        withWorker ? { decodeWorker: WORKER } : {},
      );
      const worst: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const delay = monitorEventLoopDelay({ resolution: 10 });
        delay.enable();
        const reply = await core.dispatch('workspace:open', { path: folder }, APP);
        delay.disable();
        if (!reply.ok) throw new Error(reply.message);
        worst.push(delay.max / 1e6);
        await core.dispatch('workspace:close', { handle: (reply.value as { handle: string }).handle }, APP);
      }
      await core.dispose();
      return round(worst.sort((a, b) => a - b)[Math.floor(RUNS / 2)]!);
    };
    const ours = await stall(true);
    const peer = await stall(false);
    return {
      'workspace.open.49MB.stall': withPeer(ours, peer, {
        budget: 100,
        note: `longest main-loop stall during workspace:open of a ${mb} MiB file, median of ${RUNS}; peer: the same open decoding on the main thread`,
      }),
    };
  } finally {
    await root.cleanup();
  }
}
