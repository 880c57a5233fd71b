import { type ChildProcess, spawn } from 'node:child_process';
import type * as Esbuild from 'esbuild';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isTempFileName } from '../../../src/main/services/atomicWrite';
import { nodeFsPort } from '../../../src/main/services/fsPort';
import {
  readWorkspaceFile,
  WORKSPACE_FILE,
  writeWorkspaceFile,
} from '../../../src/main/services/workspaceFile';
import { decodeWorkspace, encodeWorkspace } from '../../../src/shared/domain/workspace';
import { makeTempDir } from '../../support/tempDir';
import { crashVersions } from './crashSafety.child';

/**
 * docs/quality.md D1: saves are atomic. A child process alternately saves version A and B of a
 * ~0.5 MB workspace through the production save path (writeWorkspaceFile → writeFileAtomic);
 * we SIGKILL it at a random moment, CRASH_KILLS times (default 200), and every time
 * workspace.json must be byte-for-byte A or B and must decode. Each folder is reused round
 * after round, so every new child saves over the previous survivor and over whatever temp
 * files the crashes left behind.
 *
 * Env: CRASH_KILLS (default 200), CRASH_PARALLEL (children at once, default 4),
 * CRASH_SEED (kill-delay PRNG seed, default 209), CRASH_RUNNER=tsx (run the child through
 * `node --import tsx` instead of a one-off bundle of it; same code, ~3x the start-up CPU).
 */

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '../../..');
const CHILD_SCRIPT = join(HERE, 'crashSafety.child.ts');

const KILLS = positiveInt('CRASH_KILLS', 200);
const PARALLEL = positiveInt('CRASH_PARALLEL', 4);
const SEED = positiveInt('CRASH_SEED', 209);
/** Kills land 0–150 ms after the child's first completed save; one save takes ~5 ms. */
const MAX_DELAY_MS = 150;
const READY_TIMEOUT_MS = 30_000;

function positiveInt(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`${name} must be a positive integer, got ${raw}`);
  return value;
}

/** mulberry32: small, seeded, good enough to scatter kill times reproducibly. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

type Folder = { path: string; cleanup: () => Promise<void> };
const folders: Folder[] = [];
const live = new Set<ChildProcess>();
/** Set on the first failure and in afterAll: no child is started after it. */
let stopped = false;

/** How to start the child: node arguments before the folder argument. */
let childArgs: { label: string; args: string[] } = {
  label: 'tsx',
  args: ['--import', 'tsx', CHILD_SCRIPT],
};

beforeAll(async () => {
  if (process.env.CRASH_RUNNER === 'tsx') return;
  // Starting the child through tsx costs ~0.4 s of CPU each time, 200+ times. The same
  // source bundled once (esbuild, the transpiler tsx itself uses) starts in ~0.1 s.
  // Without esbuild the test still runs, through tsx.
  let esbuild: typeof Esbuild;
  try {
    esbuild = await import('esbuild');
  } catch {
    return;
  }
  const folder = await makeTempDir('offsite-crash-child-');
  folders.push(folder);
  const outfile = join(folder.path, 'crashSafety.child.mjs');
  await esbuild.build({
    entryPoints: [CHILD_SCRIPT],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'silent',
  });
  childArgs = { label: 'bundled', args: [outfile] };
}, 60_000);

afterAll(async () => {
  stopped = true;
  const children = [...live];
  for (const child of children) child.kill('SIGKILL');
  await Promise.all(children.map(exited));
  await Promise.all(folders.map((f) => f.cleanup()));
});

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => child.once('exit', () => done()));
}

/** Start a saving child in `dir`; resolves once it has completed its first save. */
function startSaver(dir: string): Promise<ChildProcess> {
  if (stopped) return Promise.reject(new Error('stopped after an earlier failure'));
  const child = spawn(process.execPath, [...childArgs.args, dir], {
    cwd: ROOT,
    // stdin stays open for the child's lifetime: the child exits when it closes.
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  live.add(child);
  child.once('exit', () => live.delete(child));
  return new Promise((ready, fail) => {
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(new Error(`child not ready after ${READY_TIMEOUT_MS} ms; stderr: ${stderr}`));
    }, READY_TIMEOUT_MS);
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      if (stdout.includes('ready\n')) {
        clearTimeout(timer);
        ready(child);
      }
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.once('error', (error) => {
      clearTimeout(timer);
      fail(error);
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      fail(new Error(`child exited before its first save (code ${code}, signal ${signal}); ${stderr}`));
    });
  });
}

