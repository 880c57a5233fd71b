import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { BUILT_IN_CHECKPOINT_QUESTIONS } from '../../src/shared/domain/alignment';
import { addDepartment } from '../../src/shared/domain/cascade/cascadeEdits';
import { newPriority } from '../../src/shared/domain/priorities';
import { castBallot, createRound, revealRound } from '../../src/shared/domain/rounds';
import {
  createTranslationCheck,
  departmentReadings,
  issueBallots,
  tauBInWords,
  translationCheckResults,
} from '../../src/shared/domain/translation';
import { addParticipant, createWorkspace, type Workspace } from '../../src/shared/domain/workspace';
import { openOnTab } from './boardDriver';
import { CHROMIUM_ARGS, CHROMIUM_PATH, launchApp, type Harness } from './harness';
import { newPhoneContext, orderByButtons, PHONE_WAIT, sendAndExpectSaved } from './phoneDriver';

/**
 * A department round: after the offsite, Operations ranks the committed priorities on five
 * phones through the room link, each phone on its own seat card of an anonymous check.
 * Each ranking is counted as that ballot's reply (a second one replaces the first, said on
 * the console), and the τ-b the Cascade tab shows is the domain's for the orders sent.
 * Then Finance, on a check that asks the checkpoint questions after the ranking: three
 * phones rank and answer, and the Cascade tab's readings are the domain's medians.
 */

const SCREENSHOTS = resolve('docs/screenshots');
const TITLES = [
  'Launch in the EU',
  'Enterprise SSO',
  'Cut cloud costs by 20%',
  'Hire a CFO',
  'Self-service portal',
];
const ITEMS = TITLES.map((_, i) => `pr-${i + 1}`);
const titleOf = (id: string) => TITLES[ITEMS.indexOf(id)]!;
const QUESTION = 'In what order should your team work on the company’s priorities?';
const LEADERSHIP = ['pr-2', 'pr-1', 'pr-3', 'pr-5', 'pr-4'];
/** What each of the five phones sends: mostly the leadership's top, the tail reordered. */
const ORDERS = [
  ['pr-2', 'pr-1', 'pr-5', 'pr-3', 'pr-4'],
  ['pr-1', 'pr-2', 'pr-3', 'pr-4', 'pr-5'],
  ['pr-2', 'pr-3', 'pr-1', 'pr-5', 'pr-4'],
  ['pr-4', 'pr-2', 'pr-1', 'pr-3', 'pr-5'],
  ['pr-2', 'pr-1', 'pr-3', 'pr-4', 'pr-5'],
];
/** Finance's three phones: their order, and per question (in the check's order) a score or a skip. */
const FINANCE = [
  { order: ITEMS, scores: [2, 4, null], comment: 'Each team hears a different first priority' },
  { order: LEADERSHIP, scores: [3, 4, 5], comment: '' },
  { order: ['pr-3', 'pr-2', 'pr-1', 'pr-4', 'pr-5'], scores: [4, 2, 5], comment: '' },
];
/** Respondent 4 thinks again and sends this instead. */
const SECOND_THOUGHT = ['pr-2', 'pr-1', 'pr-4', 'pr-3', 'pr-5'];

function offsite(): Workspace {
  const at = new Date('2027-01-15T09:00:00Z');
  let w = createWorkspace(
    { name: 'Department round', kind: 'offsite', period: '2027-Q1', organisation: 'Northwind Ltd' },
    'ws-department-round',
    at,
  );
  ['Dana Whitfield', 'Ravi Menon', 'Mei Tanaka'].forEach(
    (n, i) => (w = addParticipant(w, { name: n }, `lead-${i}`)),
  );
  w = {
    ...w,
    priorities: TITLES.map((title, i) => newPriority({ title, status: 'committed' }, ITEMS[i]!)),
  };
  w = createRound(w, { question: 'Which first?', method: 'order', itemIds: ITEMS }, 'r-lead', at);
  for (let i = 0; i < 3; i++)
    w = castBallot(w, 'r-lead', `lead-${i}`, { kind: 'order', tiers: LEADERSHIP.map((id) => [id]) }, at);
  w = revealRound(w, 'r-lead', at);
  w = addDepartment(w, { id: 'ops', name: 'Operations', capacity: 10 });
  w = addDepartment(w, { id: 'fin', name: 'Finance', capacity: 10 });
  let f = 0;
  // Finance's check first, so the panel opens on the latest one (Operations') as before.
  let checks = createTranslationCheck(
    w,
    [],
    {
      id: 'tc-fin',
      question: QUESTION,
      anonymous: true,
      leadershipRoundId: 'r-lead',
      questions: BUILT_IN_CHECKPOINT_QUESTIONS,
    },
    at,
  );
  checks = issueBallots(
    w,
    checks,
    { checkId: 'tc-fin', departmentId: 'fin', respondents: [], count: FINANCE.length },
    () => `finToken${String(++f).padStart(4, '0')}xyz`,
    at,
  ).checks;
  checks = createTranslationCheck(
    w,
    checks,
    { id: 'tc-ops', question: QUESTION, anonymous: true, leadershipRoundId: 'r-lead' },
    at,
  );
  let n = 0;
  checks = issueBallots(
    w,
    checks,
    { checkId: 'tc-ops', departmentId: 'ops', respondents: [], count: 5 },
    () => `opsToken${String(++n).padStart(4, '0')}xyz`,
    at,
  ).checks;
  return { ...w, translationChecks: checks };
}

