import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { createAppCore, type AppCore } from '../../src/main/bootstrap';
import { loadPhoneAssets } from '../../src/main/services/room/phoneAssets';
import { openWorkspaceRoom, type PhoneAsset, type WorkspaceRoom } from '../../src/main/services/room';
import { roundResults } from '../../src/shared/domain/rounds';
import { readWorkspaceJson } from '../support/services';
import { makeTempDir } from '../support/tempDir';
import { writeRoomWorkspace } from '../main/services/room/roomWorkspace';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './harness';
import {
  newPhoneContext as newPhoneContextOf,
  PHONE_ITEMS,
  PHONE_TEAM,
  PHONE_TITLES,
  phoneRoundsWorkspace,
  titleOf,
  orderByButtons,
  sendAndExpectSaved,
  shownOrder,
} from './phoneDriver';

/**
 * The room link's phone page in Chromium: eight phones (390×844, touch) join a room served
 * by the real server over a workspace folder, each votes, the laptop's workspace on disk
 * holds every ballot and the engine's consensus is the one the ballots make. Each round is
 * a run of the server, as each round is a link the facilitator opens.
 */

const WAIT = 15_000;
/** Eight phones voting one after another on a shared two-core machine. */
const EIGHT_PHONES_MS = 240_000;
const NAMES = PHONE_TEAM;
const TITLES = PHONE_TITLES;
const ITEMS = PHONE_ITEMS;
const SCREENSHOTS = resolve('docs/screenshots');

const phoneWorkspace = () =>
  phoneRoundsWorkspace('Phones offsite', 'ws-phones', () => 'What matters most next quarter?');

let browser: Browser;
let core: AppCore;
let dir: string;
let assets: Readonly<Record<string, PhoneAsset>>;
const cleanups: Array<() => Promise<unknown>> = [];

beforeAll(async () => {
  const temp = await makeTempDir('offsite-phones-');
  cleanups.push(temp.cleanup);
  // Built here, from the sources under test: `npm test` builds only the Electron app.
  const phoneDir = join(temp.path, 'phone');
  await build({ configFile: resolve('vite.phone.config.ts'), build: { outDir: phoneDir }, logLevel: 'warn' });
  const page = await loadPhoneAssets(phoneDir);
  expect(page.built).toBe(true);
  assets = page.assets;
  dir = join(temp.path, 'Offsite');
  await mkdir(dir);
  await writeRoomWorkspace(dir, phoneWorkspace());
  core = createAppCore({
    dataDir: join(temp.path, 'data'),
    documentsDir: temp.path,
    version: 'e2e',
    platform: process.platform,
    trustedOrigins: [],
    trash: () => Promise.resolve(),
    dialogs: {
      chooseParentFolder: () => Promise.resolve(null),
      chooseWorkspaceFolder: () => Promise.resolve(null),
    },
  });
  cleanups.unshift(() => core.dispose());
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  cleanups.unshift(() => browser.close());
  await mkdir(SCREENSHOTS, { recursive: true });
}, 120_000);

/** A room left open by a failed test is closed, so the next test can open the workspace. */
let current: Room | null = null;
afterEach(async () => {
  const r = current;
  current = null;
  if (!r) return;
  await r.room.stop('stopped').catch(() => undefined);
  for (const context of r.contexts) await context.close().catch(() => undefined);
});

afterAll(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

type Room = { room: WorkspaceRoom; phones: Page[]; contexts: BrowserContext[]; problems: string[] };

/** A run of the server for one round, and a phone (a fresh mobile context) per participant. */
async function openRoom(roundId: string, count = NAMES.length): Promise<Room> {
  const room = await openWorkspaceRoom(core.workspaces, dir, { host: '127.0.0.1', assets, roundId });
  const contexts: BrowserContext[] = [];
  const phones: Page[] = [];
  const problems: string[] = [];
  for (let i = 0; i < count; i++) {
    const context = await newPhoneContext();
    const page = await context.newPage();
    page.setDefaultTimeout(WAIT);
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    page.on('pageerror', (e) => problems.push(e.message));
    contexts.push(context);
    phones.push(page);
  }
  current = { room, phones, contexts, problems };
  return current;
}

const newPhoneContext = () => newPhoneContextOf(browser);

async function closeRoom(r: Room, reason: 'revealed' | 'stopped'): Promise<void> {
  await r.room.stop(reason);
  for (const context of r.contexts) await context.close();
}

/** Through the room QR's address (the code in the fragment), then the phone's own name. */
async function joinRoom(r: Room, i: number): Promise<void> {
  const info = r.room.server.info();
  const page = r.phones[i]!;
  await page.goto(info.roomUrl);
  if (i === 1) {
    await page.getByRole('heading', { name: 'Who are you?' }).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'phone-seats-390x844.png') });
  }
  await page.getByRole('button', { name: NAMES[i], exact: true }).click();
  await page.getByText(`Voting as ${NAMES[i]}`).waitFor();
}

