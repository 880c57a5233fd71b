import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { newPriority } from '../../src/shared/domain/priorities';
import { setFocus } from '../../src/shared/domain/rounds/roundOps';
import { nextQuarter } from '../../src/shared/domain/series';
import { setSuccessDefinition } from '../../src/shared/domain/series/seriesEdits';
import { createWorkspace, type Workspace } from '../../src/shared/domain/workspace';
import { openOnTab } from './boardDriver';
import { appPerTest } from './lifecycle';

const apps = appPerTest();
/** Where the screenshots the README shows are written; set SCREENSHOTS=1 to refresh them. */
const SHOTS = process.env['SCREENSHOTS'] ? join('docs', 'screenshots') : null;

/** Six people, long names and names in five scripts: on the buttons and above their columns. */
const PEOPLE = [
  'Dana Whitfield-Montgomery',
  'Сергей Александрович Иванов',
  '李明',
  '佐藤 愛子',
  'Ολυμπία Παππά',
  'محمد الحسن',
];

/** What each writes: the customer story mostly shared, the EU launch said three ways. */
const MESSAGES: string[][] = [
  [
    'Customers first: every team answers within a day',
    'The EU launch ships in June',
    'We hire only for the launch',
  ],
  ['Customers first, always', 'EU launch before anything new', 'Keep costs flat'],
  ['客户第一', 'The EU launch is our one focus'],
  ['Customers first', 'Launch in Europe by June', 'No new projects this quarter'],
  ['Fewer projects, done well', 'Customers hear one date for the launch'],
  ['The launch date is June', 'Customers first'],
];
const METRICS: Array<[string, string]> = [
  ['Paying EU customers', '40 by 30 June'],
  ['paying EU  customers', '35'],
  ['EU revenue', '€1.2M in Q2'],
  ['NPS of EU customers', '45'],
  ['Paying EU customers', '50'],
  ['Launch date met', 'Live on 1 June'],
];

function team(): Workspace {
  const w = createWorkspace(
    { name: 'Statements offsite', kind: 'offsite', period: '2027-Q1', organisation: 'Northwind' },
    'ws-statements',
    new Date('2026-12-01T09:00:00Z'),
  );
  return setFocus(
    {
      ...w,
      participants: PEOPLE.map((name, i) => ({
        id: `person-${i + 1}`,
        name,
        role: '',
        department: '',
        colour: '#0072b2',
        isFacilitator: false,
        votes: true,
      })),
      priorities: [
        newPriority({ title: 'EU launch', owner: 'Dana Whitfield-Montgomery' }, 'p-eu'),
        newPriority(
          { title: 'Hire a head of data', owner: 'Сергей Александрович Иванов', status: 'committed' },
          'p-data',
        ),
        newPriority({ title: 'Close the Lisbon office', owner: '李明', status: 'committed' }, 'p-lisbon'),
      ],
    },
    'p-eu',
  );
}

async function writeAs(page: Page, person: number, texts: readonly string[], shot: string | null) {
  const name = PEOPLE[person]!;
  await page.getByRole('button', { name: `${name}: write now` }).click();
  const dialog = page.getByRole('dialog', { name: `Private draft for ${name}` });
  const boxes = dialog.getByRole('textbox');
  // Whoever wrote before left nothing on the screen.
  for (let i = 0; i < (await boxes.count()); i++) expect(await boxes.nth(i).inputValue()).toBe('');
  for (const [i, text] of texts.entries()) await boxes.nth(i).fill(text);
  if (SHOTS && shot) {
    await mkdir(SHOTS, { recursive: true });
    await page.screenshot({ path: join(SHOTS, shot), animations: 'disabled' });
  }
  await dialog.getByRole('button', { name: 'Done' }).click();
  await page.getByText(`Thanks, ${name}: your draft is in.`).waitFor();
}

type Saved = {
  agreedMessages: string[];
  successDefinition: { priorityId: string; metric: string; target: string } | null;
  statementChecks: Array<{ status: string; drafts: unknown[] }>;
};

