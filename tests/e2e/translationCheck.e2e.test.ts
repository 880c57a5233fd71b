import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { replyText } from '../../src/shared/domain/translation';
import { decodeWorkspace, type Workspace } from '../../src/shared/domain/workspace';
import { openOnTab } from './boardDriver';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './harness';
import { appPerTest } from './lifecycle';
import { orderByButtons } from './phoneDriver';

/**
 * The translation check end to end: ballot files for Sales are written by the app into a
 * folder, opened from file:// in another browser with the network off, ranked and saved
 * as replies; the folder of replies is imported and Sales's reading appears beside the
 * leadership's. A damaged reply, one for another check and a second reply from the same
 * person are each reported in words.
 */
const apps = appPerTest();
const NAME = 'Q1 2027 Translation Check';
const TITLES: Record<string, string> = { 'pr-eu': 'Launch in the EU', 'pr-sso': 'Enterprise SSO' };
const titleOf = (id: string) => TITLES[id]!;

let browser: Browser;
beforeAll(async () => {
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
});
afterAll(async () => {
  await browser?.close();
});

/** The v9 fixture: SSO then the EU in the revealed leadership round; Sales, Engineering, Finance. */
async function fixture(): Promise<Workspace> {
  const decoded = decodeWorkspace(
    await readFile(join(import.meta.dirname, '../fixtures/workspace/v9.json'), 'utf8'),
  );
  if (!decoded.ok) throw new Error(decoded.message);
  return { ...decoded.workspace, name: NAME };
}

/** Opens a ballot file as its respondent would, ranks, saves the reply into `folder`; its path. */
async function answerBallot(
  file: string,
  order: string[],
  folder: string,
  scores: Array<{ question: number; score: number; comment?: string }> = [],
): Promise<string> {
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1366, height: 768 } });
  try {
    await context.setOffline(true);
    const page = await context.newPage();
    await page.goto(pathToFileURL(file).href);
    await page
      .getByRole('heading', { name: 'In what order should your team work on the company’s priorities?' })
      .waitFor({ timeout: 10_000 });
    await orderByButtons(page, order, titleOf);
    // Then the checkpoint questions the check asks, 1–5 by the buttons' spoken names.
    for (const { question, score, comment } of scores) {
      await page.getByRole('button', { name: new RegExp(`^${score} .* — question ${question}$`) }).click();
      if (comment) await page.getByLabel(`Comment on question ${question}`).fill(comment);
    }
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 10_000 }),
      page.getByRole('button', { name: 'Save my reply' }).click(),
    ]);
    const path = join(folder, download.suggestedFilename());
    await download.saveAs(path);
    return path;
  } finally {
    await context.close();
  }
}

const embeddedToken = (html: string) =>
  (
    JSON.parse(/<script type="application\/json" id="ballot-data">([\s\S]*?)<\/script>/.exec(html)![1]!) as {
      token: string;
    }
  ).token;