/** A finger on the handle, moved in small steps to the row now at `place`, then lifted. */
async function orderByDrag(page: Page, target: string[]): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  for (let place = 0; place < target.length; place++) {
    const at = (await shownOrder(page)).indexOf(target[place]!);
    if (at === place) continue;
    const from = (await page.locator('.order-row').nth(at).getByTestId('drag-handle').boundingBox())!;
    const to = (await page.locator('.order-row').nth(place).boundingBox())!;
    const x = from.x + from.width / 2;
    const startY = from.y + from.height / 2;
    const endY = to.y + 8;
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y: startY }] });
    for (let step = 1; step <= 12; step++) {
      const y = startY + ((endY - startY) * step) / 12;
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y }] });
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await expect
      .poll(async () => (await shownOrder(page)).indexOf(target[place]!), { timeout: WAIT })
      .toBe(place);
  }
  expect(await shownOrder(page)).toEqual(target);
}

async function roundOnDisk(roundId: string) {
  const workspace = await readWorkspaceJson(dir);
  return { workspace, round: workspace.rounds.find((r) => r.id === roundId)! };
}

it('the server serves the built page as its hashed files only, and a page saying how to build it when there is none', async () => {
  expect(Object.keys(assets).sort()).toEqual([
    '/',
    expect.stringMatching(/^\/assets\/icon-[\w-]+\.svg$/),
    expect.stringMatching(/^\/assets\/index-[\w-]+\.js$/),
    expect.stringMatching(/^\/assets\/style-[\w-]+\.css$/),
  ]);
  const missing = await makeTempDir('offsite-no-phone-');
  cleanups.push(missing.cleanup);
  const page = await loadPhoneAssets(join(missing.path, 'phone'));
  expect(page.built).toBe(false);
  const body = page.assets['/']!.body;
  expect(typeof body === 'string' ? body : new TextDecoder().decode(body)).toContain(
    'run `npm run build:phone`',
  );
});

const MAJORITY_ORDER = ['item-4', 'item-2', 'item-1', 'item-5', 'item-3'];
const MINORITY_ORDER = ['item-3', 'item-5', 'item-1', 'item-2', 'item-4'];

it(
  'eight phones put the items in order (by ↑/↓ and by dragging), every one is saved on the laptop, and a stolen seat link is refused in words',
  async () => {
    const r = await openRoom('r-order');
    const targets = NAMES.map((_, i) => (i < 6 ? MAJORITY_ORDER : MINORITY_ORDER));
    for (let i = 0; i < NAMES.length; i++) {
      const page = r.phones[i]!;
      await joinRoom(r, i);
      if (i === 0) await page.screenshot({ path: join(SCREENSHOTS, 'phone-order-390x844.png') });
      await (i === 0 ? orderByDrag(page, targets[i]!) : orderByButtons(page, targets[i]!, titleOf));
      await sendAndExpectSaved(page);
    }

    // A change survives a reload (the screen locked, the browser dropped the tab) until sent.
    const second = r.phones[1]!;
    await second.getByRole('button', { name: `Move “${titleOf('item-4')}” down` }).click();
    await expect.poll(() => second.getByTestId('status').textContent()).toBe('Changed — not sent yet.');
    await second.reload();
    await expect.poll(() => second.getByTestId('status').textContent()).toBe('Changed — not sent yet.');
    expect((await shownOrder(second))[1]).toBe('item-4');
    await second.getByRole('button', { name: `Move “${titleOf('item-4')}” up` }).click();
    await expect.poll(() => second.getByTestId('status').textContent()).toMatch(/^✓ Saved on the laptop/);

    // The first phone's seat card, opened on a ninth phone: that seat is held already.
    const thief = await (await newPhoneContext()).newPage();
    r.contexts.push(thief.context());
    await thief.goto(r.room.server.info().seats[0]!.joinUrl);
    await thief.getByRole('heading', { name: 'This seat cannot be opened here' }).waitFor({ timeout: WAIT });
    await expect
      .poll(() => thief.locator('.message').textContent())
      .toBe(`${NAMES[0]}'s seat is already open on another phone. If that is not you, tell the facilitator.`);

    await r.room.stop('revealed');
    for (const page of r.phones) {
      await page
        .getByRole('heading', { name: 'The facilitator revealed the results' })
        .waitFor({ timeout: WAIT });
    }
    for (const context of r.contexts) await context.close();
    expect(r.problems).toEqual([]);

    const { workspace, round } = await roundOnDisk('r-order');
    expect(
      round.ballots.map((b) => [b.participantId, b.content.kind === 'order' && b.content.tiers.flat()]),
    ).toEqual(targets.map((t, i) => [`p${i + 1}`, t]));
    const results = roundResults(workspace, round);
    expect(results.ok && results.analysis.consensus.ranking).toEqual(MAJORITY_ORDER);
  },
  EIGHT_PHONES_MS,
);

