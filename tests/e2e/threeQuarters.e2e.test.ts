import { execFile } from 'node:child_process';
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  answerCheckpoint,
  createCheckpoint,
  revealCheckpoint,
  type GivenAnswer,
} from '../../src/shared/domain/alignment';
import {
  createSupportCheck,
  rateSupport,
  revealSupportCheck,
} from '../../src/shared/domain/alignment/supportEdits';
import { newPriority } from '../../src/shared/domain/priorities';
import { castBallot, createRound, revealRound, setFocus } from '../../src/shared/domain/rounds';
import { summarizeQuarterFromJson } from '../../src/shared/domain/series/quarterSummaryJson';
import { seriesTrends, type MetricTrend, type TrendPoint } from '../../src/shared/domain/series/trends';
import * as statements from '../../src/shared/domain/statements';
import { createWorkspace, Workspace } from '../../src/shared/domain/workspace';
import * as room from './alignmentDriver';
import { openOnTab } from './boardDriver';
import type { Harness } from './harness';
import { appPerTest } from './lifecycle';
import { voteInPrivate } from './rankingDriver';
import { readWorkspace } from './seriesDriver';

// Three quarters of one leadership team, end to end in Chromium over the real main process:
// Q1 as its offsite left it (seeded), Q2 run through the screens (grading, checkpoint,
// same-message check, support matrix, ranking and commit), Q3 grading Q2. Then the Series
// view and the deck's trend slides must show the figures the domain computes from the files.
const apps = appPerTest();
const run = promisify(execFile);
const SHOTS = join('docs', 'screenshots');
const STEP = { timeout: 15_000 };

const SALES = 'Sales & Customer Success (EMEA)';
const RD = 'Forschung und Entwicklung';
const FIN = 'Финансы';

/** Seven people: long names and names in five scripts, two or three to a department. */
const PEOPLE: Array<[string, string]> = [
  ['Dana Whitfield-Montgomery', SALES],
  ['Сергей Александрович Иванов', SALES],
  ['李明', RD],
  ['佐藤 愛子', RD],
  ['Maximilian von Hohenberg-Schwarzenfels', RD],
  ['Ολυμπία Παππά', FIN],
  ['محمد الحسن', FIN],
];
const NAMES = PEOPLE.map(([name]) => name);

const TITLES = [
  'Launch in the EU',
  'Replace the legacy order management system before the peak season',
  'Enterprise SSO',
  'Консолидация поставщиков в Восточной Европе',
  'Usage-based pricing',
  'Επέκταση στην ελληνική αγορά',
  'Mobile app v2',
  'توسيع فريق المبيعات في الخليج',
  'Reduce churn in SMB',
  'Hire VP Marketing',
  'データ基盤の刷新',
  'Cut cloud spend 20%',
];
const Q1_COMMITTED = 4;

/** Per person, a checkpoint's three scores and the support their department gets from the others. */
type Answers = { checkpoint: room.CheckpointScores; support: Record<string, number> };
const Q1_ANSWERS: Answers[] = [
  { checkpoint: [2, 2, 3], support: { [RD]: 2, [FIN]: 3 } },
  { checkpoint: [3, 1, 2], support: { [RD]: 1, [FIN]: 3 } },
  { checkpoint: [2, 4, 3], support: { [SALES]: 4, [FIN]: 2 } },
  { checkpoint: [4, 3, null], support: { [SALES]: 5, [FIN]: 2 } },
  { checkpoint: [2, 2, 2], support: { [SALES]: 4, [FIN]: 3 } },
  { checkpoint: [3, 2, 4], support: { [SALES]: 2, [RD]: 3 } },
  { checkpoint: [1, 3, 3], support: { [SALES]: 3, [RD]: 2 } },
];
/** Q2: the team pulls together after its offsite, except Finance and R&D. */
const Q2_ANSWERS: Answers[] = [
  { checkpoint: [4, 3, 4], support: { [RD]: 3, [FIN]: 4 } },
  { checkpoint: [4, 3, 3], support: { [RD]: 3, [FIN]: 4 } },
  { checkpoint: [5, 4, 4], support: { [SALES]: 4, [FIN]: 2 } },
  { checkpoint: [4, 4, 5], support: { [SALES]: 5, [FIN]: 1 } },
  { checkpoint: [3, 4, 4], support: { [SALES]: 4, [FIN]: 2 } },
  { checkpoint: [4, 2, 3], support: { [SALES]: 4, [RD]: 2 } },
  { checkpoint: [5, 3, 4], support: { [SALES]: 5, [RD]: 2 } },
];
const Q2_MESSAGES: string[][] = [
  ['We launch in the EU before anything new', 'Customers hear one date'],
  ['EU launch first', 'Один срок для клиентов'],
  ['欧州ローンチが最優先', 'Customers hear one date'],
  ['The EU launch comes first', 'Fewer projects, done well'],
  ['EU launch before anything new', 'Customers hear one date for the launch'],
  ['Η κυκλοφορία στην ΕΕ πρώτα', 'Customers hear one date'],
  ['EU launch first', 'إطلاق واحد، موعد واحد'],
];
const Q2_AGREED = ['We launch in the EU before anything new', 'Customers hear one date'];

