#!/usr/bin/env node
/**
 * Runs Electronegativity (Doyensec's Electron security linter) over the sources and the
 * built renderer, and fails on any finding that is not justified. Electronegativity
 * itself exits 0 whatever it finds, so we read its SARIF report.
 *
 * A finding is justified by a comment within the three lines above it:
 *   // security-justified CHECK_ID: why this is safe
 * Findings without a location are justified in GLOBAL_JUSTIFICATIONS below.
 */
import { spawn } from 'node:child_process';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ELECTRON_VERSION = JSON.parse(await readFile('package.json', 'utf8')).devDependencies.electron;

/** Checks that can only be judged for the whole app, with why they do not apply. */
const GLOBAL_JUSTIFICATIONS = {};

/**
 * The app as the scanner should see it: the sources plus the built page (whose CSP meta tag
 * is injected at build time). Scanned together, so whole-app checks see both halves.
 */
const TARGETS = [
  ['src', 'src'],
  ['out/renderer', 'renderer-build'],
];

async function scan(input, outFile) {
  await new Promise((ok, fail) => {
    const child = spawn(
      process.execPath,
      [
        resolve('node_modules/@doyensec/electronegativity/dist/index.js'),
        '-i',
        input,
        '-r',
        '-e',
        ELECTRON_VERSION,
        '-o',
        outFile,
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let log = '';
    child.stdout.on('data', (d) => (log += d));
    child.stderr.on('data', (d) => (log += d));
    child.on('exit', (code) =>
      code === 0 ? ok() : fail(new Error(`electronegativity exited ${code}:\n${log}`)),
    );
  });
  const sarif = JSON.parse(await readFile(outFile, 'utf8'));
  return sarif.runs.flatMap((run) =>
    (run.results ?? []).map((r) => {
      const loc = r.locations?.[0]?.physicalLocation;
      const uri = loc?.artifactLocation?.uri ?? '';
      return {
        input,
        check: r.ruleId,
        message: r.message?.text ?? '',
        uri,
        line: loc?.region?.startLine ?? 0,
      };
    }),
  );
}

/** The scanned copy's path back to the project's own. */
function sourcePath(path) {
  for (const [from, to] of TARGETS) {
    const at = path.indexOf(`${to}/`);
    if (at >= 0) return join(from, path.slice(at + to.length + 1));
  }
  return path;
}

async function isJustified(finding) {
  if (finding.uri === '' || (finding.uri.startsWith('file:///') && finding.uri.length <= 8)) {
    return GLOBAL_JUSTIFICATIONS[finding.check] !== undefined;
  }
  const path = finding.uri.startsWith('file:') ? fileURLToPath(finding.uri) : finding.uri;
  const file = isAbsolute(path) ? path : join(finding.input, path);
  finding.source = sourcePath(path);
  const lines = (await readFile(file, 'utf8')).split('\n');
  const context = lines.slice(Math.max(0, finding.line - 4), finding.line).join('\n');
  return new RegExp(`security-justified[^\\n]*\\b${finding.check}\\b`).test(context);
}

const work = await mkdtemp(join(tmpdir(), 'offsite-eneg-'));
try {
  const app = join(work, 'app');
  for (const [from, to] of TARGETS) await cp(from, join(app, to), { recursive: true });
  const findings = await scan(app, join(work, 'report.sarif'));
  const open = [];
  for (const f of findings) if (!(await isJustified(f))) open.push(f);
  for (const f of findings) {
    const mark = open.includes(f) ? 'FAIL' : 'ok  ';
    console.log(`${mark} ${f.check} ${f.uri === 'file:///' ? '(global)' : `${sourcePath(f.uri)}:${f.line}`}`);
  }
  if (open.length > 0) {
    console.error(`\n${open.length} unjustified Electron security finding(s):`);
    for (const f of open) console.error(`- ${f.check}: ${f.message}`);
    console.error(
      'Fix them, or justify each with a "security-justified CHECK_ID: reason" comment above the line.',
    );
    process.exitCode = 1;
  } else {
    console.log(`Electron security check: ${findings.length} finding(s), all justified.`);
  }
} finally {
  await rm(work, { recursive: true, force: true });
}
