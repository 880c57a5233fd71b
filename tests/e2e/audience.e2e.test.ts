import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Workspace } from '../../src/shared/domain/workspace';
import { describe, expect, it } from 'vitest';
import { appPerTest } from './lifecycle';
import { openAudienceFromConsole } from './presenterDriver';
import { DEMO_ITEMS as ITEMS, openRoundWith } from './rankingDriver';

const apps = appPerTest();
/**
 * A guard against a slow reveal (a second, a frozen window), not the performance budget:
 * the reveal takes under 100 ms on an idle machine (97–98 ms measured), but test runs
 * share two cores with each other, and then it varies from 130 to 240 ms.
 */
const REVEAL_GUARD_MS = Number(process.env['REVEAL_GUARD_MS'] ?? 400);

const TEAM = ['Dana Whitfield', 'Ravi Menon', '王小明', 'Tom Becker', 'Aiko Tanaka', 'Léa Ørsted'];
/** Each executive's private order: two camps that disagree about the EU. */
const BALLOTS = [
  [0, 1, 2, 3, 4, 5],
  [5, 4, 3, 2, 1, 0],
  [0, 2, 1, 3, 5, 4],
  [5, 3, 4, 1, 2, 0],
  [0, 1, 3, 2, 4, 5],
  [4, 5, 3, 2, 0, 1],
];

/** Everything the audience page holds: its text and its markup. */
async function audienceContent(audience: Page): Promise<string> {
  return String(await audience.evaluate('`${document.body.innerText}\\n${document.body.innerHTML}`'));
}

/** Nothing of any ballot: no item, no ballot screen, no order. */
function expectNoBallot(content: string, when: string): void {
  for (const item of ITEMS) expect(content, `${when}: "${item}" on the projector`).not.toContain(item);
  expect(content, when).not.toContain('Private ballot');
  expect(content, when).not.toContain('Submit my ranking');
}