describe('the same-message and success checks on the laptop', () => {
  it('takes six private drafts, reveals them side by side, and stores what the room agreed', async () => {
    const app = await apps.launch({ viewport: { width: 1366, height: 768 } });
    const { page } = app;
    const dir = await openOnTab(app, team(), 'Ranking');

    await page.getByRole('button', { name: 'New same-message check…' }).click();
    await page.getByRole('button', { name: 'Open the check' }).click();
    for (const [i, texts] of MESSAGES.entries())
      await writeAs(page, i, texts, i === 1 ? 'statements-private-1366x768.png' : null);
    await page.getByText('6 of 6 have written.', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Reveal results' }).click();

    const reveal = page.getByRole('region', { name: 'Drafts side by side' });
    await reveal.waitFor();
    expect(await reveal.getByRole('columnheader').allInnerTexts()).toEqual(['Message', ...PEOPLE]);
    const firstRow = reveal.getByRole('row').nth(1);
    expect(await firstRow.locator('td p').allInnerTexts()).toEqual(MESSAGES.map((m) => m[0]));
    expect(await reveal.locator('.statement-common').innerText()).toContain('customers (5 of 6)');
    if (SHOTS) {
      await page.setViewportSize({ width: 1920, height: 1080 });
      await page.screenshot({ path: join(SHOTS, 'statements-reveal-1920x1080.png'), animations: 'disabled' });
      await page.setViewportSize({ width: 1366, height: 768 });
    }

    await reveal.getByRole('button', { name: 'Use this: Customers first, always' }).click();
    await reveal.getByRole('button', { name: 'Use this: The EU launch ships in June' }).click();
    const agree = page.getByRole('form', { name: 'Agree the messages' });
    await agree.getByLabel('Agreed message 1').fill('Customers first: every team answers within a day');
    await agree.getByRole('button', { name: 'Save the agreed messages' }).click();
    const agreed = page.getByRole('region', { name: 'What every team will hear' });
    expect(await agreed.getByRole('listitem').allInnerTexts()).toEqual([
      'Customers first: every team answers within a day',
      'The EU launch ships in June',
    ]);
    await page.getByRole('button', { name: 'Back to the rounds' }).click();

    await page.getByRole('button', { name: 'New success check…' }).click();
    await page.getByRole('button', { name: 'Open the check' }).click();
    for (const [i, pair] of METRICS.entries()) await writeAs(page, i, pair, null);
    await page.getByRole('button', { name: 'Reveal results' }).click();
    await page.getByText('6 people, 4 different metrics').waitFor();
    if (SHOTS) {
      await page.setViewportSize({ width: 1920, height: 1080 });
      await page.screenshot({
        path: join(SHOTS, 'statements-success-1920x1080.png'),
        animations: 'disabled',
      });
      await page.setViewportSize({ width: 1366, height: 768 });
    }
    const group = page.getByRole('listitem', { name: 'Paying EU customers' });
    expect(await group.locator('.statement-count').innerText()).toBe('3 of 6 wrote this');
    await group.getByRole('button', { name: 'Use this: Paying EU customers' }).click();
    const success = page.getByRole('form', { name: 'Agree the definition of success' });
    await success.getByLabel('Target').fill('40 paying by 30 June');
    await success.getByRole('button', { name: 'Save the definition of success' }).click();
    await page
      .getByText('Agreed definition of success for EU launch: Paying EU customers — 40 paying by 30 June')
      .waitFor();

    const saved = async () => JSON.parse(await readFile(join(dir, 'workspace.json'), 'utf8')) as Saved;
    await expect
      .poll(async () => (await saved()).successDefinition, { timeout: 10_000 })
      .toEqual({
        priorityId: 'p-eu',
        metric: 'Paying EU customers',
        target: '40 paying by 30 June',
      });
    const file = await saved();
    expect(file.agreedMessages).toEqual([
      'Customers first: every team answers within a day',
      'The EU launch ships in June',
    ]);
    expect(file.statementChecks.map((c) => [c.status, c.drafts.length])).toEqual([
      ['revealed', 6],
      ['revealed', 6],
    ]);
  });

  it("grades last quarter's commitments and success on the next quarter's Setup tab", async () => {
    const app = await apps.launch({ viewport: { width: 1366, height: 768 } });
    const { page } = app;
    const q1 = setSuccessDefinition(team(), {
      priorityId: 'p-eu',
      metric: 'Paying EU customers',
      target: '40 by 30 June',
    });
    const q1Dir = join(app.documentsDir, q1.name);
    await mkdir(q1Dir, { recursive: true });
    let ids = 0;
    const { workspace: q2, previous } = nextQuarter(q1, {
      name: 'Statements offsite Q2',
      period: '2027-Q2',
      now: new Date('2027-03-30T09:00:00Z'),
      newId: () => `q2-${++ids}`,
      previousFolder: q1Dir,
    });
    await writeFile(join(q1Dir, 'workspace.json'), JSON.stringify(previous, null, 2));
    const dir = await openOnTab(app, q2, 'Setup');

    const panel = page.getByRole('region', { name: 'Grading last quarter (Q1 2027)' });
    await panel.waitFor();
    await panel.getByRole('combobox', { name: 'Grade for EU launch' }).selectOption('done');
    await panel.getByRole('combobox', { name: 'Grade for Hire a head of data' }).selectOption('partly');
    await panel.getByRole('combobox', { name: 'Grade for last quarter’s success' }).selectOption('partly');
    await panel
      .getByText('Commitments completed: 75% (2 of 3 graded: 1 done, 1 partly, 0 missed).')
      .waitFor();
    await panel.scrollIntoViewIfNeeded();
    if (SHOTS) {
      await mkdir(SHOTS, { recursive: true });
      await page.screenshot({ path: join(SHOTS, 'carried-in-1366x768.png'), animations: 'disabled' });
    }
    await expect
      .poll(
        async () =>
          (JSON.parse(await readFile(join(dir, 'workspace.json'), 'utf8')) as Workspace).carriedIn
            ?.previousSuccess?.grade,
        { timeout: 10_000 },
      )
      .toBe('partly');
  });
});