let app: Harness;
let browser: Browser;
let dir: string;
const phones: Page[] = [];
const contexts: BrowserContext[] = [];
const phoneProblems: string[] = [];

beforeAll(async () => {
  app = await launchApp({ viewport: { width: 1366, height: 768 } });
  dir = await openOnTab(app, offsite(), 'Cascade');
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  for (let i = 0; i < ORDERS.length; i++) {
    const context = await newPhoneContext(browser);
    const page = await context.newPage();
    page.setDefaultTimeout(PHONE_WAIT);
    page.on('console', (m) => m.type() === 'error' && phoneProblems.push(m.text()));
    page.on('pageerror', (e) => phoneProblems.push(e.message));
    contexts.push(context);
    phones.push(page);
  }
}, 120_000);

afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => undefined);
  await browser?.close();
  await app?.close();
});

const signed = (x: number) => (x < 0 ? `−${Math.abs(x).toFixed(2)}` : x.toFixed(2));

it('five phones of Operations rank on their seat cards; each ranking is its ballot’s reply; the τ-b shown is the domain’s', async () => {
  const { page } = app;
  const panel = page.getByRole('region', { name: 'Translation check' });
  await panel
    .getByRole('listitem', { name: 'Ballots for Operations' })
    .getByRole('button', { name: 'Rank by phone: Operations' })
    .click();
  const ops = panel.getByRole('region', { name: 'Room link for Operations' });
  await ops.getByRole('button', { name: 'Open room link for Operations' }).click();
  await ops.getByRole('img', { name: /^Room QR code: / }).waitFor();
  await ops.getByRole('button', { name: 'Seat cards…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Seat cards' });
  const cards = dialog.getByRole('list', { name: 'Seat cards' }).getByRole('listitem');
  await cards.first().waitFor();
  expect(await dialog.locator('.seat-card-name').allTextContents()).toEqual(
    [1, 2, 3, 4, 5].map((i) => `Respondent ${i}`),
  );
  const urls = await dialog.locator('.seat-card-url').allTextContents();
  // A seat card carries its own seat's secret, never the ballot's token.
  expect(urls.join(' ')).not.toContain('opsToken');
  await dialog.getByRole('button', { name: 'Close' }).click();

  for (const [i, order] of ORDERS.entries()) {
    const phone = phones[i]!;
    await phone.goto(urls[i]!);
    await phone.getByText(`Voting as Respondent ${i + 1}`).waitFor();
    await phone.getByRole('heading', { name: QUESTION }).waitFor();
    await orderByButtons(phone, order, titleOf);
    if (i === 0) await phone.screenshot({ path: join(SCREENSHOTS, 'phone-department-round-390x844.png') });
    await sendAndExpectSaved(phone);
    await expect
      .poll(() =>
        ops
          .getByRole('status')
          .filter({ hasText: /joined · / })
          .textContent(),
      )
      .toBe(`${i + 1} of 5 joined · ${i + 1} of 5 ranked`);
  }
  // A second ranking from the same seat replaces the first, and the console says so.
  await orderByButtons(phones[3]!, SECOND_THOUGHT, titleOf);
  await sendAndExpectSaved(phones[3]!);
  await ops
    .getByText('Respondent 4 replied twice: the newer ranking is counted and the earlier one is not.')
    .waitFor({ timeout: 10_000 });

  // Saved as replies, one per ballot token, the orders the phones sent.
  const sent = ORDERS.map((o, i) => (i === 3 ? SECOND_THOUGHT : o));
  const saved = async () => JSON.parse(await readFile(join(dir, 'workspace.json'), 'utf8')) as Workspace;
  await expect
    .poll(
      async () => {
        const check = (await saved()).translationChecks.find((c) => c.id === 'tc-ops')!;
        return check.replies.map((r) => [r.token, r.order]);
      },
      { timeout: 10_000 },
    )
    .toEqual(sent.map((o, i) => [`opsToken${String(i + 1).padStart(4, '0')}xyz`, o]));
  const workspace = await saved();
  const results = translationCheckResults(
    workspace,
    workspace.translationChecks.find((c) => c.id === 'tc-ops')!,
  )!;
  const mine = results.departments.find((d) => d.departmentId === 'ops')!;
  expect(mine.tauB).not.toBeNull();
  const row = panel.getByRole('row', { name: 'Results for Operations' });
  const cells = await row.getByRole('cell').allTextContents();
  expect(cells[0]).toBe('5');
  expect(cells[1]).toBe(`${signed(mine.tauB!)}: ${tauBInWords(mine.tauB!)}`);

  await ops.getByRole('list', { name: 'Seats' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(SCREENSHOTS, 'department-round-console-1366x768.png') });
  // A check that asks no questions: none on the phone.
  expect(await phones[0]!.locator('fieldset').count()).toBe(0);
  await ops.getByRole('button', { name: 'Close room link' }).click();
  await phones[0]!.getByRole('heading', { name: 'The link was closed' }).waitFor();
  await row.scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(SCREENSHOTS, 'department-round-results-1366x768.png') });
  expect(phoneProblems).toEqual([]);
}, 600_000);