describe('the translation check in Chromium, bound to the real main-process handlers', () => {
  it('makes ballot files for Sales, imports the replies, and shows Sales’s reading; bad replies are named', async () => {
    const app = await apps.launch();
    const { page } = app;
    const workspace = await fixture();
    await openOnTab(app, workspace, 'Cascade');
    const panel = page.getByRole('region', { name: 'Translation check' });
    // The fixture already holds an earlier check: start a new one beside it.
    await panel.getByRole('button', { name: 'Start another check…' }).click();
    await panel.getByRole('button', { name: 'Start the translation check' }).click();

    const ballots = join(app.documentsDir, 'Ballots');
    await mkdir(ballots);
    app.dialogs.parentFolders.push(ballots);
    const sales = panel.getByRole('listitem', { name: 'Ballots for Sales' });
    await sales.getByLabel('Respondents in Sales, one a line').fill('Ana Silva\nBen Okoro');
    await sales.getByRole('button', { name: 'Make ballot files for Sales…' }).click();
    await sales.getByText(`2 ballot files written to ${ballots}`).waitFor({ timeout: 10_000 });
    expect((await readdir(ballots)).sort()).toEqual(['Sales - Ana Silva.html', 'Sales - Ben Okoro.html']);

    // Both rank the EU first, against the leadership's SSO first; Ben first saves the other order.
    const replies = join(app.documentsDir, 'Replies');
    await mkdir(replies);
    const anaReply = await answerBallot(
      join(ballots, 'Sales - Ana Silva.html'),
      ['pr-eu', 'pr-sso'],
      replies,
      [
        { question: 1, score: 2, comment: 'Sales hears one date, engineering another' },
        { question: 2, score: 3 },
      ],
    );
    await answerBallot(join(ballots, 'Sales - Ben Okoro.html'), ['pr-sso', 'pr-eu'], replies);
    const benToken = embeddedToken(await readFile(join(ballots, 'Sales - Ben Okoro.html'), 'utf8'));
    const checkId = JSON.parse(await readFile(join(anaReply), 'utf8')) as { roundId: string };
    await writeFile(
      join(replies, 'Sales-Ben-again.offsite-reply.json'),
      replyText({
        workspaceId: workspace.id,
        roundId: checkId.roundId,
        token: benToken,
        submittedAt: new Date(Date.now() + 60_000).toISOString(),
        order: ['pr-eu', 'pr-sso'],
      }),
    );
    const damaged = (await readFile(anaReply, 'utf8')).replace('"pr-eu","pr-sso"', '"pr-sso","pr-eu"');
    expect(damaged).not.toBe(await readFile(anaReply, 'utf8'));
    await writeFile(join(replies, 'Sales-damaged.offsite-reply.json'), damaged);
    await writeFile(
      join(replies, 'Sales-earlier-check.offsite-reply.json'),
      replyText({
        workspaceId: workspace.id,
        roundId: 'tc-q1',
        token: 'sAles-tok-0002',
        submittedAt: '2027-02-03T11:00:00.000Z',
        order: ['pr-sso', 'pr-eu'],
      }),
    );

    app.dialogs.parentFolders.push(replies);
    await panel.getByRole('button', { name: 'Import replies from a folder…' }).click();
    const report = panel.getByRole('status', { name: 'Import report' });
    await report.getByText('2 replies counted in all.').waitFor({ timeout: 10_000 });
    const said = await report.textContent();
    expect(said).toMatch(/Ben Okoro replied twice: the reply of .* is counted and the one of .* is not\./);
    expect(said).toContain('Sales-damaged.offsite-reply.json: This reply is damaged');
    expect(said).toContain('Sales-earlier-check.offsite-reply.json: This reply answers another round');

    const row = panel.getByRole('row', { name: 'Results for Sales' });
    await expect
      .poll(() => row.getByRole('cell').allTextContents())
      .toEqual([
        '2',
        '−1.00: runs against the leadership’s order',
        '2 of 2',
        '1.00',
        expect.stringContaining('“Enterprise SSO” place 2 (leadership: 1)'),
      ]);
    const heatmap = panel.getByRole('table', { name: 'Places away from the leadership’s order' });
    const salesGaps = heatmap.getByRole('row').filter({ hasText: 'Sales' }).getByRole('cell');
    expect((await salesGaps.allTextContents()).sort()).toEqual(['+1.0', '−1.0']);
    const finance = heatmap.getByRole('row').filter({ hasText: 'Finance' }).getByRole('cell');
    expect(await finance.allTextContents()).toEqual(['—', '—']);

    expect(said).toContain('Not counted (2)');
    // The results and the heatmap on screen, as the README shows them.
    await heatmap.scrollIntoViewIfNeeded();
    await page.screenshot({ path: resolve('docs/screenshots/translation-check-1366x768.png') });

    // Ana's answers (Ben's newer reply carries none) beside the leadership's checkpoint:
    // "same message" 2 against the leadership's 4 and 5 (median 4.5).
    const readings = panel.getByRole('region', { name: 'The checkpoint questions, by department' });
    await expect
      .poll(() => readings.getByRole('list', { name: 'Read differently from the leadership' }).textContent())
      .toBe('Sales: median 2 (1 answer), the leadership 4.5 — 2.5 points lower.');
    await readings.scrollIntoViewIfNeeded();
    await readings.screenshot({ path: resolve('docs/screenshots/translation-readings-1366x768.png') });
  });
});