/** Q1's ranking: two camps, one putting the first four first, the other the next four. */
function q1Order(person: number): number[] {
  const ids = [...TITLES.keys()];
  return person < 4 ? ids : [...ids.slice(4, 8), ...ids.slice(0, 4), ...ids.slice(8)];
}

/** Q1 as its offsite left it, built with the domain's own steps and checked by Workspace.parse. */
function q1Workspace(): Workspace {
  const at = new Date('2027-01-20T09:00:00Z');
  let w = createWorkspace(
    { name: 'Q1 2027 Leadership Offsite', kind: 'offsite', period: '2027-Q1', organisation: 'Northwind' },
    'ws-q1',
    at,
  );
  w = {
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
    priorities: TITLES.map((title, i) =>
      newPriority(
        {
          title,
          owner: NAMES[i % NAMES.length]!,
          effort: 3 + (i % 5),
          horizon: i === 2 ? 'next' : 'now',
          status: i < Q1_COMMITTED ? 'committed' : 'candidate',
        },
        `q1-p${i + 1}`,
      ),
    ),
  };
  const ids = w.priorities.map((p) => p.id);
  w = createRound(
    w,
    { question: 'What matters most this quarter?', method: 'order', itemIds: ids },
    'r1',
    at,
  );
  for (const [i, person] of w.participants.entries()) {
    const tiers = q1Order(i).map((k) => [ids[k]!]);
    w = castBallot(w, 'r1', person.id, { kind: 'order', tiers }, at);
  }
  w = setFocus(revealRound(w, 'r1', at), ids[0]!);
  w = createCheckpoint(w, {}, 'cp1', at);
  for (const [i, person] of w.participants.entries()) w = answerCheckpoint(w, 'cp1', person.id, given(i));
  w = revealCheckpoint(w, 'cp1');
  w = createSupportCheck(w, { departments: [SALES, RD, FIN] }, 'sm1', at);
  for (const [i, person] of w.participants.entries()) {
    const ratings = Object.entries(Q1_ANSWERS[i]!.support).map(([giver, score]) => ({ giver, score }));
    w = rateSupport(w, 'sm1', person.id, PEOPLE[i]![1], ratings);
  }
  w = revealSupportCheck(w, 'sm1');
  w = statements.createStatementCheck(w, { kind: 'messages' }, 'msg1', at);
  for (const person of w.participants) {
    w = statements.writeMessages(w, 'msg1', person.id, ['Launch the EU by June', 'Keep costs flat']);
  }
  w = statements.revealStatementCheck(w, 'msg1');
  w = statements.agreeMessages(w, 'msg1', ['The EU launch ships in June', 'Costs stay flat']);
  w = statements.createStatementCheck(w, { kind: 'success' }, 'suc1', at);
  for (const person of w.participants) {
    w = statements.writeSuccess(w, 'suc1', person.id, { metric: 'Paying EU customers', target: '40' });
  }
  w = statements.revealStatementCheck(w, 'suc1');
  w = statements.agreeSuccess(w, 'suc1', { metric: 'Paying EU customers', target: '40 by 30 June' });
  return Workspace.parse(w);
}

function given(person: number): GivenAnswer[] {
  const ids = ['same-message', 'departments-help', 'shared-success'];
  return Q1_ANSWERS[person]!.checkpoint.flatMap((score, q) =>
    score === null ? [] : [{ questionId: ids[q]!, score }],
  );
}

