import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { addPriorities } from '../../src/shared/domain/priorities';
import { castBallot, createRound, roundResults } from '../../src/shared/domain/rounds';
import {
  addParticipant,
  createWorkspace,
  encodeWorkspace,
  type Workspace,
} from '../../src/shared/domain/workspace';
import { launchApp } from '../../tests/e2e/harness';
import { medianMs, round, withPeer, type BenchEntry } from '../measure';
import { evaluateWithin, nextFrameOrGiveUp, WAIT_MS, waitVisible } from '../wait';

const ITEMS = 30;
const VOTERS = 12;
const RUNS = 5;

/** 30 priorities, 12 executives who have all voted (seeded shuffles of a common order). */
function votedWorkspace(): Workspace {
  const now = new Date('2026-11-21T10:00:00Z');
  let w = createWorkspace(
    { name: 'Bench offsite', kind: 'offsite', period: '2027-Q1', organisation: 'Northwind' },
    'bench',
    now,
  );
  for (let v = 0; v < VOTERS; v++) w = addParticipant(w, { name: `Executive ${v + 1}` }, `v${v}`);
  let n = 0;
  w = addPriorities(
    w,
    Array.from({ length: ITEMS }, (_, i) => ({ title: `Priority ${i + 1}` })),
    () => `p${n++}`,
  );
  const ids = w.priorities.map((p) => p.id);
  w = createRound(
    w,
    { question: 'What matters most next quarter?', method: 'order', itemIds: ids },
    'r',
    now,
  );
  let seed = 7;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  for (let v = 0; v < VOTERS; v++) {
    const order = [...ids].sort((a, b) => ids.indexOf(a) + random() * 12 - (ids.indexOf(b) + random() * 12));
    w = castBallot(w, 'r', `v${v}`, { kind: 'order', tiers: order.map((id) => [id]) }, now);
  }
  return w;
}

/** In-page limit for the results to appear after the click; the Node-side guard is longer. */
const REVEAL_LIMIT_MS = 30_000;

const MEASURE_REVEAL = `new Promise((resolve, reject) => {
  const button = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Reveal results');
  if (!button) return reject(new Error('no "Reveal results" button to click'));
  const start = performance.now();
  button.click();
  const check = () => {
    if (document.querySelector('[data-testid="results"] .agreement')) {
      requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - start)));
    } else {
      ${nextFrameOrGiveUp('check', 'start', REVEAL_LIMIT_MS, 'the results panel ([data-testid="results"] .agreement) after the Reveal click')}
    }
  };
  check();
})`;

/**
 * Reveal → results painted, in Chromium with the real handlers: the click, React's
 * render of every panel, layout and the next two frames. Each run reopens the workspace
 * with the round still closed. Peer: the engine alone (Node), so the ratio is the cost of
 * showing the result.
 */
export default async function runRankingUiBench(): Promise<Record<string, BenchEntry>> {
  const workspace = votedWorkspace();
  const engine = await medianMs(() => roundResults(workspace, workspace.rounds[0]!), 15, 3);
  const app = await launchApp({ viewport: { width: 1920, height: 1080 } });
  const times: number[] = [];
  try {
    const dir = join(app.documentsDir, 'Bench offsite');
    await mkdir(dir);
    for (let i = 0; i < RUNS + 1; i++) {
      const { page } = app;
      if (i > 0) {
        await page.getByRole('button', { name: '← Home' }).click();
        await waitVisible(page.getByText('Recent workspaces'), 'the home screen after ← Home');
      }
      await writeFile(join(dir, 'workspace.json'), encodeWorkspace(workspace));
      app.dialogs.workspaceFolders.push(dir);
      await page.getByRole('button', { name: 'Open…' }).click();
      await page.getByRole('tab', { name: 'Ranking' }).click();
      await waitVisible(
        page.getByRole('button', { name: 'Reveal results' }),
        'the "Reveal results" button of the opened workspace',
      ).catch(async (e: unknown) => {
        await page.screenshot({ path: '/tmp/bench-fail.png' });
        throw e;
      });
      // Passed as text: the page must run exactly this, untouched by the Node-side compiler.
      const ms = await evaluateWithin<number>(
        page,
        MEASURE_REVEAL,
        REVEAL_LIMIT_MS + WAIT_MS,
        `reveal ${i + 1} of ${RUNS + 1} to be measured in the page`,
      );
      if (i > 0) times.push(ms);
    }
  } finally {
    await app.close();
  }
  const median = round([...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!);
  return {
    'ranking.results.render.30x12': withPeer(median, engine, {
      budget: 200,
      note: `median of ${RUNS} reveals at 1920×1080, two frames after paint; peer: the engine alone in Node`,
    }),
  };
}
