import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import {
  builtInTemplates,
  duplicateTemplate,
  MIRROR_FORMAT,
  MIRROR_VERSION,
  type Template,
} from '../../src/shared/domain/templates';
import { startAppServer } from '../../tests/e2e/appServer';
import { CHROMIUM_ARGS, CHROMIUM_PATH, launchApp } from '../../tests/e2e/harness';
import { makeTempDir } from '../../tests/support/tempDir';
import { bundlePage } from '../bundlePage';
import { round, withPeer, type BenchEntry } from '../measure';
import { evaluateWithin, nextFrameOrGiveUp, WAIT_MS, waitForPage, waitVisible, within } from '../wait';

const COUNT = 1000;
const RUNS = 21;
const WARMUP = 5;
/** The whole in-page list bench (restore + every timed query): minutes would mean a stuck transaction. */
const LIST_LIMIT_MS = 3 * 60_000;
const median = (xs: number[]) => round([...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!);

/** 1,000 realistic user templates: copies of the built-ins, renamed, 6–15 sections each. */
function userTemplates(): Template[] {
  const shipped = builtInTemplates();
  let n = 0;
  const ids = () => `bench-${++n}`;
  const teams = ['Sales', 'Engineering', 'Finance', 'People', 'Operations', 'Marketing', 'Product', 'Legal'];
  return Array.from({ length: COUNT }, (_, i) => {
    const copy = duplicateTemplate(
      shipped[i % shipped.length]!,
      [],
      ids,
      new Date(Date.UTC(2026, 0, 1, 0, i)),
    );
    return { ...copy, name: `${teams[i % teams.length]} ${copy.name.replace(' (copy)', '')} ${i + 1}` };
  });
}

/**
 * The library's list query as the Templates screen runs it (repository.listTemplates:
 * Dexie read of every template, library order, then the screen's filter), bundled from
 * the real modules and run in Debian's Chromium. The peer is a bare IndexedDB `getAll()`
 * of the same store in the same page.
 */
async function listBench(templates: Template[]): Promise<{ list: number; raw: number; listed: number }> {
  const dir = await makeTempDir('offsite-bench-templates-');
  const src = (path: string) => JSON.stringify(resolve(path));
  const entry = `
    import { replaceTemplatesDb, TemplatesDb } from ${src('src/renderer/src/features/templates/db.ts')};
    import { listTemplates, restoreUserTemplates, seedBuiltIns } from ${src('src/renderer/src/features/templates/repository.ts')};
    import { filterTemplates, NO_FILTER } from ${src('src/shared/domain/templates/index.ts')};
    const NAME = 'offsite-templates-bench';
    const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    async function time(fn, runs, warmup) {
      for (let i = 0; i < warmup; i++) await fn();
      const out = [];
      for (let i = 0; i < runs; i++) { const t = performance.now(); await fn(); out.push(performance.now() - t); }
      return median(out);
    }
    window.__bench = {
      async run(templates, runs, warmup) {
        replaceTemplatesDb(new TemplatesDb(NAME));
        await seedBuiltIns();
        const restored = await restoreUserTemplates(templates);
        if (!restored.ok) throw new Error(restored.message);
        const listed = filterTemplates(await listTemplates(), NO_FILTER).length;
        const raw = await new Promise((ok, fail) => {
          const req = indexedDB.open(NAME);
          req.onsuccess = () => ok(req.result);
          req.onerror = () => fail(req.error);
        });
        const getAll = () => new Promise((ok, fail) => {
          const req = raw.transaction('templates', 'readonly').objectStore('templates').getAll();
          req.onsuccess = () => ok(req.result);
          req.onerror = () => fail(req.error);
        });
        const list = await time(async () => filterTemplates(await listTemplates(), NO_FILTER), runs, warmup);
        const peer = await time(getAll, runs, warmup);
        raw.close();
        return { list, raw: peer, listed };
      },
    };`;
  await bundlePage(dir.path, 'bench', entry);
  await writeFile(
    join(dir.path, 'index.html'),
    '<!doctype html><title>templates bench</title><script type="module" src="./bench.js"></script>',
  );
  const server = await startAppServer(dir.path);
  const profile = await makeTempDir('offsite-profile-');
  const context = await chromium.launchPersistentContext(profile.path, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${server.origin}/index.html`);
    await waitForPage(page, 'window.__bench !== undefined', 'the templates bench bundle to load');
    return await within(
      page.evaluate<{ list: number; raw: number; listed: number }, [Template[], number, number]>(
        ([t, runs, warmup]) =>
          (globalThis as unknown as { __bench: { run: (...a: unknown[]) => Promise<never> } }).__bench.run(
            t,
            runs,
            warmup,
          ),
        [templates, RUNS, WARMUP],
      ),
      LIST_LIMIT_MS,
      `the restore and ${RUNS + WARMUP} timed list queries of ${COUNT} templates in the page`,
    );
  } finally {
    await context.close();
    await server.close();
    await profile.cleanup();
    await dir.cleanup();
  }
}

/**
 * The whole app: 1,000 templates restored from the disk copy into an empty IndexedDB,
 * then Home → Templates until all 1,005 entries are painted (median of several opens).
 */
async function libraryBench(templates: Template[]): Promise<{ open: number; restore: number }> {
  const app = await launchApp({ viewport: { width: 1366, height: 768 } });
  try {
    const { page } = app;
    const file = {
      format: MIRROR_FORMAT,
      version: MIRROR_VERSION,
      savedAt: new Date().toISOString(),
      templates,
    };
    // The app writes its library over the disk copy when the page goes away (pagehide), so
    // the copy is put in place, and the library wiped, from a page of the same origin
    // without the app, after any write from that last flush has landed.
    await page.goto(`${app.origin}/favicon.svg`);
    await page.waitForTimeout(1000);
    await mkdir(app.dataDir, { recursive: true });
    await writeFile(join(app.dataDir, 'templates.json'), JSON.stringify(file));
    await evaluateWithin(
      page,
      `new Promise((ok, fail) => {
        const r = indexedDB.deleteDatabase('offsite-templates');
        r.onsuccess = () => ok();
        r.onerror = () => fail(r.error);
      })`,
      WAIT_MS,
      'the template database to be deleted',
    );
    const restoreStart = Date.now();
    await page.goto(`${app.origin}/index.html`);
    await waitVisible(page.getByText('Templates restored'), `the restore of ${COUNT} templates from disk`);
    const restore = Date.now() - restoreStart;
    const opens: number[] = [];
    for (let i = 0; i < 7; i++) {
      const what = `all ${COUNT + 5} .template-item entries after the Templates click`;
      const ms = await evaluateWithin<number>(
        page,
        `new Promise((ok, reject) => {
        const start = performance.now();
        const done = () => document.querySelectorAll('.template-item').length >= ${COUNT + 5};
        const tick = () => {
          if (done()) requestAnimationFrame(() => ok(performance.now() - start));
          else { ${nextFrameOrGiveUp('tick', 'start', WAIT_MS, what)} }
        };
        const button = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Templates');
        if (!button) return reject(new Error('no Templates button on the home screen'));
        button.click();
        tick();
      })`,
        2 * WAIT_MS,
        `${what} (open ${i + 1} of 7)`,
      );
      opens.push(ms);
      await page.getByRole('button', { name: '← Home' }).click();
      await waitVisible(page.getByText('Recent workspaces'), 'the home screen after ← Home');
    }
    return { open: median(opens.slice(1)), restore };
  } finally {
    await app.close();
  }
}

export default async function runTemplatesBench(): Promise<Record<string, BenchEntry>> {
  const templates = userTemplates();
  const list = await listBench(templates);
  if (list.listed !== COUNT + builtInTemplates().length) throw new Error(`listed ${list.listed} templates`);
  const library = await libraryBench(templates);
  const kb = Math.round(JSON.stringify(templates).length / 1024);
  return {
    'templates.list.1000': withPeer(round(list.list), round(list.raw), {
      budget: 50,
      note: `${COUNT} user templates + 5 built-ins (${kb} kB), Dexie read + library order + filter, median of ${RUNS}; peer: bare IndexedDB getAll()`,
    }),
    'templates.library.open.1000': {
      value: round(library.open),
      unit: 'ms',
      note: `Home → Templates until all ${COUNT + 5} entries are painted, median of 6; restore of ${COUNT} from disk on a wiped IndexedDB took ${library.restore} ms (incl. reload)`,
    },
  };
}
