import type { Page } from 'playwright-core';
import { launchApp } from '../../tests/e2e/harness';
import { openAudienceFromConsole } from '../../tests/e2e/presenterDriver';
import { DEMO_ITEMS, openRoundWith } from '../../tests/e2e/rankingDriver';
import { round, withPeer, type BenchEntry } from '../measure';
import { within, WAIT_MS } from '../wait';

const RUNS = 50;
/** The room sees a change on the projector within this. */
const BUDGET_MS = 100;
const TEAM = ['Dana Whitfield', 'Ravi Menon', '王小明', 'Tom Becker', 'Aiko Tanaka', 'Léa Ørsted'];
const median = (xs: number[]) => round([...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!);

/** A clock both pages share: the same machine's wall time, to a fraction of a millisecond. */
const NOW = 'performance.timeOrigin + performance.now()';

/**
 * stage.sync: the facilitator changes what the room sees (black on, black off, with B on
 * the console) → the audience page has painted it (the frame after the DOM changed).
 * Peer: the same two pages, a bare BroadcastChannel message → a DOM change painted.
 */
export default async function runStageBench(): Promise<Record<string, BenchEntry>> {
  const app = await launchApp({ viewport: { width: 1366, height: 768 } });
  try {
    const { page } = app;
    await openRoundWith(page, { name: 'Q3 Leadership Offsite', team: TEAM, items: DEMO_ITEMS });
    const audience = await openAudienceFromConsole(app);
    // Headless pages are tabs of one window and only the front one paints: here that is the
    // audience, whose paint is measured (the console is driven by script, without painting).
    await audience.bringToFront();
    await untilTrue(
      audience,
      `document.querySelector('main.audience[data-stage="title"]') !== null`,
      'the title card on the audience page',
    );

    // The audience page notes when each new stage is painted.
    const watch = `window.__painted = [];
new MutationObserver(() => requestAnimationFrame(() => window.__painted.push(${NOW})))
  .observe(document.querySelector('main.audience'), { attributes: true, attributeFilter: ['data-stage'] });`;
    const key = (k: string) => `window.dispatchEvent(new KeyboardEvent('keydown', { key: '${k}' }));`;
    await audience.evaluate(watch);
    const black = await measure(page, audience, () => key('b'));
    // From the round's "who has voted" card to the board's picture and back (← and →).
    await page.getByRole('button', { name: /^Round: / }).click();
    await untilTrue(
      audience,
      `document.querySelector('main.audience[data-stage="voteProgress"]') !== null`,
      'the vote progress card',
    );
    const cues = await measure(page, audience, (i) => key(i % 2 === 0 ? 'ArrowRight' : 'ArrowLeft'));

    await audience.evaluate(`window.__painted = [];
const bc = new BroadcastChannel('offsite-bench-peer');
bc.onmessage = (e) => { document.body.dataset.peer = String(e.data); requestAnimationFrame(() => window.__painted.push(${NOW})); };`);
    await page.evaluate(`window.__peer = new BroadcastChannel('offsite-bench-peer');`);
    const peer = await measure(page, audience, (i) => `window.__peer.postMessage(${i});`);

    const baseline = median(peer);
    const note = `median of ${RUNS}, from the key on the console to the audience page painted; peer: a BroadcastChannel message between the same two pages`;
    return {
      'stage.sync': withPeer(median(cues), baseline, {
        budget: BUDGET_MS,
        note: `the next cue (vote progress ↔ board picture), ${note}`,
      }),
      'stage.sync.black': withPeer(median(black), baseline, {
        budget: BUDGET_MS,
        note: `black on/off (B), ${note}`,
      }),
    };
  } finally {
    await app.close();
  }
}

async function measure(page: Page, audience: Page, act: (i: number) => string): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < RUNS + 2; i++) {
    // One observer for the whole run: this change's paint is the first one noted after `seen`.
    const seen = Number(await audience.evaluate('window.__painted.length'));
    const sentAt = Number(await page.evaluate(`(() => { const t = ${NOW}; ${act(i)} return t; })()`));
    await untilTrue(
      audience,
      `window.__painted.length > ${seen}`,
      `change ${i + 1} painted on the audience page`,
    );
    const paintedAt = Number(await audience.evaluate(`window.__painted[${seen}]`));
    if (i >= 2) times.push(paintedAt - sentAt); // two warm-up changes
  }
  return times;
}

/**
 * Polls an expression from Node (the app's CSP forbids the eval behind waitForFunction):
 * the measured times are taken in the pages, so the polling never adds to them.
 */
function untilTrue(page: Page, expression: string, what: string): Promise<void> {
  return within(
    (async () => {
      while (!(await page.evaluate(expression))) await new Promise((r) => setTimeout(r, 5));
    })(),
    WAIT_MS,
    what,
  );
}