/**
 * The Series view's trends, once the quarters are read. When they do not come, the error
 * says what the Setup tab showed instead (still reading, an error, or nothing).
 */
async function trendsShown(page: Page): Promise<void> {
  try {
    await page.getByRole('heading', { name: 'Trends, quarter on quarter' }).waitFor({ timeout: 30_000 });
  } catch (error) {
    const seen = await page
      .locator('main')
      .innerText({ timeout: 2_000 })
      .catch(() => '(nothing)');
    throw new Error(`No trends on the Setup tab; it showed:\n${seen.slice(0, 2_000)}`, { cause: error });
  }
}

/** Waits until the autosave has written what `read` looks for. */
const saved = <T>(read: () => Promise<T>, expected: T) =>
  expect.poll(read, { timeout: 15_000 }).toEqual(expected);

/** The text each cell of a measure's row shows (screen-reader words left out). */
async function rowCells(page: Page, measure: string): Promise<string[]> {
  const escaped = measure.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const cells = await page
    .getByRole('row', { name: new RegExp(`^${escaped}`) })
    .getByRole('cell')
    .all();
  return Promise.all(
    cells.map(async (cell) =>
      (await cell.locator('.trend-value, .trend-arrow > [aria-hidden], .trend-none').allTextContents())
        .map((text) => (text.startsWith('—') ? '—' : text))
        .join(' '),
    ),
  );
}

/** A value as a room reads it: W to two places, percents whole, 1–5 means to one place. */
function shown(metric: MetricTrend, value: number): string {
  if (metric.key === 'ranking-agreement') return value.toFixed(2);
  if (metric.unit === '%') return `${Math.round(value)}%`;
  return `${value.toFixed(1)} / 5`;
}

/** The cells a row must show: the value and its arrow, or a dash. */
function expectedCells(metric: MetricTrend): string[] {
  return metric.points.map((p: TrendPoint) => {
    if (p.value === null) return '—';
    if (!p.arrow) return shown(metric, p.value);
    const { direction, reading } = p.arrow;
    const word = direction === 'flat' ? 'same' : (reading ?? (direction === 'up' ? 'higher' : 'lower'));
    return `${shown(metric, p.value)} ${{ up: '↑', down: '↓', flat: '→' }[direction]} ${word}`;
  });
}

/** Q2 on the Ranking tab: checkpoint, same-message check and support matrix, each private, then revealed. */
async function runQ2Checks(page: Page): Promise<void> {
  await page.getByRole('tab', { name: 'Ranking' }).click(STEP);
  await room.openCheckpoint(page);
  for (const [i, name] of NAMES.entries())
    await room.answerCheckpointAs(page, name, Q2_ANSWERS[i]!.checkpoint);
  await room.reveal(page, '7 of 7 have answered.');
  await page.getByRole('region', { name: 'Results' }).waitFor(STEP);
  await room.backToRounds(page);

  await room.openStatementCheck(page, 'messages');
  for (const [i, name] of NAMES.entries()) await room.writeDraftAs(page, name, Q2_MESSAGES[i]!);
  await room.reveal(page, '7 of 7 have written.');
  await room.agreeMessages(page, Q2_AGREED);
  const agreed = page.getByRole('region', { name: 'What every team will hear' });
  await expect.poll(() => agreed.getByRole('listitem').allInnerTexts(), STEP).toEqual(Q2_AGREED);
  await room.backToRounds(page);

  expect(await room.openSupportMatrix(page)).toEqual([SALES, RD, FIN]);
  for (const [i, name] of NAMES.entries()) await room.rateSupportAs(page, name, Q2_ANSWERS[i]!.support);
  await room.reveal(page, '7 of 7 have rated.');
  await page.getByRole('region', { name: 'Results' }).waitFor(STEP);
  await room.backToRounds(page);
}