describe('crash safety (docs/quality.md D1)', () => {
  it(`SIGKILL mid-save ${KILLS} times: workspace.json is always exactly A or B, never torn`, async () => {
    const { a, b } = crashVersions();
    const bytesA = Buffer.from(encodeWorkspace(a), 'utf8');
    const bytesB = Buffer.from(encodeWorkspace(b), 'utf8');
    expect(bytesA.equals(bytesB)).toBe(false);

    const random = prng(SEED);
    const delays = Array.from({ length: KILLS }, () => Math.floor(random() * (MAX_DELAY_MS + 1)));

    const tally = { kills: 0, torn: 0, a: 0, b: 0, tempLeft: 0, killsLeavingTemp: 0 };
    const problems: string[] = [];
    let next = 0;

    async function killRounds(): Promise<void> {
      const folder = await makeTempDir('offsite-crash-');
      folders.push(folder);
      const dir = folder.path;
      const knownTemps = new Set<string>();
      for (let k = next++; k < KILLS && !stopped; k = next++) {
        // For k > 0 in this folder, `ready` also proves the first save after a crash
        // succeeds, over the survivor and over every temp file left so far.
        const child = await startSaver(dir);
        await sleep(delays[k]!);
        child.kill('SIGKILL');
        await exited(child);
        tally.kills++;

        let bytes: Buffer | undefined;
        try {
          bytes = await readFile(join(dir, WORKSPACE_FILE));
        } catch (error) {
          problems.push(`kill ${k}: ${WORKSPACE_FILE} unreadable: ${String(error)}`);
        }
        if (bytes?.equals(bytesA)) tally.a++;
        else if (bytes?.equals(bytesB)) tally.b++;
        else {
          tally.torn++;
          if (bytes) problems.push(`kill ${k} (${delays[k]} ms in): torn file of ${bytes.length} bytes`);
        }
        if (bytes && !decodeWorkspace(bytes.toString('utf8')).ok) {
          problems.push(`kill ${k}: ${WORKSPACE_FILE} does not decode`);
        }

        const temps = (await readdir(dir)).filter(isTempFileName);
        const fresh = temps.filter((name) => !knownTemps.has(name));
        fresh.forEach((name) => knownTemps.add(name));
        tally.tempLeft += fresh.length;
        if (fresh.length > 0) tally.killsLeavingTemp++;

        // Leftover temp files must never stop the workspace from opening.
        try {
          const { workspace } = await readWorkspaceFile(nodeFsPort, dir);
          if (workspace.id !== a.id && workspace.id !== b.id) {
            problems.push(`kill ${k}: opened an unexpected workspace ${workspace.id}`);
          }
        } catch (error) {
          problems.push(`kill ${k}: readWorkspaceFile failed: ${String(error)}`);
        }
      }

      // One more save, in-process, over whatever the crashes left; then open it again.
      await writeWorkspaceFile(nodeFsPort, dir, b);
      expect((await readFile(join(dir, WORKSPACE_FILE))).equals(bytesB)).toBe(true);
      expect((await readWorkspaceFile(nodeFsPort, dir)).workspace).toEqual(b);
    }

    async function worker(): Promise<void> {
      try {
        await killRounds();
      } catch (error) {
        stopped = true;
        throw error;
      }
    }

    const started = performance.now();
    // Let every worker finish (or stop) before failing, so none starts a child afterwards.
    const outcomes = await Promise.allSettled(
      Array.from({ length: Math.min(PARALLEL, KILLS) }, () => worker()),
    );
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `crash safety: ${tally.kills} kills, ${tally.torn} torn files, A ${tally.a} / B ${tally.b}, ` +
        `${tally.tempLeft} leftover temp files (after ${tally.killsLeavingTemp} kills), ` +
        `${childArgs.label} child, ${PARALLEL} at a time, seed ${SEED}, ${seconds.toFixed(1)} s`,
    );
    const failure = outcomes.find((o) => o.status === 'rejected');
    if (failure) throw failure.reason;

    expect(problems.slice(0, 20)).toEqual([]);
    expect(tally.torn).toBe(0);
    expect(tally.kills).toBe(KILLS);
    expect(tally.a + tally.b).toBe(KILLS);
    if (KILLS >= 50) {
      // The kills really land mid-save (a temp file exists only between open and rename),
      // and both versions survive some of them.
      expect(tally.killsLeavingTemp).toBeGreaterThan(0);
      expect(tally.a).toBeGreaterThan(0);
      expect(tally.b).toBeGreaterThan(0);
    }
  }, 240_000);
});
