import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  BUILT_IN_CHECKPOINT_QUESTIONS,
  checkpointResults,
  createCheckpoint,
  type CheckpointAnswer,
} from '../../src/shared/domain/alignment';
import { addParticipant, createWorkspace, type Workspace } from '../../src/shared/domain/workspace';
import { openOnTab } from './boardDriver';
import { CHROMIUM_ARGS, CHROMIUM_PATH, launchApp, type Harness } from './harness';
import { newPhoneContext, PHONE_TEAM, PHONE_WAIT } from './phoneDriver';
import { openAudienceFromConsole } from './presenterDriver';

/**
 * The alignment checkpoint answered on phones: the console opens the room link on an open
 * checkpoint, the projector shows the room QR and who has answered, eight phones (390×844,
 * touch) answer every question 1–5 with a comment now and then, the reveal closes the link
 * and shows per question the distributions the domain computes from those answers, and
 * the workspace saved on disk holds no participant id in any anonymous answer.
 */

const NAMES = PHONE_TEAM;
const SCREENSHOTS = resolve('docs/screenshots');
const TITLE = 'Are we aligned after day one?';

/** Each person's scores for the three questions (null skips the scale). */
const SCORES: Array<[number | null, number | null, number | null]> = [
  [4, 1, 3],
  [5, 5, 2],
  [4, 1, 4],
  [4, 5, 3],
  [3, 2, 5],
  [4, 4, null],
  [5, 1, 2],
  [4, 5, 3],
];
const COMMENTS: Record<number, string> = {
  0: 'Sales tells customers a different date',
  3: 'Finance hears about launches last',
};

function team(): Workspace {
  let w = createWorkspace(
    { name: 'Checkpoint by phone', kind: 'offsite', period: '2027-Q1', organisation: 'Northwind Ltd' },
    'ws-checkpoint-phones',
    new Date('2027-01-15T09:00:00Z'),
  );
  NAMES.forEach((name, i) => (w = addParticipant(w, { name }, `p${i + 1}`)));
  w = addParticipant(w, { name: 'Facilitator', isFacilitator: true }, 'facilitator');
  return createCheckpoint(w, { title: TITLE }, 'cp-1', new Date('2027-01-15T10:00:00Z'));
}

function expectedAnswers(): CheckpointAnswer[] {
  return SCORES.flatMap((scores, person) =>
    scores.flatMap((score, q): CheckpointAnswer[] => {
      const comment = q === 0 ? (COMMENTS[person] ?? '') : '';
      return score === null && comment === ''
        ? []
        : [{ questionId: BUILT_IN_CHECKPOINT_QUESTIONS[q]!.id, score, comment }];
    }),
  );
}

let app: Harness;
let browser: Browser;
let dir: string;
let audience: Page;
const phones: Page[] = [];
const contexts: BrowserContext[] = [];
const phoneProblems: string[] = [];