describe('two screens: the console on the laptop, the audience view on the projector', () => {
  it('six people vote in private while the projector shows only who has voted; the reveal reaches it at once', async () => {
    const app = await apps.launch({ viewport: { width: 1366, height: 768 } });
    const { page } = app;
    await openRoundWith(page, {
      name: 'Q3 Leadership Offsite',
      organisation: 'Northwind',
      team: TEAM,
      items: ITEMS,
    });

    const audience = await openAudienceFromConsole(app);
    await audience.getByRole('heading', { name: 'Q3 Leadership Offsite' }).waitFor({ timeout: 10_000 });

    await page.getByRole('button', { name: /^Round: / }).click();
    await audience.getByText('0 of 6 have voted').waitFor({ timeout: 10_000 });

    await page.getByRole('tab', { name: 'Ranking' }).click();
    for (let v = 0; v < TEAM.length; v++) {
      const name = TEAM[v]!;
      const order = BALLOTS[v]!.map((i) => ITEMS[i]!);
      await page.getByRole('button', { name: new RegExp(`^${name}: vote now`) }).click();
      const ballot = page.getByRole('region', { name: `Private ballot for ${name}` });
      await ballot.waitFor();
      expectNoBallot(await audienceContent(audience), `${name} opened the ballot`);
      let moves = 0;
      for (let target = 0; target < order.length; target++) {
        const titles = await ballot.locator('.ballot-item-title').allTextContents();
        for (let step = titles.indexOf(order[target]!); step > target; step--) {
          await ballot.getByRole('button', { name: `Move ${order[target]} up` }).click();
          moves++;
          // After every move of every voter, the projector still holds no ballot content.
          expectNoBallot(await audienceContent(audience), `${name}, move ${moves}`);
        }
      }
      await ballot.getByRole('button', { name: 'Submit my ranking' }).click();
      if (moves === 0) await ballot.getByRole('button', { name: 'Submit as it is' }).click();
      await audience.getByText(`${v + 1} of 6 have voted`).waitFor({ timeout: 5000 });
      expectNoBallot(await audienceContent(audience), `${name} submitted`);
    }

    // The reveal: from the click on the laptop to the results painted on the projector.
    // (Strings run in the page: this file is type-checked without the DOM's types.)
    await audience.evaluate(`new MutationObserver((_, observer) => {
      if (document.querySelector('.stage-slide .deck-slide')) {
        window.__shownAt = Date.now();
        observer.disconnect();
      }
    }).observe(document.body, { childList: true, subtree: true })`);
    const reveal = page.getByRole('button', { name: 'Reveal results' });
    await page.evaluate(`document.addEventListener('click', (e) => {
      if (e.target.closest('button')?.textContent?.includes('Reveal results')) window.__clickedAt = Date.now();
    }, { capture: true, once: true })`);
    await reveal.click();
    await audience.waitForFunction('window.__shownAt !== undefined', null, { timeout: 10_000 });
    const clickedAt = Number(await page.evaluate('window.__clickedAt'));
    const shownAt = Number(await audience.evaluate('window.__shownAt'));
    const revealMs = shownAt - clickedAt;
    console.log(`reveal → projector: ${revealMs} ms`);
    expect(revealMs).toBeGreaterThanOrEqual(0);
    expect(revealMs).toBeLessThanOrEqual(REVEAL_GUARD_MS);
    const slide = await audienceContent(audience);
    for (const item of ITEMS) expect(slide).toContain(item);
    // The console's "now" thumbnail shows the same results.
    await page.getByRole('tab', { name: 'Present' }).click();
    await page.getByTestId('audience-thumbnail').locator('.deck-slide').waitFor();
  }, 120_000);

  it('B blacks the projector, F freezes it while the facilitator moves on, and neither edits anything', async () => {
    const app = await apps.launch({ viewport: { width: 1366, height: 768 } });
    const { page } = app;
    await openRoundWith(page, {
      name: 'Rehearsal on a train',
      team: TEAM.slice(0, 3),
      items: ITEMS.slice(0, 3),
    });
    const audience = await openAudienceFromConsole(app);
    await audience.getByRole('heading', { name: 'Rehearsal on a train' }).waitFor({ timeout: 10_000 });
    // One display: the console says where the audience view went.
    await page.getByText('One display: the audience window is a normal window on this screen.').waitFor();

    await page.keyboard.press('b');
    await audience.locator('.stage-blank').waitFor({ timeout: 5000 });
    await page.keyboard.press('b');
    await audience.getByRole('heading', { name: 'Rehearsal on a train' }).waitFor({ timeout: 5000 });

    await page.keyboard.press('f');
    await page.keyboard.press('ArrowRight'); // the round, on the console only
    await page.getByRole('button', { name: /^Round: /, pressed: undefined }).waitFor();
    await page.waitForTimeout(300);
    expect(await audience.getByRole('heading', { name: 'Rehearsal on a train' }).count()).toBe(1);
    await page.keyboard.press('f');
    await audience.getByText('0 of 3 have voted').waitFor({ timeout: 5000 });

    // Speaker notes for the round: saved with the workspace, typed keys never drive the
    // projector, and the notes never reach it.
    await page.getByLabel('Speaker notes').fill('Private: Dana will push back on the EU launch.');
    await page.getByTestId('save-status').getByText('Saved', { exact: true }).waitFor({ timeout: 5000 });
    const file = join(app.documentsDir, 'Offsite', 'Rehearsal on a train', 'workspace.json');
    const saved = JSON.parse(await readFile(file, 'utf8')) as Workspace;
    expect(Object.values(saved.speakerNotes)).toEqual(['Private: Dana will push back on the EU launch.']);
    expect(await audienceContent(audience)).not.toContain('Dana will push back');
    expect(await audience.getByText('0 of 3 have voted').count()).toBe(1);
  });
});
