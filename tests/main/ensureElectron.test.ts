import { spawn } from 'node:child_process';
import { chmod, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../support/tempDir';

const SCRIPT = resolve('scripts/ensure-electron.mjs');
const ELECTRON_PACKAGE = resolve('node_modules/electron');
const TIME_LIMIT_MS = 60_000;

type Run = { code: number | null; stdout: string; stderr: string };

function runScript(args: string[], env: NodeJS.ProcessEnv): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [SCRIPT, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(new Error(`ensure-electron did not finish within ${TIME_LIMIT_MS} ms`));
    }, TIME_LIMIT_MS);
    child.on('error', fail);
    child.on('close', (code) => {
      clearTimeout(timer);
      done({ code, stdout, stderr });
    });
  });
}

/** A loopback port nothing listens on: a download from it fails at once, with no real network. */
async function closedLoopbackPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  await new Promise<void>((ok) => server.close(() => ok()));
  return port;
}

/**
 * The environment of a machine that has not downloaded Electron: none of the Electron or
 * npm settings of the one running the tests, no proxy, and a download cache of its own.
 */
function cleanEnv(extra: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/electron|proxy|^npm_/i.test(key)) continue;
    env[key] = value;
  }
  return { ...env, ...extra };
}

/** What node_modules/electron holds, with sizes and times, to prove a run left it alone. */
async function electronPackageState(): Promise<string[]> {
  const names = await readdir(ELECTRON_PACKAGE);
  return Promise.all(
    names.sort().map(async (name) => {
      const info = await stat(join(ELECTRON_PACKAGE, name));
      return `${name} ${info.size} ${info.mtimeMs}`;
    }),
  );
}

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((cleanup) => cleanup()));
});

async function tempDir(prefix: string): Promise<string> {
  const dir = await makeTempDir(prefix);
  cleanups.push(dir.cleanup);
  return dir.path;
}

/** An unpacked "Electron" whose executable only records how it was started. */
async function fakeElectronDist(): Promise<{ dist: string; executable: string; record: string }> {
  const dist = await tempDir('offsite-fake-electron-');
  const executable = join(dist, process.platform === 'win32' ? 'electron.exe' : 'electron');
  const record = join(dist, 'started-with.txt');
  await writeFile(executable, `#!/bin/sh\necho "$@" > '${record}'\n`);
  await chmod(executable, 0o755);
  return { dist, executable, record };
}

describe('ensure-electron, the step before npm start, dev and dist', () => {
  it('when the download is impossible, says so in one sentence with what to do, without a stack trace, and fails', async () => {
    const before = await electronPackageState();
    const cache = await tempDir('offsite-electron-cache-');
    const run = await runScript(
      [],
      cleanEnv({
        ELECTRON_MIRROR: `http://127.0.0.1:${await closedLoopbackPort()}/`,
        electron_config_cache: cache,
      }),
    );

    expect(run.code).not.toBe(0);
    const message = run.stderr.trim();
    expect(message.split('\n')).toHaveLength(1);
    expect(message).toMatch(
      /^Could not download Electron \d+\.\d+\.\d+ for \S+ \(.+\): check the network or proxy/,
    );
    expect(message).toContain('ELECTRON_MIRROR');
    expect(message).toContain('ELECTRON_OVERRIDE_DIST_PATH');
    expect(message).toMatch(/\.$/);
    expect(run.stderr + run.stdout).not.toMatch(/^\s+at /m);
    expect(run.stderr + run.stdout).not.toContain('Error:');
    expect(await electronPackageState()).toEqual(before);
  });

  it('with ELECTRON_OVERRIDE_DIST_PATH at an unpacked Electron, passes its executable on without downloading', async () => {
    const before = await electronPackageState();
    const fake = await fakeElectronDist();
    const run = await runScript([], cleanEnv({ ELECTRON_OVERRIDE_DIST_PATH: fake.dist }));

    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toBe(fake.executable);
    expect(await electronPackageState()).toEqual(before);
  });

  it.runIf(process.platform !== 'win32')(
    'electron-vite preview, started through it, runs the Electron found in ELECTRON_OVERRIDE_DIST_PATH',
    async () => {
      const fake = await fakeElectronDist();
      const entry = join(fake.dist, 'main.js');
      const run = await runScript(
        ['electron-vite', 'preview', '--skipBuild'],
        // ELECTRON_ENTRY stands in for the built app, so nothing needs building.
        cleanEnv({ ELECTRON_OVERRIDE_DIST_PATH: fake.dist, ELECTRON_ENTRY: entry }),
      );

      expect(run.stderr).not.toContain('Electron uninstall');
      expect(run.code).toBe(0);
      expect((await readFile(fake.record, 'utf8')).trim()).toBe(entry);
    },
  );

  it('with ELECTRON_OVERRIDE_DIST_PATH at a folder without Electron, names the path it looked at and fails', async () => {
    const empty = await tempDir('offsite-no-electron-');
    const run = await runScript([], cleanEnv({ ELECTRON_OVERRIDE_DIST_PATH: empty }));

    expect(run.code).not.toBe(0);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain(`no Electron executable at ${empty}`);
  });
});