beforeAll(async () => {
  app = await launchApp({ viewport: { width: 1366, height: 768 } });
  dir = await openOnTab(app, team(), 'Ranking');
  audience = await openAudienceFromConsole(app);
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  for (let i = 0; i < NAMES.length; i++) {
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

async function answerOnPhone(i: number, roomUrl: string): Promise<void> {
  const phone = phones[i]!;
  await phone.goto(roomUrl);
  await phone.getByRole('button', { name: NAMES[i], exact: true }).click();
  await phone.getByText(`Answering as ${NAMES[i]}`).waitFor();
  for (const [q, score] of SCORES[i]!.entries()) {
    if (score === null) continue;
    await phone
      .getByRole('group', { name: `Score for question ${q + 1}` })
      .getByRole('button')
      .nth(score - 1)
      .click();
  }
  const comment = COMMENTS[i];
  if (comment) await phone.getByLabel('Comment on question 1').fill(comment);
  if (i === 0) await phone.screenshot({ path: join(SCREENSHOTS, 'phone-checkpoint-390x844.png') });
  await phone.getByRole('button', { name: 'Send', exact: true }).click();
  await expect
    .poll(() => phone.getByTestId('status').textContent(), { timeout: PHONE_WAIT })
    .toMatch(/Your answers are saved on the laptop/);
  // Answered once: nothing more to send from this seat.
  expect(await phone.getByRole('button').count()).toBe(0);
}

it('eight phones answer the checkpoint; the projector counts them and shows the distributions at the reveal; nothing on disk names anyone', async () => {
  const { page } = app;
  await page.getByRole('tab', { name: 'Present' }).click();
  await page.getByRole('button', { name: `Checkpoint: ${TITLE}` }).click();
  await audience.getByText('0 of 8 have answered').waitFor({ timeout: 10_000 });

  await page.getByRole('tab', { name: 'Ranking' }).click();
  await page
    .getByRole('region', { name: 'Checkpoints' })
    .getByRole('button', { name: new RegExp(TITLE.replace('?', '\\?')) })
    .click();
  await page.getByRole('button', { name: 'Open room link' }).click();
  const qr = page.getByRole('img', { name: /^Room QR code: / });
  await qr.waitFor();
  const roomUrl = (await qr.getAttribute('alt'))!.replace('Room QR code: ', '');
  await audience.getByText('Scan to answer from your phone').waitFor({ timeout: 10_000 });
  expect(await audience.content()).not.toContain('#seat=');

  for (let i = 0; i < NAMES.length; i++) {
    await answerOnPhone(i, roomUrl);
    await audience.getByText(`${i + 1} of 8 have answered`).waitFor({ timeout: 10_000 });
    if (i === 4) {
      await audience.screenshot({ path: join(SCREENSHOTS, 'checkpoint-room-audience-1920x1080.png') });
      await page.screenshot({ path: join(SCREENSHOTS, 'checkpoint-room-console-1366x768.png') });
    }
  }
  await expect
    .poll(() =>
      page
        .getByRole('status')
        .filter({ hasText: /joined · / })
        .textContent(),
    )
    .toBe('8 of 8 joined · 8 of 8 answered');

  await page.getByRole('button', { name: 'Reveal results' }).click();
  for (const phone of phones) {
    await phone.getByRole('heading', { name: 'The facilitator revealed the results' }).waitFor();
    await phone
      .getByText('Answers have closed: the checkpoint has been revealed.', { exact: false })
      .waitFor();
  }

  // The projector: per question the counts the domain computes from what the phones sent.
  const expected = checkpointResults(BUILT_IN_CHECKPOINT_QUESTIONS, expectedAnswers());
  const cards = audience.locator('.stage-checkpoint-question');
  await cards.first().waitFor({ timeout: 10_000 });
  expect(await cards.count()).toBe(expected.length);
  for (const [i, r] of expected.entries()) {
    const card = cards.nth(i);
    expect(await card.getAttribute('aria-label')).toBe(r.wording);
    const counts = (await card.locator('.stage-bar-count').allInnerTexts()).map(Number);
    expect(counts).toEqual(r.counts);
    expect(await card.locator('.stage-checkpoint-reading').innerText()).toBe(r.reading);
  }
  const shown = await audience.locator('body').innerText();
  for (const name of NAMES) expect(shown).not.toContain(name);
  for (const comment of Object.values(COMMENTS)) expect(shown).not.toContain(comment);
  await audience.screenshot({ path: join(SCREENSHOTS, 'checkpoint-results-audience-1920x1080.png') });

  // The file on disk: the answers the phones sent, none with a participant id.
  const saved = async () =>
    JSON.parse(await readFile(join(dir, 'workspace.json'), 'utf8')) as {
      checkpoints: Array<{ status: string; answeredBy: string[]; answers: Array<Record<string, unknown>> }>;
    };
  await expect.poll(async () => (await saved()).checkpoints[0]?.status, { timeout: 10_000 }).toBe('revealed');
  const checkpoint = (await saved()).checkpoints[0]!;
  expect(checkpoint.answeredBy).toEqual(NAMES.map((_, i) => `p${i + 1}`).sort());
  expect(checkpoint.answers).toHaveLength(expectedAnswers().length);
  const answersJson = JSON.stringify(checkpoint.answers);
  for (let i = 0; i < NAMES.length; i++) expect(answersJson).not.toContain(`"p${i + 1}"`);
  for (const answer of checkpoint.answers)
    expect(Object.keys(answer).sort()).toEqual(['comment', 'questionId', 'score']);
  expect(phoneProblems).toEqual([]);
}, 600_000);
