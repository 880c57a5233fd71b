import { existsSync } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';
import type { BenchEntry } from './measure';
import { within } from './wait';

export type BenchResults = Record<string, BenchEntry>;

/** One benchmark suite: a name (as given on the command line) and what it measures. */
export type Suite = { name: string; run: () => Promise<BenchResults> };

export type SuiteOutcome =
  | { name: string; ok: true; ms: number; entries: string[] }
  | { name: string; ok: false; ms: number; error: string };

/** A suite that has not finished after this long is reported as failed and the run goes on. */
export const DEFAULT_SUITE_TIMEOUT_MS = 10 * 60_000;

/** The per-suite time limit: BENCH_SUITE_TIMEOUT_MS when set (a positive number of ms), else 10 min. */
export function suiteTimeoutMs(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env['BENCH_SUITE_TIMEOUT_MS'];
  if (raw === undefined || raw === '') return DEFAULT_SUITE_TIMEOUT_MS;
  const ms = Number(raw);
  if (!Number.isFinite(ms) || ms <= 0) {
    throw new Error(`BENCH_SUITE_TIMEOUT_MS must be a positive number of milliseconds, not "${raw}"`);
  }
  return ms;
}

/** The suites named on the command line, in the run's order; all of them when none is named. */
export function selectSuites(all: readonly string[], named: readonly string[]): string[] {
  const unknown = named.filter((n) => !all.includes(n));
  if (unknown.length > 0) {
    throw new Error(`unknown bench suite(s): ${unknown.join(', ')} (known: ${all.join(', ')})`);
  }
  return named.length === 0 ? [...all] : all.filter((n) => named.includes(n));
}

/** Written beside the file then renamed over it, so a run stopped mid-write leaves the old file whole. */
async function writeResults(file: string, results: BenchResults): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, `${JSON.stringify(results, null, 2)}\n`);
  await rename(temporary, file);
}

const elapsed = (start: number) => Math.round(performance.now() - start);
const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * Runs the suites one after another, each under `timeoutMs`. The results are written to
 * `resultsFile` as soon as each suite ends, so a run that is stopped keeps what it measured. A
 * suite that throws or runs out of time is reported and the next one still runs; its
 * entries from an earlier run (when `keepExisting`) are left as they were. With
 * `keepExisting` (some suites named) the file's other entries are kept; otherwise the run
 * starts from an empty set. A timed-out suite is not cancelled: its own waits and
 * `finally` blocks end it, and the process exits when the run is done.
 */
export async function runSuites(options: {
  suites: readonly Suite[];
  resultsFile: string;
  keepExisting: boolean;
  timeoutMs: number;
  log?: (line: string) => void;
}): Promise<{ results: BenchResults; outcomes: SuiteOutcome[] }> {
  const { suites, resultsFile, keepExisting, timeoutMs, log = console.log } = options;
  const results: BenchResults =
    keepExisting && existsSync(resultsFile)
      ? (JSON.parse(await readFile(resultsFile, 'utf8')) as BenchResults)
      : {};
  const outcomes: SuiteOutcome[] = [];
  for (const suite of suites) {
    log(`▶ ${suite.name}`);
    const start = performance.now();
    const seconds = () => ((performance.now() - start) / 1000).toFixed(1);
    try {
      // Called inside the try: a suite that throws before returning a promise is a failure too.
      const entries = await within(
        Promise.resolve().then(() => suite.run()),
        timeoutMs,
        `the ${suite.name} suite to finish`,
      );
      Object.assign(results, entries);
      outcomes.push({ name: suite.name, ok: true, ms: elapsed(start), entries: Object.keys(entries) });
      log(`✔ ${suite.name}: ${Object.keys(entries).length} entries in ${seconds()} s`);
    } catch (e) {
      outcomes.push({ name: suite.name, ok: false, ms: elapsed(start), error: message(e) });
      log(`✘ ${suite.name} failed after ${seconds()} s: ${message(e)}`);
    }
    // After every suite, failed or not: the file always holds what this run has measured so far.
    await writeResults(resultsFile, results);
  }
  return { results, outcomes };
}