it(
  'points: a phone refuses an unspent budget in the laptop’s words, then eight phones spend exactly 100 and the totals are theirs',
  async () => {
    const r = await openRoom('r-points');
    const plans = NAMES.map((_, i) =>
      i < 6 ? { 'item-2': 50, 'item-4': 30, 'item-1': 20 } : { 'item-1': 60, 'item-3': 40 },
    );
    for (let i = 0; i < NAMES.length; i++) {
      const page = r.phones[i]!;
      if (i === 7) {
        // One phone types the code, as someone who could not scan the QR would.
        await page.goto(r.room.server.info().url);
        await page.getByLabel('Room code').fill(r.room.server.code.toLowerCase());
        await page.getByRole('button', { name: 'Join' }).click();
        await page.getByRole('button', { name: NAMES[i], exact: true }).click();
      } else await joinRoom(r, i);
      if (i === 0) {
        await page.getByRole('button', { name: 'Send my vote' }).click();
        await expect
          .poll(() => page.getByTestId('status').textContent())
          .toBe('100 points left to give: spend exactly 100.');
      }
      for (const [id, amount] of Object.entries(plans[i]!)) {
        await page.getByRole('spinbutton', { name: `Points for “${titleOf(id)}”` }).fill(String(amount));
        await page.getByRole('spinbutton', { name: `Points for “${titleOf(id)}”` }).press('Tab');
      }
      if (i === 0) {
        // 40 more typed on the last row is 40 over the budget: refused before it is sent.
        await page.getByRole('spinbutton', { name: `Points for “${titleOf('item-3')}”` }).fill('40');
        await page.getByRole('spinbutton', { name: `Points for “${titleOf('item-3')}”` }).press('Tab');
        await page.getByRole('button', { name: 'Send my vote' }).click();
        await expect
          .poll(() => page.getByTestId('status').textContent())
          .toBe('40 points too many: spend exactly 100.');
        await page.screenshot({ path: join(SCREENSHOTS, 'phone-points-390x844.png') });
        await page.getByRole('spinbutton', { name: `Points for “${titleOf('item-3')}”` }).fill('0');
        await page.getByRole('spinbutton', { name: `Points for “${titleOf('item-3')}”` }).press('Tab');
      }
      await expect.poll(() => page.getByTestId('left').textContent()).toBe('0 of 100 points left');
      await sendAndExpectSaved(page);
    }
    await closeRoom(r, 'revealed');
    expect(r.problems).toEqual([]);

    const { workspace, round } = await roundOnDisk('r-points');
    expect(round.ballots).toHaveLength(8);
    const results = roundResults(workspace, round);
    if (!results.ok) throw new Error(results.message);
    expect(results.analysis.consensus.ranking).toEqual(['item-2', 'item-4', 'item-1', 'item-3']);
    const totals = Object.fromEntries(ITEMS.slice(0, 4).map((id) => [id, 0]));
    for (const b of round.ballots)
      if (b.content.kind === 'points') for (const a of b.content.allocation) totals[a.itemId]! += a.amount;
    expect(totals).toEqual({ 'item-1': 240, 'item-2': 300, 'item-3': 80, 'item-4': 180 });
  },
  EIGHT_PHONES_MS,
);