const medianText = (m: number | null) => (m === null ? '—' : Number.isInteger(m) ? String(m) : m.toFixed(1));

it('three phones of Finance rank and answer the check’s questions; the Cascade tab shows the domain’s medians', async () => {
  const { page } = app;
  const panel = page.getByRole('region', { name: 'Translation check' });
  await panel.getByRole('combobox', { name: /^Check\b/ }).selectOption('tc-fin');
  await panel
    .getByRole('listitem', { name: 'Ballots for Finance' })
    .getByRole('button', { name: 'Rank by phone: Finance' })
    .click();
  const fin = panel.getByRole('region', { name: 'Room link for Finance' });
  await fin.getByRole('button', { name: 'Open room link for Finance' }).click();
  await fin.getByRole('img', { name: /^Room QR code: / }).waitFor();
  await fin.getByRole('button', { name: 'Seat cards…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Seat cards' });
  await dialog.getByRole('list', { name: 'Seat cards' }).getByRole('listitem').first().waitFor();
  const urls = await dialog.locator('.seat-card-url').allTextContents();
  await dialog.getByRole('button', { name: 'Close' }).click();

  const finance: Page[] = [];
  for (const [i, { order, scores, comment }] of FINANCE.entries()) {
    const context = await newPhoneContext(browser);
    contexts.push(context);
    const phone = await context.newPage();
    phone.setDefaultTimeout(PHONE_WAIT);
    phone.on('pageerror', (e) => phoneProblems.push(e.message));
    finance.push(phone);
    await phone.goto(urls[i]!);
    await phone.getByText(`Voting as Respondent ${i + 1}`).waitFor();
    const questions = phone.getByRole('region', { name: 'Questions' });
    expect(await questions.locator('legend').allTextContents()).toEqual(
      BUILT_IN_CHECKPOINT_QUESTIONS.map((q, k) => `${k + 1}. ${q.wording}`),
    );
    await orderByButtons(phone, order, titleOf);
    for (const [k, score] of scores.entries()) {
      if (score === null) continue;
      const word = ['Not at all', 'A little', 'Partly', 'Mostly', 'Completely'][score - 1]!;
      await phone.getByRole('button', { name: `${score} ${word} — question ${k + 1}` }).click();
    }
    if (comment) await phone.getByRole('textbox', { name: 'Comment on question 1' }).fill(comment);
    if (i === 0) {
      await questions.locator('fieldset').first().scrollIntoViewIfNeeded();
      await phone.screenshot({ path: join(SCREENSHOTS, 'phone-department-questions-390x844.png') });
    }
    await sendAndExpectSaved(phone);
  }

  // Each reply holds the order and the answers its phone sent, in one reply per ballot.
  const saved = async () => JSON.parse(await readFile(join(dir, 'workspace.json'), 'utf8')) as Workspace;
  const expected = FINANCE.map(({ order, scores, comment }, i) => [
    `finToken${String(i + 1).padStart(4, '0')}xyz`,
    order,
    BUILT_IN_CHECKPOINT_QUESTIONS.flatMap((q, k) =>
      scores[k] === null && !(k === 0 && comment)
        ? []
        : [{ questionId: q.id, score: scores[k], comment: k === 0 ? comment : '' }],
    ),
  ]);
  await expect
    .poll(
      async () => {
        const check = (await saved()).translationChecks.find((c) => c.id === 'tc-fin')!;
        return check.replies.map((r) => [r.token, r.order, r.answers]);
      },
      { timeout: 10_000 },
    )
    .toEqual(expected);

  const workspace = await saved();
  const readings = departmentReadings(
    workspace,
    workspace.translationChecks.find((c) => c.id === 'tc-fin')!,
  );
  const finReadings = readings.find((d) => d.departmentId === 'fin')!;
  expect(finReadings.respondents).toBe(3);
  const table = panel
    .getByRole('region', { name: 'The checkpoint questions, by department' })
    .getByRole('table');
  await table.waitFor();
  expect(await table.getByRole('columnheader').allTextContents()).toEqual([
    'Question',
    'Leadership',
    'Finance',
  ]);
  for (const reading of finReadings.questions) {
    const row = table
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: reading.wording }) });
    const cell = row.getByRole('cell').nth(1);
    expect(await cell.locator('.reading-median').textContent()).toBe(medianText(reading.department.median));
  }
  // The domain's medians for these answers: 3, 4 and 5.
  expect(finReadings.questions.map((q) => q.department.median)).toEqual([3, 4, 5]);

  await fin.getByRole('button', { name: 'Close room link' }).click();
  await finance[0]!.getByRole('heading', { name: 'The link was closed' }).waitFor();
  expect(phoneProblems).toEqual([]);
}, 600_000);
