import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { roundResults } from '../../src/shared/domain/rounds';
import type { Workspace } from '../../src/shared/domain/workspace';
import type { Harness } from './harness';
import { appPerTest } from './lifecycle';
import { twoCampWorkspace } from '../support/twoCampWorkspace';
import { openRoundWith, voteInPrivate } from './rankingDriver';

const apps = appPerTest();

const ITEMS = [
  'Launch in the EU',
  'Hire a CFO',
  'Enterprise SSO',
  'Cut churn by 2 points',
  'New pricing',
  'Data platform',
];
const TEAM = ['Dana', 'Ravi', 'Lena', 'Tom', 'Aiko', 'Marcus', 'Priya', 'Jonas'];
/** Each executive's private order (indexes into ITEMS, best first): some agreement, some dissent. */
const BALLOTS = [
  [0, 1, 2, 3, 4, 5],
  [0, 2, 1, 3, 5, 4],
  [1, 0, 2, 4, 3, 5],
  [0, 1, 3, 2, 4, 5],
  [5, 4, 3, 2, 1, 0],
  [0, 3, 1, 2, 5, 4],
  [2, 0, 1, 3, 4, 5],
  [0, 1, 2, 5, 3, 4],
];

async function setUpWorkspace(h: Harness): Promise<string> {
  await openRoundWith(h.page, { name: 'Q1 2027 Leadership Offsite', team: TEAM, items: ITEMS });
  return join(h.documentsDir, 'Offsite', 'Q1 2027 Leadership Offsite', 'workspace.json');
}

/** A private vote, then back on the shared screen: thanks, and nothing of the ballot shown. */
async function vote(page: Page, name: string, order: string[]) {
  const opening = page.getByRole('region', { name: `Private ballot for ${name}` });
  await voteInPrivate(page, name, order, async () => {
    // Private: the shared screen (who voted) is gone while someone votes.
    expect(await page.getByRole('button', { name: /: (vote now|has voted)/ }).count()).toBe(0);
  });
  await page.getByText(`Thanks, ${name}: your ballot is in.`).waitFor();
  expect(await opening.count()).toBe(0);
}

async function expectScreenMatchesEngine(page: Page, file: string, roundIndex: number) {
  // The numbers on screen are the engine's, for the very ballots on disk.
  await expect
    .poll(async () => (JSON.parse(await readFile(file, 'utf8')) as Workspace).rounds[roundIndex]?.status, {
      timeout: 5000,
    })
    .toBe('revealed');
  const workspace = JSON.parse(await readFile(file, 'utf8')) as Workspace;
  const results = roundResults(workspace, workspace.rounds[roundIndex]!);
  if (!results.ok) throw new Error(results.message);
  const { analysis, titles } = results;
  await page.getByTestId('results').waitFor();
  expect(await page.getByRole('img', { name: /^Alignment \d+ out of 100$/ }).getAttribute('aria-label')).toBe(
    `Alignment ${Math.round(analysis.agreement.w * 100)} out of 100`,
  );
  expect(await page.getByTestId('alignment-label').textContent()).toBe(analysis.verdict.word);
  expect(await page.getByTestId('alignment-facts').textContent()).toContain(
    `Kendall’s W = ${analysis.agreement.w.toFixed(2)}`,
  );
  // One representative order, an item per row, each with its range of places.
  const rows = await page.getByTestId('consensus-row').locator('td.place-main').allTextContents();
  expect(rows.map((r) => r.replace(/(\d+ tied|=)$/, ''))).toEqual(
    analysis.ranges.map((r) => titles[r.candidate]),
  );
  expect(await page.getByTestId('place-range').allTextContents()).toEqual(
    analysis.ranges.map((r) => (r.first === r.last ? `${r.first}` : `${r.first}–${r.last}`)),
  );
  const contested = await page.getByTestId('contested-item').locator('strong').allTextContents();
  expect(contested).toEqual(analysis.topContested.slice(0, 3).map((c) => titles[c.candidate]));
  return analysis;
}

