import { resolve, join } from 'node:path';
import QRCode from 'qrcode';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { roundResults } from '../../src/shared/domain/rounds';
import { readWorkspaceJson } from '../support/services';
import { openOnTab } from './boardDriver';
import { CHROMIUM_ARGS, CHROMIUM_PATH, launchApp, type Harness } from './harness';
import {
  answerPairs,
  idOfTitle,
  PHONE_TEAM,
  phoneRoundsWorkspace,
  titleOf,
  type PhoneRoundId,
  newPhoneContext,
  orderByButtons,
  PHONE_WAIT,
  sendAndExpectSaved,
  spendPoints,
} from './phoneDriver';
import { openAudienceFromConsole } from './presenterDriver';
import { voteInPrivate } from './rankingDriver';

/**
 * The room link from the facilitator's window: the app opens the link on a round, the
 * projector shows the room QR, eight phones (390×844, touch) join through the QR's
 * address and vote with each method while the console watches, one executive votes on
 * the laptop instead, a second phone on a seat card is refused and shown on the console,
 * the reveal closes the link (sending the results when asked), and what was saved is what
 * the phones sent, with the engine's consensus.
 */

const NAMES = PHONE_TEAM;
const QUESTIONS: Record<PhoneRoundId, string> = {
  'r-order': 'Which bets matter most next quarter?',
  'r-points': 'Where should next quarter’s budget go?',
  'r-pairwise': 'Which of each pair matters more?',
  'r-dots': 'Where do we put our three dots?',
};
type RoundId = PhoneRoundId;
const SCREENSHOTS = resolve('docs/screenshots');
const WHOLE_SESSION_MS = 600_000;

const roomWorkspace = () => phoneRoundsWorkspace('Room link offsite', 'ws-room-app', (id) => QUESTIONS[id]);

let app: Harness;
let browser: Browser;
let dir: string;
let audience: Page;
const phones: Page[] = [];
const contexts: BrowserContext[] = [];
const phoneProblems: string[] = [];

