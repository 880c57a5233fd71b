import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  createSupportCheck,
  rateSupport,
  revealSupportCheck,
  supportMatrixOf,
} from '../../src/shared/domain/alignment/supportEdits';
import { seriesTrends } from '../../src/shared/domain/series/trends';
import { summarizeQuarterFromJson } from '../../src/shared/domain/series/quarterSummaryJson';
import type { TranslationCheck } from '../../src/shared/domain/translation';
import { createWorkspace, encodeWorkspace, Workspace } from '../../src/shared/domain/workspace';
import type { SupportCheck } from '../../src/shared/domain/workspace/supportCheckSchema';
import { validQbrWorkspace } from '../support/qbrWorkspace';
import { openOnTab } from './boardDriver';
import { appPerTest } from './lifecycle';

const apps = appPerTest();
/** Where the screenshots the README shows are written; set SCREENSHOTS=1 to refresh them. */
const SHOTS = process.env['SCREENSHOTS'] ? join('docs', 'screenshots') : null;

/** Four departments: a long name, a German one, and two in scripts other than Latin. */
const CS = 'Customer Success & Professional Services (EMEA)';
const RD = 'Forschung und Entwicklung';
const SALES = '営業本部';
const FIN = 'Финансы';

/** Eight executives, two a department, each with the department written on their record. */
const PEOPLE: Array<[string, string]> = [
  ['Dana Whitfield', CS],
  ['Tomás Ibáñez', CS],
  ['Jonas Becker', RD],
  ['Ολυμπία Παππά', RD],
  ['佐藤 愛子', SALES],
  ['李明', SALES],
  ['Сергей Иванов', FIN],
  ['محمد الحسن', FIN],
];

/**
 * What each person rates the support their department gets from each other one. Sales says
 * R&D gives it little (1, 2) while R&D rates Sales highly (5, 4): the most asymmetric pair;
 * Finance rates Customer Success's support 1.5, which rates Finance's 2.5.
 */
const RATINGS: Array<Record<string, number>> = [
  { [RD]: 3, [SALES]: 4, [FIN]: 2 },
  { [RD]: 4, [SALES]: 4, [FIN]: 3 },
  { [CS]: 4, [SALES]: 5, [FIN]: 3 },
  { [CS]: 3, [SALES]: 4, [FIN]: 3 },
  { [CS]: 4, [RD]: 1, [FIN]: 3 },
  { [CS]: 5, [RD]: 2, [FIN]: 4 },
  { [CS]: 1, [RD]: 3, [SALES]: 3 },
  { [CS]: 2, [RD]: 3, [SALES]: 4 },
];

function team(): Workspace {
  const w = createWorkspace(
    { name: 'Support offsite', kind: 'offsite', period: '2027-Q1', organisation: 'Northwind' },
    'ws-support',
    new Date('2026-12-01T09:00:00Z'),
  );
  return {
    ...w,
    participants: PEOPLE.map(([name, department], i) => ({
      id: `person-${i + 1}`,
      name,
      role: '',
      department,
      colour: '#0072b2',
      isFacilitator: false,
      votes: true,
    })),
  };
}

async function rateAs(page: Page, person: number): Promise<void> {
  const [name, department] = PEOPLE[person]!;
  await page.getByRole('button', { name: `${name}: rate now` }).click();
  const dialog = page.getByRole('dialog', { name: `Private ratings for ${name}` });
  // Their own department comes from their participant record.
  expect(await dialog.getByRole('radio', { name: department }).getAttribute('aria-checked')).toBe('true');
  for (const [giver, score] of Object.entries(RATINGS[person]!)) {
    await dialog
      .getByRole('group', { name: `Support from ${giver}` })
      .getByRole('button')
      .nth(score - 1)
      .click();
  }
  if (SHOTS && person === 0) {
    await mkdir(SHOTS, { recursive: true });
    await dialog.getByRole('heading', { name: `${name}, rate in private` }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'support-rating-1366x768.png'), animations: 'disabled' });
  }
  await dialog.getByRole('button', { name: 'Submit my ratings' }).click();
  await page.getByText(`Thanks, ${name}: your ratings are in.`).waitFor();
}

type Saved = { supportChecks?: SupportCheck[] };