describe('ranking together in Chromium', () => {
  it('8 people vote in private, the reveal shows the engine’s numbers, and a re-vote shows convergence', async () => {
    const app = await apps.launch({ viewport: { width: 1920, height: 1080 } });
    const { page } = app;
    const file = await setUpWorkspace(app);

    for (let v = 0; v < TEAM.length; v++) {
      await vote(
        page,
        TEAM[v]!,
        BALLOTS[v]!.map((i) => ITEMS[i]!),
      );
      expect(await page.getByRole('status').filter({ hasText: 'have voted' }).textContent()).toContain(
        `${v + 1} of 8 have voted`,
      );
      // Nothing of anyone's order is on the shared screen before the reveal.
      expect(await page.getByTestId('results').count()).toBe(0);
    }
    await page.getByRole('button', { name: 'Reveal results' }).click();
    const first = await expectScreenMatchesEngine(page, file, 0);
    expect(first.agreement.w).toBeLessThan(1);

    await page.getByRole('button', { name: 'Start re-vote' }).click();
    const consensus = first.consensus.ranking;
    const workspace = JSON.parse(await readFile(file, 'utf8')) as Workspace;
    const title = new Map(workspace.priorities.map((p) => [p.id, p.title]));
    for (const name of TEAM)
      await vote(
        page,
        name,
        consensus.map((id) => title.get(id)!),
      );
    await page.getByRole('button', { name: 'Reveal results' }).click();
    const second = await expectScreenMatchesEngine(page, file, 1);
    expect(second.agreement.w).toBe(1);
    expect(await page.getByTestId('convergence-headline').textContent()).toContain(
      `Alignment ${Math.round(first.agreement.w * 100)} → 100`,
    );
  });

  it('a half-done ballot survives a trip to the Board tab and back, and stays off the disk until submitted', async () => {
    const app = await apps.launch({ viewport: { width: 1366, height: 768 } });
    const { page } = app;
    const file = await setUpWorkspace(app);
    await page.getByRole('button', { name: /^Dana: vote now/ }).click();
    const ballot = page.getByRole('region', { name: 'Private ballot for Dana' });
    await ballot.getByText('Shown in a random order so no item gets a head start.').waitFor();
    const titles = () => ballot.locator('.ballot-item-title').allTextContents();
    const start = await titles();
    await ballot.getByRole('button', { name: `Move ${start[5]} up` }).click();
    await ballot.getByRole('button', { name: `Move ${start[5]} up` }).click();
    const halfDone = await titles();
    expect(halfDone).not.toEqual(start);

    await page.getByRole('tab', { name: 'Board' }).click();
    await page.getByRole('tab', { name: 'Ranking' }).click();
    expect(await titles()).toEqual(halfDone);
    await page.getByTestId('save-status').getByText('Saved', { exact: true }).waitFor();
    const before = JSON.parse(await readFile(file, 'utf8')) as Workspace;
    expect(before.rounds[0]!.ballots).toEqual([]);

    await ballot.getByRole('button', { name: 'Submit my ranking' }).click();
    await page.getByText('Thanks, Dana: your ballot is in.').waitFor();
    const submitted = async () =>
      (JSON.parse(await readFile(file, 'utf8')) as Workspace).rounds[0]!.ballots[0]?.content;
    await expect.poll(submitted, { timeout: 5000 }).toBeDefined();
    const title = new Map(before.priorities.map((p) => [p.id, p.title]));
    const content = await submitted();
    expect(content?.kind === 'order' && content.tiers.map(([id]) => title.get(id!))).toEqual(halfDone);
  });

  it('a CSV file is previewed, then imported with what was skipped, and an over-long pasted title never blocks a save', async () => {
    const h = await apps.launch({ viewport: { width: 1366, height: 768 } });
    const { page } = h;
    await page.getByRole('button', { name: 'New workspace' }).click();
    await page.getByRole('dialog').getByLabel('Name').fill('CSV Offsite');
    await page.getByRole('button', { name: 'Create workspace' }).click();
    await page.getByRole('tab', { name: 'Priorities' }).click();
    const long = `Office in Lisbon ${'x'.repeat(300)}`;
    await page.getByLabel('New priorities, one per line').fill(`Hire a CFO\n${long}`);
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await page.getByText(/^Line 2, .*: the title is 317 characters; at most 200\./).waitFor();
    const csv = join(h.documentsDir, 'priorities.csv');
    await writeFile(
      csv,
      'Initiative\tOwner\tImpact\nLaunch in the EU\tLena\t8\n\tDana\t3\nHire a CFO\tDana\t6\n',
    );
    await page.getByLabel('CSV file of priorities').setInputFiles(csv);
    const preview = page.getByRole('region', { name: 'Import “priorities.csv”' });
    await preview.getByText('A tab-separated file with a header row.').waitFor();
    await preview.getByRole('button', { name: 'Import 1 priority' }).click();
    await page
      .getByText('Imported 1, skipped 2 (row 3: no title; row 4: “Hire a CFO” is already in the list).')
      .waitFor();
    const file = join(h.documentsDir, 'Offsite', 'CSV Offsite', 'workspace.json');
    await expect
      .poll(
        async () => (JSON.parse(await readFile(file, 'utf8')) as Workspace).priorities.map((p) => p.title),
        {
          timeout: 5000,
        },
      )
      .toEqual(['Hire a CFO', 'Launch in the EU']);
    expect(await page.getByText('Your last changes are not saved.').count()).toBe(0);
  });

  it('a room split in two camps reads on one projector screen, at 1366×768 and 1920×1080', async () => {
    const viewports = [
      { width: 1366, height: 768 },
      { width: 1920, height: 1080 },
    ];
    for (const [i, viewport] of viewports.entries()) {
      const app = await apps.launch({ viewport });
      const { page } = app;
      const w = twoCampWorkspace();
      const dir = join(app.documentsDir, w.name);
      await mkdir(dir, { recursive: true });
      await writeFile(join(dir, 'workspace.json'), JSON.stringify(w));
      app.dialogs.workspaceFolders.push(dir);
      await page.getByRole('button', { name: /^Open/ }).click();
      await page.getByRole('tab', { name: 'Ranking' }).click();
      await page.getByTestId('results').waitFor();
      expect(await page.getByTestId('alignment-label').textContent()).toBe('two camps');
      expect(await page.getByTestId('certainty-lines').textContent()).toContain(
        'All 6 put “Launch in the EU” above',
      );
      await page.getByRole('button', { name: 'Present' }).click();
      await page.getByRole('button', { name: 'Details (D or →)' }).waitFor();
      // Evaluated in the page (a string: this project's Node types have no DOM).
      const overflow = await page.evaluate<{ down: number; across: number }>(
        '({ down: document.documentElement.scrollHeight - innerHeight, across: document.documentElement.scrollWidth - innerWidth })',
      );
      expect(
        overflow.down,
        'the order, the headline and "discuss first" need no scrolling',
      ).toBeLessThanOrEqual(0);
      expect(overflow.across).toBeLessThanOrEqual(0);
      await page.keyboard.press('d');
      await page.getByRole('region', { name: 'Agreement between people' }).waitFor();
      expect(
        await page.evaluate<number>('document.documentElement.scrollWidth - innerWidth'),
      ).toBeLessThanOrEqual(0);
      expect(app.problems).toEqual([]);
      if (i < viewports.length - 1) await app.close(); // the last one closes after the test
    }
  });
});