beforeAll(async () => {
  app = await launchApp({ viewport: { width: 1366, height: 768 } });
  dir = await openOnTab(app, roomWorkspace(), 'Ranking');
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

/** The console on a round's screen, its room link opened: the room QR's address. */
async function openLinkOn(roundId: RoundId): Promise<string> {
  const { page } = app;
  await page.getByRole('tab', { name: 'Ranking' }).click();
  await page
    .getByRole('navigation', { name: 'Rounds' })
    .getByRole('button', { name: QUESTIONS[roundId] })
    .click();
  await page.getByRole('button', { name: 'Open room link' }).click();
  const qr = page.getByRole('img', { name: /^Room QR code: / });
  await qr.waitFor();
  const roomUrl = (await qr.getAttribute('alt'))!.replace('Room QR code: ', '');
  // The QR the room scans encodes exactly that address.
  const src = (await qr.getAttribute('src'))!;
  expect(decodeURIComponent(src.slice(src.indexOf(',') + 1))).toBe(
    await QRCode.toString(roomUrl, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 }),
  );
  return roomUrl;
}

/** A phone through the room QR's address, then its owner's name. */
async function joinAs(i: number, roomUrl: string): Promise<Page> {
  const phone = phones[i]!;
  await phone.goto(roomUrl);
  await phone.getByRole('button', { name: NAMES[i], exact: true }).click();
  await phone.getByText(`Voting as ${NAMES[i]}`).waitFor();
  return phone;
}

const tally = () =>
  app.page
    .getByRole('status')
    .filter({ hasText: /joined · / })
    .textContent();

async function revealAndExpectClosedPhones(count: number): Promise<void> {
  await app.page.getByRole('button', { name: 'Reveal results' }).click();
  for (const phone of phones.slice(0, count)) {
    await phone
      .getByRole('heading', { name: 'The facilitator revealed the results' })
      .waitFor({ timeout: PHONE_WAIT });
  }
}

async function savedRound(roundId: RoundId, ballots: number) {
  await expect
    .poll(
      async () => {
        const w = await readWorkspaceJson(dir);
        const round = w.rounds.find((r) => r.id === roundId)!;
        return round.status === 'revealed' ? round.ballots.length : -1;
      },
      { timeout: 10_000 },
    )
    .toBe(ballots);
  const workspace = await readWorkspaceJson(dir);
  const round = workspace.rounds.find((r) => r.id === roundId)!;
  const results = roundResults(workspace, round);
  if (!results.ok) throw new Error(results.message);
  return { round, results };
}

it('room check: a phone opens the check page and reads that it reaches the laptop; the console lists it', async () => {
  const { page } = app;
  await page.getByRole('tab', { name: 'Ranking' }).click();
  await page
    .getByRole('navigation', { name: 'Rounds' })
    .getByRole('button', { name: QUESTIONS['r-order'] })
    .click();
  await page.getByRole('button', { name: 'Room check…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Room check' });
  await dialog.getByRole('button', { name: 'Start the check' }).click();
  const qr = dialog.getByRole('img', { name: /^Room check QR code: / });
  const checkUrl = (await qr.getAttribute('alt'))!.replace('Room check QR code: ', '');
  await dialog.getByText('Waiting for a phone…').waitFor();
  const phone = phones[0]!;
  await phone.goto(checkUrl);
  await phone.getByRole('heading', { name: 'This phone reaches the laptop' }).waitFor();
  await dialog.getByText('✓ 1 phone reached this laptop.').waitFor({ timeout: 10_000 });
  await dialog.getByText('guest or hotel Wi-Fi keeps devices apart', { exact: false }).waitFor();
  await page.screenshot({ path: join(SCREENSHOTS, 'room-check-1366x768.png') });
  await phone.screenshot({ path: join(SCREENSHOTS, 'phone-room-check-390x844.png') });
  await dialog.getByRole('button', { name: 'Done' }).click();
  // The check closes with its dialog: the page is no longer served.
  await expect
    .poll(
      () =>
        phone.reload().then(
          () => 'served',
          () => 'gone',
        ),
      { timeout: 10_000 },
    )
    .toBe('gone');
});

const MAJORITY = ['item-4', 'item-2', 'item-1', 'item-5', 'item-3'];
const MINORITY = ['item-3', 'item-5', 'item-1', 'item-2', 'item-4'];

it(
  'order: the projector shows the room QR; seven phones and one laptop ballot; a seat card on a second phone is refused and shown; the reveal closes the link',
  async () => {
    const { page } = app;
    await page.getByRole('tab', { name: 'Present' }).click();
    await page.getByRole('button', { name: `Round: ${QUESTIONS['r-order']}` }).click();
    const roomUrl = await openLinkOn('r-order');

    await audience.getByText('Scan to vote from your phone').waitFor({ timeout: 10_000 });
    const code = (await page.locator('.room-code').textContent())!;
    await expect.poll(() => audience.locator('.stage-join-code').textContent()).toBe(code);
    await audience.screenshot({ path: join(SCREENSHOTS, 'room-qr-audience-1920x1080.png') });
    // The room may see how to join, never a person's seat card.
    expect(await audience.content()).not.toContain('#seat=');

    const targets = NAMES.map((_, i) => (i < 6 ? MAJORITY : MINORITY));
    for (let i = 0; i < 7; i++) {
      const phone = await joinAs(i, roomUrl);
      await orderByButtons(phone, targets[i]!, titleOf);
      await sendAndExpectSaved(phone);
      await expect.poll(tally).toBe(`${i + 1} of 8 joined · ${i + 1} of 8 voted`);
      await audience.getByText(`${i + 1} of 8 have voted`).waitFor({ timeout: 10_000 });
    }
    await page.screenshot({ path: join(SCREENSHOTS, 'room-console-1366x768.png'), fullPage: false });

    // Pass-the-laptop in the same round: the eighth executive votes on the console.
    await voteInPrivate(page, NAMES[7]!, targets[7]!.map(titleOf));
    await expect.poll(tally).toBe('7 of 8 joined · 8 of 8 voted');

    // 王芳's seat card, scanned by a second phone: refused there, shown on the console.
    await page.getByRole('button', { name: 'Seat cards…' }).click();
    const card = page.locator('.seat-card').filter({ hasText: NAMES[0]! });
    const seatUrl = (await card.locator('.seat-card-url').textContent())!;
    await page
      .getByRole('dialog', { name: 'Seat cards' })
      .getByRole('button', { name: 'Close', exact: true })
      .click();
    const thiefContext = await newPhoneContext(browser);
    contexts.push(thiefContext);
    const thief = await thiefContext.newPage();
    await thief.goto(seatUrl);
    await thief
      .getByRole('heading', { name: 'This seat cannot be opened here' })
      .waitFor({ timeout: PHONE_WAIT });
    const alert = page.getByRole('alert').filter({ hasText: `tried to take ${NAMES[0]}’s seat` });
    await alert.waitFor();
    // The facilitator frees the seat: the phone holding it is told; the ballot stays.
    await alert.getByRole('button', { name: 'Release seat' }).click();
    await phones[0]!.getByText('The facilitator freed your seat').waitFor({ timeout: PHONE_WAIT });
    await expect.poll(tally).toBe('6 of 8 joined · 8 of 8 voted');

    await revealAndExpectClosedPhones(0);
    for (const phone of phones.slice(1, 7)) {
      await phone
        .getByRole('heading', { name: 'The facilitator revealed the results' })
        .waitFor({ timeout: PHONE_WAIT });
      // Not sent unless the facilitator chose to: the phone says to look at the screen.
      await phone.getByText('Look at the screen.').waitFor();
    }
    await page.getByRole('button', { name: 'Open room link' }).waitFor({ state: 'detached' });

    const { round, results } = await savedRound('r-order', 8);
    expect(
      round.ballots.map((b) => [b.participantId, b.content.kind === 'order' && b.content.tiers.flat()]),
    ).toEqual(targets.map((t, i) => [`p${i + 1}`, t]));
    expect(results.analysis.consensus.ranking).toEqual(MAJORITY);
  },
  WHOLE_SESSION_MS,
);

it(
  'points, pairwise and dots: eight phones each round while the console counts; the dots reveal sends the phones the results the screen shows',
  async () => {
    const { page } = app;
    let roomUrl = await openLinkOn('r-points');
    for (let i = 0; i < 8; i++) {
      const phone = await joinAs(i, roomUrl);
      await spendPoints(
        phone,
        i < 6 ? { 'item-2': 50, 'item-4': 30, 'item-1': 20 } : { 'item-1': 60, 'item-3': 40 },
        titleOf,
      );
      await sendAndExpectSaved(phone);
    }
    await expect.poll(tally).toBe('8 of 8 joined · 8 of 8 voted');
    await revealAndExpectClosedPhones(8);
    const points = await savedRound('r-points', 8);
    expect(points.results.analysis.consensus.ranking).toEqual(['item-2', 'item-4', 'item-1', 'item-3']);

    roomUrl = await openLinkOn('r-pairwise');
    for (let i = 0; i < 8; i++) {
      const phone = await joinAs(i, roomUrl);
      await answerPairs(
        phone,
        i < 5 ? ['item-2', 'item-1', 'item-3'] : ['item-3', 'item-1', 'item-2'],
        idOfTitle,
        3,
      );
      await sendAndExpectSaved(phone);
    }
    await expect.poll(tally).toBe('8 of 8 joined · 8 of 8 voted');
    await revealAndExpectClosedPhones(8);
    const pairwise = await savedRound('r-pairwise', 8);
    expect(pairwise.results.analysis.consensus.ranking).toEqual(['item-2', 'item-1', 'item-3']);

    roomUrl = await openLinkOn('r-dots');
    await page.getByLabel('Send the results to the phones at the reveal').check();
    for (let i = 0; i < 8; i++) {
      const phone = await joinAs(i, roomUrl);
      const third = i < 5 ? 'item-1' : 'item-5';
      for (const id of ['item-3', 'item-3', third])
        await phone.getByRole('button', { name: `More dots for “${titleOf(id)}”` }).click();
      await sendAndExpectSaved(phone);
    }
    await expect.poll(tally).toBe('8 of 8 joined · 8 of 8 voted');
    await revealAndExpectClosedPhones(8);
    const dots = await savedRound('r-dots', 8);
    const shownOnPhone = await phones[3]!.locator('.results-places li').allTextContents();
    expect(shownOnPhone).toEqual(
      dots.results.analysis.ranges.map((r) => {
        const place = r.first === r.last ? `${r.first}` : `${r.first}–${r.last}`;
        return `${place}${titleOf(r.candidate)}`;
      }),
    );
    expect(dots.results.analysis.consensus.ranking[0]).toBe('item-3');
    await phones[3]!.screenshot({ path: join(SCREENSHOTS, 'phone-results-390x844.png') });
    expect(phoneProblems).toEqual([]);
    expect(app.problems).toEqual([]);
  },
  WHOLE_SESSION_MS,
);