/** Q2's ranking of its four carried priorities through the ballots, then the top two committed. */
async function rankAndCommitQ2(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Open round' }).click(STEP);
  const items = TITLES.slice(0, Q1_COMMITTED);
  // Five agree; two swap the last two: a clear top two, so the cut falls outside every range.
  const orders = [0, 1, 2, 3, 4, 5, 6].map((i) => (i < 5 ? [0, 1, 2, 3] : [0, 1, 3, 2]));
  for (const [i, name] of NAMES.entries())
    await voteInPrivate(
      page,
      name,
      orders[i]!.map((k) => items[k]!),
    );
  await room.reveal(page, '7 of 7 have voted.');
  await page.getByLabel('How many to commit').fill('2', STEP);
  await page.getByRole('button', { name: 'Commit top 2…' }).click(STEP);
  const form = page.getByRole('form', { name: 'Commit top 2' });
  await form
    .getByLabel('Why (goes into the decision log)')
    .fill('The EU launch and the order system carry Q3');
  await form.getByRole('button', { name: 'Commit 2 items' }).click(STEP);
}

/** Renders each page of the PDF at 60 dpi as docs/screenshots/three-quarters-deck-N.png. */
async function pagesAsPictures(pdf: string): Promise<string[]> {
  await mkdir(SHOTS, { recursive: true });
  const pictures = async () => (await readdir(SHOTS)).filter((f) => f.startsWith('three-quarters-deck-'));
  // A longer deck of an earlier run leaves no page behind.
  for (const old of await pictures()) await rm(join(SHOTS, old));
  await run('pdftoppm', ['-r', '60', '-png', pdf, join(SHOTS, 'three-quarters-deck')]);
  return pictures();
}

async function quarterTexts(dirs: string[]): Promise<string[]> {
  return Promise.all(dirs.map((d) => readFile(join(d, 'workspace.json'), 'utf8')));
}

