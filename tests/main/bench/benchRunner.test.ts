import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BenchEntry } from '../../../bench/measure';
import {
  DEFAULT_SUITE_TIMEOUT_MS,
  runSuites,
  selectSuites,
  suiteTimeoutMs,
  type Suite,
} from '../../../bench/runner';
import { within } from '../../../bench/wait';
import { makeTempDir } from '../../support/tempDir';

const entry = (value: number): BenchEntry => ({ value, unit: 'ms' });
const readResults = async (file: string) =>
  JSON.parse(await readFile(file, 'utf8')) as Record<string, BenchEntry>;

describe('bench runner', () => {
  let dir: { path: string; cleanup: () => Promise<void> };
  let file: string;
  beforeEach(async () => {
    dir = await makeTempDir('offsite-bench-runner-');
    file = join(dir.path, 'results.json');
  });
  afterEach(() => dir.cleanup());

  it('reports a failed and a stuck suite, runs the others in order and keeps their entries', async () => {
    const ran: string[] = [];
    const suites: Suite[] = [
      { name: 'first', run: () => (ran.push('first'), Promise.resolve({ 'first.a': entry(1) })) },
      { name: 'broken', run: () => (ran.push('broken'), Promise.reject(new Error('no browser'))) },
      { name: 'stuck', run: () => (ran.push('stuck'), new Promise<never>(() => undefined)) },
      { name: 'last', run: () => (ran.push('last'), Promise.resolve({ 'last.b': entry(2) })) },
    ];
    const log: string[] = [];
    const { results, outcomes } = await runSuites({
      suites,
      resultsFile: file,
      keepExisting: false,
      timeoutMs: 200,
      log: (line) => log.push(line),
    });
    expect(ran).toEqual(['first', 'broken', 'stuck', 'last']);
    expect(outcomes.map((o) => [o.name, o.ok])).toEqual([
      ['first', true],
      ['broken', false],
      ['stuck', false],
      ['last', true],
    ]);
    const errors = outcomes.flatMap((o) => (o.ok ? [] : [o.error]));
    expect(errors[0]).toBe('no browser');
    expect(errors[1]).toBe('timed out after 200 ms waiting for the stuck suite to finish');
    expect(log.some((l) => l.includes('stuck failed'))).toBe(true);
    expect(results).toEqual({ 'first.a': entry(1), 'last.b': entry(2) });
    expect(await readResults(file)).toEqual(results);
  });

  it('writes the entries of a suite before the next suite starts', async () => {
    let seenByNext: Record<string, BenchEntry> | undefined;
    await runSuites({
      suites: [
        { name: 'a', run: () => Promise.resolve({ 'a.x': entry(3) }) },
        {
          name: 'b',
          run: async () => {
            seenByNext = await readResults(file);
            return { 'b.y': entry(4) };
          },
        },
      ],
      resultsFile: file,
      keepExisting: false,
      timeoutMs: 1000,
      log: () => undefined,
    });
    expect(seenByNext).toEqual({ 'a.x': entry(3) });
  });

  it('counts a suite that throws before returning a promise as failed', async () => {
    const { outcomes } = await runSuites({
      suites: [
        {
          name: 'sync',
          run: () => {
            throw new Error('bad module');
          },
        },
      ],
      resultsFile: file,
      keepExisting: false,
      timeoutMs: 1000,
      log: () => undefined,
    });
    expect(outcomes).toMatchObject([{ name: 'sync', ok: false, error: 'bad module' }]);
  });

  it('keeps the entries of suites not run when some are named, and replaces them all otherwise', async () => {
    await writeFile(file, JSON.stringify({ 'old.kept': entry(9), 'a.x': entry(1) }));
    const run = (keepExisting: boolean) =>
      runSuites({
        suites: [{ name: 'a', run: () => Promise.resolve({ 'a.x': entry(5) }) }],
        resultsFile: file,
        keepExisting,
        timeoutMs: 1000,
        log: () => undefined,
      });
    await run(true);
    expect(await readResults(file)).toEqual({ 'old.kept': entry(9), 'a.x': entry(5) });
    await run(false);
    expect(await readResults(file)).toEqual({ 'a.x': entry(5) });
  });
});

describe('bench suite selection and limits', () => {
  const all = ['workspace', 'deck', 'board'];

  it('runs every suite when none is named, the named ones in the run order otherwise', () => {
    expect(selectSuites(all, [])).toEqual(all);
    expect(selectSuites(all, ['board', 'workspace'])).toEqual(['workspace', 'board']);
  });

  it('refuses an unknown suite name instead of running nothing', () => {
    expect(() => selectSuites(all, ['deck', 'dekc'])).toThrow(/unknown bench suite\(s\): dekc/);
  });

  it('takes the per-suite limit from BENCH_SUITE_TIMEOUT_MS, 10 minutes by default', () => {
    expect(suiteTimeoutMs({})).toBe(DEFAULT_SUITE_TIMEOUT_MS);
    expect(DEFAULT_SUITE_TIMEOUT_MS).toBe(600_000);
    expect(suiteTimeoutMs({ BENCH_SUITE_TIMEOUT_MS: '1500' })).toBe(1500);
    expect(() => suiteTimeoutMs({ BENCH_SUITE_TIMEOUT_MS: 'soon' })).toThrow(/positive number/);
    expect(() => suiteTimeoutMs({ BENCH_SUITE_TIMEOUT_MS: '0' })).toThrow(/positive number/);
  });

  it('names what was awaited when a wait runs out of time', async () => {
    await expect(within(new Promise(() => undefined), 50, 'the results panel')).rejects.toThrow(
      'timed out after 50 ms waiting for the results panel',
    );
    await expect(within(Promise.resolve(7), 50, 'anything')).resolves.toBe(7);
  });
});
