/**
 * `npm run bench`: every benchmark, each beside its peer in the same run, written to
 * bench/results.json as { name: { value, unit, baseline?, ratio?, budget?, note? } }.
 * Never part of `npm test`: timings on a shared machine are for reading, not gating.
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import type { BenchEntry } from './measure';

const SUITES = [
  'workspace',
  'workspaceLarge',
  'renderer',
  'ranking',
  'rankingUi',
  'templates',
  'deck',
  'board',
];
const only = process.argv.slice(2);

const RESULTS = new URL('./results.json', import.meta.url);
// A run of some suites (`npm run bench -- board`) updates their entries and keeps the others.
const results: Record<string, BenchEntry> =
  only.length > 0 && existsSync(RESULTS)
    ? (JSON.parse(await readFile(RESULTS, 'utf8')) as Record<string, BenchEntry>)
    : {};
for (const suite of SUITES) {
  if (only.length > 0 && !only.includes(suite)) continue;
  const file = new URL(`./suites/${suite}.ts`, import.meta.url);
  if (!existsSync(file)) continue;
  const mod = (await import(pathToFileURL(file.pathname).href)) as {
    default: () => Promise<Record<string, BenchEntry>>;
  };
  console.log(`▶ ${suite}`);
  Object.assign(results, await mod.default());
}

const rows = Object.entries(results).map(([name, e]) => ({
  name,
  value: `${e.value} ${e.unit}`,
  peer: e.baseline === undefined ? '' : `${e.baseline} ${e.unit}`,
  ratio: e.ratio ?? '',
  budget: e.budget === undefined ? '' : `${e.value <= e.budget ? 'ok' : 'OVER'} (≤ ${e.budget})`,
}));
console.table(rows);
await writeFile(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
console.log('Written to bench/results.json');