it(
  'pairwise with strengths: eight phones answer every pair and say how much more; the consensus follows the majority',
  async () => {
    const r = await openRoom('r-pairwise');
    const preferences = NAMES.map((_, i) =>
      i < 5 ? ['item-2', 'item-1', 'item-3'] : ['item-3', 'item-1', 'item-2'],
    );
    for (let i = 0; i < NAMES.length; i++) {
      const page = r.phones[i]!;
      await joinRoom(r, i);
      for (let question = 0; question < 3; question++) {
        await page.getByText(`Question ${question + 1} of 3`).waitFor();
        if (i === 0 && question === 0)
          await page.screenshot({ path: join(SCREENSHOTS, 'phone-pairwise-390x844.png') });
        const shown = await Promise.all(
          ['pair-first', 'pair-second'].map((id) => page.getByTestId(id).textContent()),
        );
        const ranks = shown.map((title) => preferences[i]!.indexOf(ITEMS[TITLES.indexOf(title!)]!));
        await page.getByTestId(ranks[0]! < ranks[1]! ? 'pair-first' : 'pair-second').click();
        if (i === 0 && question === 0)
          await page.screenshot({ path: join(SCREENSHOTS, 'phone-pairwise-strength-390x844.png') });
        await page.getByRole('button', { name: '5 of 9: Strongly more' }).click();
      }
      await page.getByText('All 3 questions answered. Your order:').waitFor();
      await sendAndExpectSaved(page);
    }
    await closeRoom(r, 'revealed');
    expect(r.problems).toEqual([]);

    const { workspace, round } = await roundOnDisk('r-pairwise');
    expect(round.ballots).toHaveLength(8);
    expect(
      round.ballots.every(
        (b) => b.content.kind === 'pairwise' && b.content.judgements.every((j) => j.strength === 5),
      ),
    ).toBe(true);
    const results = roundResults(workspace, round);
    if (!results.ok) throw new Error(results.message);
    expect(results.analysis.consensus.ranking).toEqual(['item-2', 'item-1', 'item-3']);
    expect(results.ahp).not.toBeNull();
  },
  EIGHT_PHONES_MS,
);

it('dots: phones place their dots with + and −, a vote sent while the Wi-Fi is down goes once it is back, and "The link was closed" when the facilitator stops the link', async () => {
  const r = await openRoom('r-dots', 2);
  for (let i = 0; i < 2; i++) {
    const page = r.phones[i]!;
    await joinRoom(r, i);
    await page.getByRole('button', { name: `More dots for “${titleOf('item-3')}”` }).click();
    await page.getByRole('button', { name: `More dots for “${titleOf('item-3')}”` }).click();
    await page
      .getByRole('button', { name: `More dots for “${titleOf(i === 0 ? 'item-1' : 'item-5')}”` })
      .click();
    await expect.poll(() => page.getByTestId('left').textContent()).toBe('0 of 3 dots left');
    // Every dot is placed: + is spent everywhere.
    expect(
      await page.getByRole('button', { name: `More dots for “${titleOf('item-2')}”` }).isDisabled(),
    ).toBe(true);
    if (i === 0) await page.screenshot({ path: join(SCREENSHOTS, 'phone-dots-390x844.png') });
    if (i === 1) {
      // The Wi-Fi drops while the vote is sent: it waits on the phone and goes once the link is back.
      await page.context().setOffline(true);
      await page.getByText('Connection lost — reconnecting. Your changes stay on this phone.').waitFor();
      await page.getByRole('button', { name: 'Send my vote' }).click();
      await expect
        .poll(() => page.getByTestId('status').textContent())
        .toBe('Waiting for the connection to send…');
      await page.context().setOffline(false);
      await expect
        .poll(() => page.getByTestId('status').textContent(), { timeout: WAIT })
        .toMatch(/^✓ Saved on the laptop/);
    } else await sendAndExpectSaved(page);
  }
  await r.room.stop('stopped');
  for (const page of r.phones) {
    await page.getByRole('heading', { name: 'The link was closed' }).waitFor({ timeout: WAIT });
    await page.getByText('The facilitator closed the room link.').waitFor({ timeout: WAIT });
  }
  for (const context of r.contexts) await context.close();
  expect(r.problems).toEqual([]);
  const { round } = await roundOnDisk('r-dots');
  expect(round.ballots.map((b) => b.content)).toEqual([
    {
      kind: 'dots',
      allocation: [
        { itemId: 'item-1', amount: 1 },
        { itemId: 'item-3', amount: 2 },
      ],
    },
    {
      kind: 'dots',
      allocation: [
        { itemId: 'item-3', amount: 2 },
        { itemId: 'item-5', amount: 1 },
      ],
    },
  ]);
});
