import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ballotFileHtml, loadBallotFileTemplate } from '../../src/main/services/ballotFiles';
import { BALLOT_FILE_FORMAT, type BallotFileData } from '../../src/shared/domain/translation/ballotFileData';
import { readReply } from '../../src/shared/domain/translation/replyFile';
import { BUILT_IN_CHECKPOINT_QUESTIONS } from '../../src/shared/domain/alignment/checkpoint';
import { makeTempDir } from '../support/tempDir';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './harness';
import { orderByButtons, shownOrder } from './phoneDriver';

/**
 * The translation check's ballot file, as a department member gets it: one HTML file
 * opened from disk in a browser with the network cut off. They rank the priorities, save
 * the reply (a download made by the page itself), and the reply reads back as theirs.
 * Every request the page makes is recorded: there must be none beyond the file itself.
 */

const TITLES: Record<string, string> = {
  'p-nordics': 'Expand into the Nordic market with a partner-led sales motion',
  'p-cfo': 'Hire a CFO',
  'p-nps': '客户满意度提升计划',
  'p-cloud': 'Cut cloud costs by 20%',
};
const titleOf = (id: string) => TITLES[id]!;
const DATA: BallotFileData = {
  format: BALLOT_FILE_FORMAT,
  version: 2,
  workspaceId: 'ws-q1-offsite',
  roundId: 'dept-sales-q1',
  token: 'Xq7_k2LmP9aZ4wRt',
  organisation: 'Northwind Ltd',
  department: 'Sales & Partnerships',
  respondent: 'Sofia Martínez',
  question: 'In what order should your team work on the company’s priorities?',
  items: Object.entries(TITLES).map(([id, title]) => ({ id, title, description: '' })),
  questions: BUILT_IN_CHECKPOINT_QUESTIONS.map(({ id, wording }) => ({ id, wording })),
};

let browser: Browser;
let dir: string;
let cleanup: () => Promise<unknown>;

beforeAll(async () => {
  const temp = await makeTempDir('offsite-ballot-file-');
  dir = temp.path;
  cleanup = temp.cleanup;
  const outDir = join(dir, 'page');
  await build({ configFile: resolve('vite.ballotFile.config.ts'), build: { outDir }, logLevel: 'warn' });
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await cleanup?.();
});

it('opened from file:// with no network, a respondent ranks, saves the reply, and it reads back as theirs; no request leaves the page', async () => {
  const template = await loadBallotFileTemplate(join(dir, 'page'));
  if (!template.built) throw new Error(template.message);
  const file = join(dir, 'Sales - Sofia Martínez.html');
  await writeFile(file, ballotFileHtml(template.html, DATA));

  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1366, height: 768 } });
  await context.setOffline(true);
  const page = await context.newPage();
  const requests: string[] = [];
  const problems: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(e.message));
  const url = pathToFileURL(file).href;
  await page.goto(url);
  await page.getByRole('heading', { name: DATA.question }).waitFor({ timeout: 10_000 });
  await page.getByText('For Sofia Martínez.').waitFor();

  const order = ['p-nps', 'p-cloud', 'p-nordics', 'p-cfo'];
  await orderByButtons(page, order, titleOf);
  await page.screenshot({ path: resolve('docs/screenshots/ballot-file-1366x768.png') });
  // Then the checkpoint questions: the first scored 2 with a two-line comment, the second
  // chosen then cleared (a comment alone), the third left out.
  await page.getByRole('button', { name: '2 A little — question 1' }).click();
  await page.getByLabel('Comment on question 1').fill('Sales hears one date,\nengineering another.');
  await page.getByRole('button', { name: '4 Mostly — question 2' }).click();
  await page.getByRole('button', { name: '4 Mostly — question 2' }).click();
  expect(await page.getByRole('button', { name: '4 Mostly — question 2' }).getAttribute('aria-pressed')).toBe(
    'false',
  );
  await page.getByLabel('Comment on question 2').fill('Finance is never asked.');
  await page.getByRole('region', { name: 'Questions' }).screenshot({
    path: resolve('docs/screenshots/ballot-file-questions-1366x768.png'),
  });
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 10_000 }),
    page.getByRole('button', { name: 'Save my reply' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('Sales-Partnerships-Xq7_k2Lm.offsite-reply.json');
  const replyPath = join(dir, download.suggestedFilename());
  await download.saveAs(replyPath);
  await page.getByText(/Saved as “Sales-Partnerships-Xq7_k2Lm\.offsite-reply\.json”/).waitFor();

  const read = readReply(await readFile(replyPath, 'utf8'), {
    workspaceId: DATA.workspaceId,
    roundId: DATA.roundId,
    tokens: [{ token: DATA.token, departmentId: 'sales', respondent: 'Sofia Martínez' }],
    itemIds: Object.keys(TITLES),
    questionIds: DATA.questions.map((q) => q.id),
  });
  expect(read).toMatchObject({ ok: true, reply: { order, token: DATA.token, departmentId: 'sales' } });
  expect(read.ok && read.reply.answers).toEqual([
    { questionId: 'same-message', score: 2, comment: 'Sales hears one date, engineering another.' },
    { questionId: 'departments-help', score: null, comment: 'Finance is never asked.' },
  ]);
  // The shown order is what was saved, and nothing but the file (and the page's own blob) was asked for.
  expect(await shownOrder(page)).toEqual(order);
  expect(requests.filter((r) => r !== url && !r.startsWith('blob:') && !r.startsWith('data:'))).toEqual([]);
  expect(problems).toEqual([]);
  await context.close();
});

it('a page whose data was tampered with says it is damaged, and runs no other script', async () => {
  const template = await loadBallotFileTemplate(join(dir, 'page'));
  if (!template.built) throw new Error(template.message);
  const html = ballotFileHtml(template.html, DATA)
    .replace('"format":"offsite-ballot-file"', '"format":"something-else"')
    .replace('</body>', '<script>document.title = "injected"</script></body>');
  const file = join(dir, 'tampered.html');
  await writeFile(file, html);
  // Online this time: what stops a connection is the file's own policy.
  const context = await browser.newContext();
  const page = await context.newPage();
  const refusals: string[] = [];
  page.on('console', (m) => m.text().includes('Content Security Policy') && refusals.push(m.text()));
  await page.goto(pathToFileURL(file).href);
  await page.getByText('This ballot file is damaged.').waitFor({ timeout: 10_000 });
  // The CSP names only the built script: an added one does not run.
  expect(await page.title()).toBe('Offsite · Your ranking');
  const attempt = await page.evaluate(() =>
    fetch('http://127.0.0.1:9/collect').then(
      () => 'sent',
      (e: unknown) => String(e),
    ),
  );
  expect(attempt).not.toBe('sent');
  expect(refusals.some((r) => r.includes('connect-src'))).toBe(true);
  await context.close();
});
