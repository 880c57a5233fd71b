#!/usr/bin/env node
/**
 * Makes sure Electron's binary is on this machine before `npm start`, `npm run dev` and
 * `npm run dist`, then (optionally) runs a package binary with the path handed over.
 *
 *   node scripts/ensure-electron.mjs                      prints the Electron executable's path
 *   node scripts/ensure-electron.mjs electron-vite preview runs `electron-vite preview` with it
 *
 * Since Electron 45 the `electron` package has no install script: its index.js downloads
 * the binary on the first `require('electron')` (by running its install.js) and writes
 * `path.txt`. electron-vite does not require it; it only reads `path.txt` (or
 * ELECTRON_EXEC_PATH) and throws "Electron uninstall" when that file is missing. So this
 * step runs the same install.js index.js runs, and hands electron-vite the resolved path
 * through ELECTRON_EXEC_PATH, which electron-vite reads before `path.txt`: that is also how
 * an unpacked Electron given in ELECTRON_OVERRIDE_DIST_PATH reaches it.
 *
 * When the binary cannot be had, it prints one sentence saying what failed and what to do,
 * never a stack trace, and exits with status 1.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const requireFromProject = createRequire(join(projectRoot, 'package.json'));

class ElectronUnavailable extends Error {}

/** The executable's place inside an unpacked Electron, as Electron's install.js names it. */
function executableInDist(platform = process.env.ELECTRON_INSTALL_PLATFORM || process.platform) {
  if (platform === 'darwin' || platform === 'mas') return 'Electron.app/Contents/MacOS/Electron';
  if (platform === 'win32') return 'electron.exe';
  return 'electron';
}

function readIfExists(path) {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

/** The same test Electron's install.js makes before it downloads anything. */
function isInstalled(electronDir, version) {
  const distVersion = readIfExists(join(electronDir, 'dist', 'version'));
  const pathTxt = readIfExists(join(electronDir, 'path.txt'));
  return (
    distVersion !== null &&
    distVersion.trim().replace(/^v/, '') === version &&
    pathTxt !== null &&
    existsSync(join(electronDir, 'dist', pathTxt))
  );
}

/** The first line of an error report, without its class name: "fetch failed". */
function firstLineOf(report) {
  const line = report.split('\n').find((l) => l.trim() !== '') ?? '';
  return line
    .trim()
    .replace(/^[A-Za-z]*Error:\s*/, '')
    .slice(0, 200);
}

function download(electronDir, version) {
  const target = `${process.env.ELECTRON_INSTALL_PLATFORM || process.platform}-${process.env.ELECTRON_INSTALL_ARCH || process.arch}`;
  console.log(`Downloading Electron ${version} for ${target} (first run only)…`);
  // install.js is what Electron's index.js runs on first require; it prints a stack trace
  // on failure, so its error output is kept and boiled down to its first line.
  const result = spawnSync(process.execPath, [join(electronDir, 'install.js')], {
    cwd: electronDir,
    stdio: ['ignore', 'inherit', 'pipe'],
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    const cause = firstLineOf(result.error?.message ?? result.stderr ?? '') || 'no reason given';
    throw new ElectronUnavailable(
      `Could not download Electron ${version} for ${target} (${cause}): check the network or proxy, ` +
        `or set ELECTRON_MIRROR to a mirror you can reach, or set ELECTRON_OVERRIDE_DIST_PATH ` +
        `to the folder of an unpacked Electron ${version}, then run the command again.`,
    );
  }
}

/** The Electron executable to run, downloading it first if this machine has none yet. */
function ensureElectron() {
  const electronDir = dirname(requireFromProject.resolve('electron/package.json'));
  const { version } = JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8'));

  const given = process.env.ELECTRON_EXEC_PATH;
  if (given) {
    if (existsSync(given)) return given;
    throw new ElectronUnavailable(
      `ELECTRON_EXEC_PATH is set to ${given}, but there is no file there: unset it, or point it at an Electron ${version} executable.`,
    );
  }

  const overrideDist = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (overrideDist) {
    // index.js joins the override with path.txt's name; before any download there is no
    // path.txt, so the platform's own name is used (index.js would say "electron" even on macOS).
    const name = readIfExists(join(electronDir, 'path.txt')) ?? executableInDist();
    const executable = resolve(overrideDist, name);
    if (existsSync(executable)) return executable;
    throw new ElectronUnavailable(
      `ELECTRON_OVERRIDE_DIST_PATH is set to ${overrideDist}, but there is no Electron executable at ${executable}: ` +
        `point it at the folder of an unpacked Electron ${version}, or unset it to download Electron.`,
    );
  }

  if (!isInstalled(electronDir, version)) download(electronDir, version);
  // Now index.js finds path.txt and the binary, so requiring it only returns the path.
  const executable = requireFromProject('electron');
  if (typeof executable === 'string' && existsSync(executable)) return executable;
  throw new ElectronUnavailable(
    `Electron ${version} was downloaded but its executable is missing: delete node_modules/electron, run npm install, then run the command again.`,
  );
}

/** Runs a binary of an installed package (e.g. electron-vite) with the Electron path in its environment. */
function runPackageBinary(name, args, electronPath) {
  const packageJsonPath = requireFromProject.resolve(`${name}/package.json`);
  const { bin } = JSON.parse(readFileSync(packageJsonPath, 'utf8'));
  const script = typeof bin === 'string' ? bin : bin?.[name];
  if (!script) throw new ElectronUnavailable(`The package ${name} has no ${name} command.`);
  const child = spawn(process.execPath, [join(dirname(packageJsonPath), script), ...args], {
    cwd: process.cwd(),
    stdio: 'inherit',
    env: { ...process.env, ELECTRON_EXEC_PATH: electronPath },
  });
  // Ctrl+C reaches the child from the terminal itself; a SIGTERM sent to this process is passed on.
  process.on('SIGINT', () => {});
  process.on('SIGTERM', () => child.kill('SIGTERM'));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

function main() {
  const [command, ...args] = process.argv.slice(2);
  try {
    const electronPath = ensureElectron();
    if (command) runPackageBinary(command, args, electronPath);
    else console.log(electronPath);
  } catch (error) {
    if (!(error instanceof ElectronUnavailable)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}

main();