describe('the department support matrix on the laptop', () => {
  it('takes eight private ratings in four departments, draws the domain’s matrix, and saves no person with an anonymous rating', async () => {
    const app = await apps.launch({ viewport: { width: 1366, height: 768 } });
    const { page } = app;
    const dir = await openOnTab(app, team(), 'Ranking');
    await page.getByRole('button', { name: 'New support matrix' }).click();
    const form = page.getByRole('dialog', { name: 'New support matrix' });
    const listed = await form
      .getByRole('textbox', { name: /^Department \d/ })
      .evaluateAll((inputs) => inputs.map((i) => (i as unknown as { value: string }).value));
    expect(listed).toEqual([CS, RD, SALES, FIN]);
    await form.getByRole('button', { name: 'Start the support matrix' }).click();
    for (let person = 0; person < PEOPLE.length; person++) await rateAs(page, person);
    await page.getByText('8 of 8 have rated.', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Reveal results' }).click();
    const results = page.getByRole('region', { name: 'Results' });
    await results.waitFor();

    const saved = async () => JSON.parse(await readFile(join(dir, 'workspace.json'), 'utf8')) as Saved;
    await expect
      .poll(async () => (await saved()).supportChecks?.[0]?.status, { timeout: 10_000 })
      .toBe('revealed');
    const check = (await saved()).supportChecks![0]!;
    // 8 people × 3 other departments.
    expect(check.ratings).toHaveLength(24);
    for (const rating of check.ratings)
      expect(Object.keys(rating).sort()).toEqual(['giver', 'receiver', 'score']);
    const ratingsJson = JSON.stringify(check.ratings);
    for (const [i, [name]] of PEOPLE.entries()) {
      expect(ratingsJson).not.toContain(`person-${i + 1}`);
      expect(ratingsJson).not.toContain(name);
    }

    // Every cell on screen is the domain's, from the ratings on disk: mean to one place, and n.
    const matrix = supportMatrixOf(check);
    expect(matrix.cells).toHaveLength(12);
    for (const cell of matrix.cells) {
      const td = results.locator(`td[data-from="${cell.from}"][data-to="${cell.to}"]`);
      expect(await td.locator('.support-mean').innerText()).toBe(cell.mean.toFixed(1));
      expect(await td.locator('.support-n').innerText()).toBe(`n = ${cell.n}`);
    }
    // Most asymmetric first: Sales rates the support from R&D 1.5, R&D rates Sales's 4.5.
    const first = matrix.asymmetric[0]!;
    expect([first.a, first.b].sort()).toEqual([RD, SALES].sort());
    const pairs = page.getByRole('complementary', { name: 'What the matrix says' }).getByRole('listitem');
    expect(await pairs.first().innerText()).toContain(`${first.gap.toFixed(1)} apart`);
    for (const sentence of matrix.sentences) expect(await results.innerText()).toContain(sentence);

    // Pointing at one cell of the pair marks both.
    await results.locator(`[data-from="${RD}"][data-to="${SALES}"]`).hover();
    await expect
      .poll(async () => results.locator(`[data-from="${SALES}"][data-to="${RD}"]`).getAttribute('class'))
      .toContain('support-cell-linked');
    if (SHOTS) {
      await page.setViewportSize({ width: 1920, height: 1080 });
      // Pointed at again: the window grew under the mouse.
      await results.locator(`[data-from="${SALES}"][data-to="${RD}"]`).hover();
      await page.screenshot({ path: join(SHOTS, 'support-heatmap-1920x1080.png'), animations: 'disabled' });
    }
  });

  it('shows the support average and each department’s τ-b across three quarters of a series', async () => {
    const app = await apps.launch({ viewport: { width: 1366, height: 768 } });
    const { page } = app;
    const folders = ['Q1 2027 Offsite', 'Q2 2027 Offsite', 'Q3 2027 Offsite'].map((n) =>
      join(app.documentsDir, n),
    );
    const quarters = QUARTER_PLANS.map((plan, q) => quarterOf(q, plan, folders));
    for (const [q, w] of quarters.slice(0, 2).entries()) {
      await mkdir(folders[q]!, { recursive: true });
      await writeFile(join(folders[q]!, 'workspace.json'), encodeWorkspace(w));
    }
    await openOnTab(app, quarters[2]!, 'Setup');
    await page.getByRole('heading', { name: 'Trends, quarter on quarter' }).waitFor();

    const expected = seriesTrends(
      await Promise.all(
        folders.map(async (f) => summarizeQuarterFromJson(await readFile(join(f, 'workspace.json'), 'utf8'))),
      ),
    );
    const support = expected.metrics.find((m) => m.key === 'support-average')!.points;
    const supportRow = page.getByRole('row', { name: /^Support between departments/ });
    const supportCells = await supportRow.locator('.trend-value').allInnerTexts();
    expect(supportCells).toEqual(support.map((p) => `${p.value!.toFixed(1)} / 5`));

    const table = page.getByRole('table', { name: 'How each department reads the strategy' });
    const sales = expected.metrics.find((m) => m.key === 'translation-sales')!.points;
    const finance = expected.metrics.find((m) => m.key === 'translation-finance')!.points;
    expect(sales.map((p) => p.value === null)).toEqual([false, false, false]);
    expect(finance.map((p) => p.value === null)).toEqual([false, true, false]);
    const tau = (n: number) => n.toFixed(2).replace('-', '−');
    const cellsOf = (department: string) =>
      table
        .getByRole('row', { name: new RegExp(`^${department}`) })
        .getByRole('cell')
        .allInnerTexts();
    const salesCells = await cellsOf('Sales');
    for (const [i, p] of sales.entries()) expect(salesCells[i]).toContain(tau(p.value!));
    expect(salesCells[2]).toContain(sales[2]!.arrow!.direction === 'up' ? '↑' : '↓');
    expect((await cellsOf('Finance'))[1]).toContain('—');
    expect(await table.locator('xpath=..').innerText()).toContain(
      'Finance, Q2 2027: No one from Finance replied.',
    );
    if (SHOTS) {
      await mkdir(SHOTS, { recursive: true });
      await page
        .getByRole('heading', { name: 'How each department reads the strategy' })
        .evaluate((el) =>
          (el as unknown as { scrollIntoView(o: unknown): void }).scrollIntoView({ block: 'center' }),
        );
      await page.screenshot({ path: join(SHOTS, 'series-trends-1366x768.png'), animations: 'disabled' });
    }
  });
});

/** Per quarter: the support scores Sales and Finance give each other, and the replies per department. */
type QuarterPlan = { support: [number, number, number, number, number]; replies: Array<[string, string[]]> };

/**
 * The QBR fixture's five voters (three in Sales, two in Finance). Its leadership round orders
 * pr1 > pr2 > pr3 > pr4. No one from Finance replies in Q2; it reads the order less well in Q3.
 */
const QUARTER_PLANS: QuarterPlan[] = [
  {
    support: [2, 2, 3, 4, 4],
    replies: [
      ['d-sales', ['pr1', 'pr3', 'pr2', 'pr4']],
      ['d-fin', ['pr1', 'pr2', 'pr3', 'pr4']],
    ],
  },
  { support: [3, 3, 3, 4, 5], replies: [['d-sales', ['pr1', 'pr2', 'pr4', 'pr3']]] },
  {
    support: [4, 4, 4, 4, 4],
    replies: [
      ['d-sales', ['pr1', 'pr2', 'pr3', 'pr4']],
      ['d-sales', ['pr2', 'pr1', 'pr3', 'pr4']],
      ['d-fin', ['pr4', 'pr2', 'pr3', 'pr1']],
    ],
  },
];

function quarterOf(q: number, plan: QuarterPlan, folders: string[]): Workspace {
  const base = validQbrWorkspace();
  const departments = ['Sales', 'Sales', 'Sales', 'Finance', 'Finance'];
  let w: Workspace = {
    ...base,
    id: `ws-q${q + 1}`,
    name: `Q${q + 1} 2027 Offsite`,
    period: `2027-Q${q + 1}`,
    participants: base.participants.map((p, i) => ({ ...p, department: departments[i] ?? '' })),
    cascade: {
      ...base.cascade,
      departments: [
        { id: 'd-sales', name: 'Sales', capacity: 10 },
        { id: 'd-fin', name: 'Finance', capacity: 10 },
      ],
    },
    series: {
      seriesId: 'series-support',
      quarterLabel: `Q${q + 1} 2027`,
      previous:
        q === 0
          ? null
          : {
              workspaceId: `ws-q${q}`,
              name: `Q${q} 2027 Offsite`,
              period: `2027-Q${q}`,
              folderHint: folders[q - 1]!,
            },
    },
  };
  const at = new Date(`2027-0${q * 3 + 1}-20T09:00:00Z`);
  w = createSupportCheck(w, { departments: ['Sales', 'Finance'] }, 'sc-1', at);
  plan.support.forEach((score, i) => {
    const own = i < 3 ? 'Sales' : 'Finance';
    w = rateSupport(w, 'sc-1', `p${i + 1}`, own, [{ giver: own === 'Sales' ? 'Finance' : 'Sales', score }]);
  });
  w = revealSupportCheck(w, 'sc-1');
  if (plan.replies.length === 0) return Workspace.parse(w);
  const token = (i: number) => `token-q${q}-${i}-abcdef`;
  const check: TranslationCheck = {
    id: 'tc-1',
    createdAt: at.toISOString(),
    question: 'Rank the committed priorities',
    anonymous: true,
    itemIds: ['pr1', 'pr2', 'pr3', 'pr4'],
    questions: [],
    leadershipRoundId: 'r1',
    ballots: plan.replies.map(([departmentId], i) => ({
      token: token(i),
      departmentId,
      respondent: null,
      issuedAt: at.toISOString(),
    })),
    replies: plan.replies.map(([, order], i) => ({
      token: token(i),
      submittedAt: at.toISOString(),
      order,
      answers: [],
      checksum: '0'.repeat(64),
    })),
  };
  return Workspace.parse({ ...w, translationChecks: [check] });
}