describe('three quarters of one team, through the alignment habit', () => {
  it('grades, checks and ranks quarter after quarter; the Series view and the deck show the files’ figures', async () => {
    const app: Harness = await apps.launch({ viewport: { width: 1366, height: 768 } });
    const { page } = app;
    const q1Dir = await openOnTab(app, q1Workspace(), 'Setup');

    // Q2: last quarter graded, then the room's private checks and its ranking.
    await room.nextQuarter(page, 'Q2 2027 Leadership Offsite');
    const q2Dir = join(app.documentsDir, 'Q2 2027 Leadership Offsite');
    const q1Titles = TITLES.slice(0, Q1_COMMITTED);
    const panel = await room.gradeLastQuarter(page, 'Q1 2027', q1Titles, [
      'done',
      'done',
      'partly',
      'missed',
    ]);
    await panel.getByRole('combobox', { name: 'Grade for last quarter’s success' }).selectOption('partly');
    await panel.getByText('(4 of 4 graded: 2 done, 1 partly, 1 missed)', { exact: false }).waitFor(STEP);
    await runQ2Checks(page);
    await rankAndCommitQ2(page);
    await saved(
      async () => (await readWorkspace(q2Dir)).priorities.filter((p) => p.status === 'committed').length,
      2,
    );
    const q2 = await readWorkspace(q2Dir);
    expect(q2.carriedIn?.commitments.map((c) => c.grade)).toEqual(['done', 'done', 'partly', 'missed']);
    expect(q2.carriedIn?.previousSuccess?.grade).toBe('partly');
    expect(q2.agreedMessages).toEqual(Q2_AGREED);
    // Anonymous on disk: no participant's id or name with any checkpoint answer or support rating.
    const anonymous = JSON.stringify([q2.checkpoints[0]!.answers, q2.supportChecks[0]!.ratings]);
    for (const [i, name] of NAMES.entries()) {
      expect(anonymous).not.toContain(`person-${i + 1}`);
      expect(anonymous).not.toContain(name);
    }
    expect(q2.checkpoints[0]!.answeredBy).toHaveLength(7);

    // Q3: Q2's two commitments graded.
    await room.nextQuarter(page, 'Q3 2027 Leadership Offsite');
    const q3Dir = join(app.documentsDir, 'Q3 2027 Leadership Offsite');
    const q3Panel = await room.gradeLastQuarter(page, 'Q2 2027', q1Titles.slice(0, 2), ['done', 'missed']);
    await q3Panel.getByText('(2 of 2 graded: 1 done, 0 partly, 1 missed)', { exact: false }).waitFor(STEP);
    await saved(
      async () => (await readWorkspace(q3Dir)).carriedIn?.commitments.map((c) => c.grade),
      ['done', 'missed'],
    );

    // The Series view, read afresh, against the domain's trends of the three files on disk.
    await page.getByRole('tab', { name: 'Priorities' }).click(STEP);
    await page.getByRole('tab', { name: 'Setup' }).click(STEP);
    await trendsShown(page);
    const expected = seriesTrends(
      (await quarterTexts([q1Dir, q2Dir, q3Dir])).map((t) => summarizeQuarterFromJson(t)),
    );
    const metric = (key: string) => expected.metrics.find((m) => m.key === key)!;
    const checked = [
      'ranking-agreement',
      'commitment-completion',
      'checkpoint-same-message',
      'checkpoint-departments-help',
      'checkpoint-shared-success',
      'support-average',
    ].map(metric);
    expect(metric('ranking-agreement').points.map((p) => p.value === null)).toEqual([false, false, true]);
    expect(metric('support-average').points.map((p) => p.value === null)).toEqual([false, false, true]);
    // Commitments completed comes from the grades given on the Setup tab's panel: Q2 graded
    // Q1's four (done, done, partly, missed), Q3 graded Q2's two (done, missed).
    expect(metric('commitment-completion').points.map((p) => p.value)).toEqual([null, 62.5, 50]);
    for (const m of checked) {
      const title = m.key === 'ranking-agreement' ? 'Ranking agreement' : m.title;
      expect(await rowCells(page, title), m.key).toEqual(expectedCells(m));
    }
    await page
      .getByRole('heading', { name: 'Trends, quarter on quarter' })
      .evaluate((el) => (el as unknown as { scrollIntoView(): void }).scrollIntoView());
    await mkdir(SHOTS, { recursive: true });
    await page.screenshot({
      path: join(SHOTS, 'three-quarters-series-1366x768.png'),
      animations: 'disabled',
    });
    await page.getByRole('table').filter({ hasText: 'Measure' }).first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'three-quarters-table-1366x768.png'), animations: 'disabled' });

    // The deck: the trends and "What every team will hear", exported through the app.
    await page.getByRole('tab', { name: 'QBR' }).click(STEP);
    await page.getByRole('button', { name: 'Create deck' }).click(STEP);
    await page.getByRole('list', { name: 'Deck sections' }).waitFor(STEP);
    // The preview shows the section added last: the trends.
    for (const type of ['team-messages', 'trends']) {
      await page.getByLabel('Type of the new section').selectOption(type, STEP);
      await page.getByRole('button', { name: 'Add section' }).click(STEP);
    }
    const figures = checked.flatMap((m) =>
      m.points.flatMap((p) => (p.value === null ? [] : [shown(m, p.value).replace(' / 5', '')])),
    );
    const slides = page.getByRole('region', { name: 'Slide preview' }).getByRole('figure');
    const trendSlides = slides.filter({ hasText: 'Alignment trends' });
    // The earlier quarters are read by main after the section is added: wait for all three.
    await expect
      .poll(async () => (await trendSlides.allTextContents()).join(' '), { timeout: 20_000 })
      .toContain('Quarters: 2027-Q1 → 2027-Q2 → 2027-Q3');
    const previewText = (await trendSlides.allTextContents()).join(' ');
    for (const figure of figures) expect(previewText).toContain(figure);

    const target = join(app.documentsDir, 'Q3 deck.pdf');
    app.dialogs.saveFiles.push(target);
    await page.getByRole('button', { name: 'Export PDF…' }).click(STEP);
    await page.getByRole('status').filter({ hasText: 'Saved the PDF' }).waitFor({ timeout: 60_000 });
    const pdf = (await run('pdftotext', ['-layout', target, '-'])).stdout;
    const trendPages = pdf.split('\f').filter((p) => p.includes('Alignment trends'));
    expect(trendPages.length).toBeGreaterThan(0);
    for (const figure of figures) expect(trendPages.join('\n')).toContain(figure);
    // Q3 carried Q2's agreed messages: the deck says what every team will hear.
    for (const message of Q2_AGREED) expect(pdf).toContain(message);
    expect(pdf).not.toContain('could not be read');
    // Every page as a picture: pdftotext ends each page with a form feed.
    expect((await pagesAsPictures(target)).length).toBe(pdf.split('\f').length - 1);
  });
});
