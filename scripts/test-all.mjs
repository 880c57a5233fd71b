#!/usr/bin/env node
/**
 * `npm test`: every gate CI runs, in order, and one closing line `N passed, N failed`
 * counting every test of every runner (each static check counts as one).
 * All steps run even when one fails, so one run shows everything that is wrong.
 */
import { spawn } from 'node:child_process';
import { mkdir, readFile, rm } from 'node:fs/promises';

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const VITEST_REPORT = '.tmp/vitest-report.json';

const CHECKS = [
  ['typecheck (main, preload, shared, tests)', ['tsc', '-p', 'tsconfig.node.json', '--noEmit']],
  ['typecheck (renderer)', ['tsc', '-p', 'tsconfig.web.json', '--noEmit']],
  ['lint', ['eslint', '.', '--max-warnings=0']],
  ['format', ['prettier', '--check', '.']],
  ['build', ['electron-vite', 'build']],
  ['build (phone page)', ['vite', 'build', '--config', 'vite.phone.config.ts']],
  ['build (ballot file)', ['vite', 'build', '--config', 'vite.ballotFile.config.ts']],
  ['electron security', ['node', 'scripts/check-security.mjs'], { bare: true }],
];

function run(args, { bare = false } = {}) {
  const [cmd, ...rest] = bare ? args : [npx, ...args];
  return new Promise((resolve) => {
    const child = spawn(cmd, rest, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '1' } });
    child.on('exit', (code) => resolve(code ?? 1));
    child.on('error', () => resolve(1));
  });
}

let passed = 0;
let failed = 0;
let skipped = 0;
const failures = [];

for (const [name, args, options] of CHECKS) {
  console.log(`\n▶ ${name}`);
  const code = await run(args, options);
  if (code === 0) passed++;
  else {
    failed++;
    failures.push(name);
  }
}

console.log('\n▶ vitest (unit, dom, e2e in Chromium)');
await mkdir('.tmp', { recursive: true });
await rm(VITEST_REPORT, { force: true });
const vitestCode = await run([
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${VITEST_REPORT}`,
]);
try {
  const report = JSON.parse(await readFile(VITEST_REPORT, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests + (report.numTodoTests ?? 0);
  if (report.numFailedTests > 0) failures.push(`${report.numFailedTests} vitest test(s)`);
  if (vitestCode !== 0 && report.numFailedTests === 0) {
    failed++;
    failures.push('vitest (a suite failed to load or run)');
  }
} catch {
  failed++;
  failures.push('vitest (no report written)');
}

console.log('');
if (failures.length > 0) console.log(`Failed: ${failures.join('; ')}`);
console.log(`${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`);
process.exitCode = failed > 0 ? 1 : 0;
