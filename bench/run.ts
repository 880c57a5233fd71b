/**
 * `npm run bench [-- SUITE…]`: every benchmark (or the named ones), each beside its peer
 * in the same run, written to bench/results.json as
 * { name: { value, unit, baseline?, ratio?, budget?, note? } } as soon as each suite ends.
 * A failed or timed-out suite (BENCH_SUITE_TIMEOUT_MS, 10 min by default) is reported, the
 * others still run, and the run exits non-zero. Never part of `npm test`: timings on a
 * shared machine are for reading, not gating.
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BenchEntry } from './measure';
import { runSuites, selectSuites, suiteTimeoutMs, type Suite } from './runner';

const SUITES = [
  'workspace',
  'workspaceLarge',
  'renderer',
  'ranking',
  'rankingUi',
  'templates',
  'deck',
  'board',
  'stage',
  'agenda',
  'room',
  'cascade',
  'translation',
  'series',
];

const named = process.argv.slice(2);
let selected: string[];
let timeoutMs: number;
try {
  selected = selectSuites(SUITES, named);
  timeoutMs = suiteTimeoutMs();
} catch (e) {
  console.error((e as Error).message);
  process.exit(2);
}

const suites: Suite[] = selected.map((name) => ({
  name,
  run: async () => {
    const file = new URL(`./suites/${name}.ts`, import.meta.url);
    const mod = (await import(pathToFileURL(file.pathname).href)) as {
      default: () => Promise<Record<string, BenchEntry>>;
    };
    return mod.default();
  },
}));

const resultsFile = fileURLToPath(new URL('./results.json', import.meta.url));
const { results, outcomes } = await runSuites({
  suites,
  resultsFile,
  // A run of some suites (`npm run bench -- board`) updates their entries and keeps the others.
  keepExisting: named.length > 0,
  timeoutMs,
});

const rows = Object.entries(results).map(([name, e]) => ({
  name,
  value: `${e.value} ${e.unit}`,
  peer: e.baseline === undefined ? '' : `${e.baseline} ${e.unit}`,
  ratio: e.ratio ?? '',
  budget: e.budget === undefined ? '' : `${e.value <= e.budget ? 'ok' : 'OVER'} (≤ ${e.budget})`,
}));
console.table(rows);
console.log('Written to bench/results.json');
const failed = outcomes.filter((o) => !o.ok);
for (const f of failed) console.error(`FAILED ${f.name}: ${f.error}`);
// Exits here rather than when the event loop drains: a timed-out suite may still hold a browser.
process.exit(failed.length > 0 ? 1 : 0);
