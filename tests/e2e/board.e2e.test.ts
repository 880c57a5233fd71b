import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Workspace } from '../../src/shared/domain/workspace';
import {
  card,
  demoBoardWorkspace,
  openOnBoard,
  pastedListWorkspace,
  realisticBoardWorkspace,
} from './boardDriver';
import { appPerTest } from './lifecycle';

/** The browser globals the in-page callbacks use (this test project is typed for Node). */
type BrowserStyles = {
  getComputedStyle(el: unknown): { transform: string; fontSize: string; strokeDasharray: string };
  DOMMatrix: new (transform: string) => { a: number };
};

const apps = appPerTest();

async function onDisk(page: Page, dir: string): Promise<Workspace> {
  await page.getByTestId('save-status').getByText('Saved', { exact: true }).waitFor();
  return JSON.parse(await readFile(join(dir, 'workspace.json'), 'utf8')) as Workspace;
}

async function dragBy(page: Page, title: string, dx: number, dy: number): Promise<void> {
  const box = (await card(page, title).locator('.board-card-title').boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + dx / 2, box.y + box.height / 2 + dy / 2, { steps: 5 });
  await page.mouse.move(box.x + box.width / 2 + dx, box.y + box.height / 2 + dy, { steps: 5 });
  await page.mouse.up();
}

async function addCard(page: Page, title: string): Promise<void> {
  await page.getByRole('button', { name: '+ Card' }).click();
  await page.getByRole('dialog').getByLabel('Card title').fill(title);
  await page.getByRole('button', { name: 'Add card' }).click();
  await card(page, title).waitFor();
}

async function setStatus(page: Page, title: string, status: string, rationale: string): Promise<void> {
  // The card shows its status as a button; the choice opens on click.
  await card(page, title)
    .getByRole('button', { name: `Status of ${title}`, exact: false })
    .click();
  await card(page, title)
    .getByRole('combobox', { name: `Status of ${title}` })
    .selectOption(status);
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Rationale').fill(rationale);
  await dialog.getByRole('button', { name: /^(Commit|Defer|Drop)$/ }).click();
  await dialog.waitFor({ state: 'detached' });
}

describe('the trade-off board in Chromium', () => {
  it('creates cards, drags one into another quadrant (scores on disk), links, warns, logs a drop and undoes it', async () => {
    const app = await apps.launch({ viewport: { width: 1600, height: 1000 } });
    const { page } = app;
    const base = demoBoardWorkspace(0);
    const dir = await openOnBoardEmpty(app, { ...base, board: { ...base.board, capacity: 100 } });

    for (const t of ['Launch in the EU', 'Enterprise SSO', 'Cut cloud spend']) await addCard(page, t);
    // New cards start mid-board (5, 5); drag one up and left: into Quick wins.
    await dragBy(page, 'Launch in the EU', -220, -160);
    let w = await onDisk(page, dir);
    const eu = w.priorities.find((p) => p.title === 'Launch in the EU')!;
    expect(eu.impact).toBeGreaterThan(5.5);
    expect(eu.effort).toBeLessThan(4.5);
    await expect
      .poll(() => card(page, 'Launch in the EU').textContent())
      .toContain(`I ${eu.impact} · E ${eu.effort}`);

    // Link two cards handle to handle, as a conflict.
    await page.getByLabel('Kind of the next link you draw').selectOption('conflicts-with');
    const from = (await card(page, 'Launch in the EU').locator('.react-flow__handle-right').boundingBox())!;
    const to = (await card(page, 'Enterprise SSO').locator('.react-flow__handle-left').boundingBox())!;
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 12 });
    await page.mouse.up();
    w = await onDisk(page, dir);
    expect(w.links).toEqual([expect.objectContaining({ kind: 'conflicts-with', cost: '' })]);
    const sso = w.priorities.find((p) => p.title === 'Enterprise SSO')!;
    expect(new Set([w.links[0]!.from, w.links[0]!.to])).toEqual(new Set([eu.id, sso.id]));

    // Commit both: the board warns, and a click on the warning selects the two cards.
    await setStatus(page, 'Launch in the EU', 'committed', 'Biggest revenue upside');
    await setStatus(page, 'Enterprise SSO', 'committed', 'Three enterprise deals wait on it');
    const warning = page.getByRole('button', { name: /“Launch in the EU” and “Enterprise SSO” conflict/ });
    await warning.click();
    await expect.poll(() => page.locator('.board-card-selected').count()).toBe(2);

    // Drop one with a rationale: the warning goes, the decision is in the log (on disk and in its view).
    await setStatus(page, 'Enterprise SSO', 'dropped', 'Partner SSO covers the three deals');
    await warning.waitFor({ state: 'detached' });
    w = await onDisk(page, dir);
    expect(w.decisions.map((d) => [d.kind, d.what, d.why])).toEqual([
      ['commit', 'Commit to “Launch in the EU”', 'Biggest revenue upside'],
      ['commit', 'Commit to “Enterprise SSO”', 'Three enterprise deals wait on it'],
      ['drop', 'Drop “Enterprise SSO”', 'Partner SSO covers the three deals'],
    ]);
    await page.getByRole('tab', { name: 'Decisions' }).click();
    await page.getByText('Partner SSO covers the three deals').first().waitFor();

    // Undo: the drop and its log entry go together, and the conflict warning is back.
    await page.getByRole('tab', { name: 'Board' }).click();
    await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+z');
    await warning.waitFor();
    w = await onDisk(page, dir);
    expect(w.priorities.find((p) => p.title === 'Enterprise SSO')!.status).toBe('committed');
    expect(w.decisions).toHaveLength(2);
  });

  it('refuses a duplicate link with a message, and changes nothing', async () => {
    const app = await apps.launch({ viewport: { width: 1600, height: 1000 } });
    const { page } = app;
    const base = demoBoardWorkspace(6, 0);
    const [a, b] = base.priorities;
    const w0: Workspace = {
      ...base,
      links: [{ id: 'l1', from: a!.id, to: b!.id, kind: 'conflicts-with', cost: '' }],
    };
    const dir = await openOnBoard(app, w0);
    const drawLink = async (fromTitle: string, toTitle: string, toSide: 'left' | 'right') => {
      const from = (await card(page, fromTitle).locator('.react-flow__handle-right').boundingBox())!;
      const to = (await card(page, toTitle).locator(`.react-flow__handle-${toSide}`).boundingBox())!;
      await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
      await page.mouse.down();
      await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 12 });
      await page.mouse.up();
    };
    await page.getByLabel('Kind of the next link you draw').selectOption('conflicts-with');
    // The same conflict drawn the other way round is the same statement.
    await drawLink(b!.title, a!.title, 'left');
    await page
      .getByRole('alert')
      .getByText(/already linked \(conflicts with\)/)
      .waitFor();
    const w = JSON.parse(await readFile(join(dir, 'workspace.json'), 'utf8')) as Workspace;
    expect(w.links).toEqual(w0.links);
    expect(await page.locator('.react-flow__edge').count()).toBe(1);
  });

  it('exports the board as PNG and SVG into the workspace’s exports folder', async () => {
    const app = await apps.launch({ viewport: { width: 1600, height: 1000 } });
    const { page } = app;
    const dir = await openOnBoard(app, demoBoardWorkspace(12));
    await page.getByRole('button', { name: 'Export PNG' }).click();
    await page
      .getByRole('status')
      .getByText(/Saved the board as/)
      .waitFor();
    await page.getByRole('button', { name: 'Export SVG' }).click();
    await page
      .getByRole('status')
      .getByText(/\.svg$/)
      .waitFor();
    const files = (await readdir(join(dir, 'exports'))).sort();
    expect(files).toEqual([
      'Q1 2027 Leadership Offsite - board 2027-01-10.png'.replace('2027-01-10', files[0]!.slice(-14, -4)),
      'Q1 2027 Leadership Offsite - board 2027-01-10.svg'.replace('2027-01-10', files[1]!.slice(-14, -4)),
    ]);
    const png = await readFile(join(dir, 'exports', files[0]!));
    expect([...png.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    expect(png.readUInt32BE(16)).toBe(3200); // 1600-wide image at 2×, sharp on a slide
    const svg = await readFile(join(dir, 'exports', files[1]!), 'utf8');
    expect(svg).toContain('Launch in the EU');
  });

  it('lays the cards out as a dependency graph and back, and lanes change a card’s department', async () => {
    const app = await apps.launch({ viewport: { width: 1600, height: 1000 } });
    const { page } = app;
    const dir = await openOnBoard(app, demoBoardWorkspace(20, 16));
    const before = await card(page, 'Enterprise SSO').boundingBox();
    await page.getByRole('button', { name: 'Dependencies' }).click();
    await expect
      .poll(async () => JSON.stringify(await card(page, 'Enterprise SSO').boundingBox()))
      .not.toBe(JSON.stringify(before));
    await page.getByRole('button', { name: 'Lanes' }).click();
    await page.getByTestId('board-lane').first().waitFor();
    const lanes = await page.getByTestId('board-lane').allTextContents();
    expect(lanes.map((t) => t.replace(/\d+ cards?$/, ''))).toEqual([
      'Engineering',
      'Executive',
      'Finance',
      'Operations',
      'People',
      'Sales',
    ]);
    // Cards glide to their lanes; wait until they have arrived.
    await expect
      .poll(async () => {
        const a = JSON.stringify(await card(page, 'Enterprise SSO').boundingBox());
        await page.waitForTimeout(120);
        return a === JSON.stringify(await card(page, 'Enterprise SSO').boundingBox());
      })
      .toBe(true);
    // Drag Enterprise SSO (Engineering) down one lane: it now belongs to Executive.
    await dragBy(
      page,
      'Enterprise SSO',
      0,
      (await page.getByTestId('board-lane').first().boundingBox())!.height,
    );
    const w = await onDisk(page, dir);
    expect(w.priorities.find((p) => p.title === 'Enterprise SSO')!.department).toBe('Executive');
    await page.getByRole('button', { name: 'Matrix' }).click();
    await page.getByText('Quick wins').waitFor();
  });

  it('nudges with arrow keys, copies and pastes, deletes and undoes, finds a card, and notes a thought', async () => {
    const app = await apps.launch({ viewport: { width: 1600, height: 1000 } });
    const { page } = app;
    const w0 = demoBoardWorkspace(8, 4);
    const dir = await openOnBoard(app, w0);
    const sso = w0.priorities.find((p) => p.title === 'Enterprise SSO')!;

    await card(page, 'Enterprise SSO').locator('.board-card-title').click();
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Shift+ArrowRight');
    let w = await onDisk(page, dir);
    expect(w.priorities.find((p) => p.id === sso.id)).toMatchObject({
      impact: Math.min(10, sso.impact + 0.3),
      effort: Math.min(10, sso.effort + 1),
    });

    await page.keyboard.press('Control+c');
    await page.keyboard.press('Control+v');
    await card(page, 'Enterprise SSO (copy)').waitFor();
    await page.keyboard.press('Delete');
    await card(page, 'Enterprise SSO (copy)').waitFor({ state: 'detached' });
    w = await onDisk(page, dir);
    expect(w.priorities).toHaveLength(8);
    await page.keyboard.press('Control+z');
    await card(page, 'Enterprise SSO (copy)').waitFor();

    await page.getByLabel('Find a card').fill('soc 2');
    await page.getByLabel('Find a card').press('Enter');
    await expect
      .poll(() => page.locator('.board-card-selected').allTextContents())
      .toEqual([expect.stringContaining('SOC 2 Type II')]);
    expect(await page.locator('.board-card-dimmed').count()).toBe(8);

    await page.getByRole('button', { name: '+ Note' }).click();
    await page.getByLabel('Note').fill('Ask Finance about the Q2 hiring freeze');
    await page.getByLabel('Find a card').click(); // leaving the note saves it
    w = await onDisk(page, dir);
    expect(w.board.notes.map((n) => n.text)).toEqual(['Ask Finance about the Q2 hiring freeze']);
  });

  it('states the cost of a trade-off on the link, and shows it on the board', async () => {
    const app = await apps.launch({ viewport: { width: 1600, height: 1000 } });
    const { page } = app;
    const w0 = demoBoardWorkspace(4, 0);
    const dir = await openOnBoard(app, w0);
    const [a, b] = w0.priorities;
    await page.getByLabel('Kind of the next link you draw').selectOption('trades-off');
    const from = (await card(page, a!.title).locator('.react-flow__handle-right').boundingBox())!;
    const to = (await card(page, b!.title).locator('.react-flow__handle-left').boundingBox())!;
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 12 });
    await page.mouse.up();
    await page.getByLabel('Cost of the trade-off').fill('Launch EU slips 6 weeks');
    await page.locator('.board-edge-label').getByText('Launch EU slips 6 weeks').waitFor();
    const w = await onDisk(page, dir);
    expect(w.links).toEqual([
      expect.objectContaining({ kind: 'trades-off', cost: 'Launch EU slips 6 weeks' }),
    ]);
  });
});

type Rect = { x: number; y: number; width: number; height: number };
const intersects = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

async function rects(page: Page, selector: string): Promise<Rect[]> {
  const boxes = await Promise.all((await page.locator(selector).all()).map((l) => l.boundingBox()));
  return boxes.filter((b): b is Rect => b !== null);
}

function overlappingPairs(boxes: readonly Rect[]): number {
  let n = 0;
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) if (intersects(boxes[i]!, boxes[j]!)) n++;
  return n;
}

/** What a person sees after Fit View: cards clear of each other and of every label and control. */
async function expectClearBoard(page: Page, cardCount: number): Promise<void> {
  await page.getByRole('button', { name: 'Fit View' }).click();
  const cards = await rects(page, '[data-testid="board-card"]');
  expect(cards).toHaveLength(cardCount);
  expect(overlappingPairs(cards)).toBe(0);
  const pane = (await page.locator('.react-flow').boundingBox())!;
  for (const c of cards) {
    expect(c.x).toBeGreaterThanOrEqual(pane.x);
    expect(c.y).toBeGreaterThanOrEqual(pane.y);
    expect(c.x + c.width).toBeLessThanOrEqual(pane.x + pane.width + 0.5);
    expect(c.y + c.height).toBeLessThanOrEqual(pane.y + pane.height + 0.5);
  }
  const furniture = await rects(page, '.board-axis, .react-flow__controls, .board-minimap');
  expect(furniture.length).toBeGreaterThanOrEqual(3);
  for (const f of furniture) expect(cards.filter((c) => intersects(f, c))).toEqual([]);
}

describe('the board on a projector', () => {
  it('at 1920×1080 with 40 cards: titles are 14 px or more after Fit View, and nothing covers a card', async () => {
    const app = await apps.launch({ viewport: { width: 1920, height: 1080 } });
    const { page } = app;
    const w = realisticBoardWorkspace();
    await openOnBoard(app, w);
    await expectClearBoard(page, 40);
    const zoom = await page.locator('.react-flow__viewport').evaluate((el) => {
      const g = globalThis as unknown as BrowserStyles;
      return new g.DOMMatrix(g.getComputedStyle(el).transform).a;
    });
    const sizes = await page
      .locator('.board-card-title')
      .evaluateAll((els) =>
        els.map((el) => parseFloat((globalThis as unknown as BrowserStyles).getComputedStyle(el).fontSize)),
      );
    expect(sizes).toHaveLength(40);
    expect(Math.min(...sizes) * zoom).toBeGreaterThanOrEqual(14);
    // Dashed and dotted links keep their pattern at the fitted zoom, as the legend shows them.
    const dashes = await page
      .locator('.react-flow__edge-path')
      .evaluateAll((els) =>
        els
          .map((el) => (globalThis as unknown as BrowserStyles).getComputedStyle(el).strokeDasharray)
          .filter((d) => d !== 'none'),
      );
    expect(dashes.length).toBeGreaterThan(0);
    // Links are named by their cards for screen readers.
    const link = w.links.find((l) => l.kind === 'depends-on')!;
    const title = (id: string) => w.priorities.find((p) => p.id === id)!.title;
    await page.locator(`[aria-label="${title(link.from)} depends on ${title(link.to)}"]`).waitFor();
  });

  it('at 1366×768 with 40 cards, nothing covers a card after Fit View, in the matrix and the dependency view', async () => {
    const app = await apps.launch({ viewport: { width: 1366, height: 768 } });
    const { page } = app;
    await openOnBoard(app, realisticBoardWorkspace());
    await expectClearBoard(page, 40);
    await page.getByRole('button', { name: 'Dependencies' }).click();
    // The graph layout arrives from its worker and the cards glide there: wait until they stop.
    await expect
      .poll(
        async () => {
          const a = JSON.stringify(await rects(page, '[data-testid="board-card"]'));
          await page.waitForTimeout(500);
          return a === JSON.stringify(await rects(page, '[data-testid="board-card"]'));
        },
        { timeout: 15_000 },
      )
      .toBe(true);
    expect(overlappingPairs(await rects(page, '[data-testid="board-card"]'))).toBe(0);
  });

  it('60 priorities pasted with no scores are 60 visible cards, none on another', async () => {
    const app = await apps.launch({ viewport: { width: 1920, height: 1080 } });
    await openOnBoard(app, pastedListWorkspace(60));
    await expectClearBoard(app.page, 60);
  });
});

/** The board of an empty workspace: opened on the Board tab without waiting for a card. */
async function openOnBoardEmpty(app: Parameters<typeof openOnBoard>[0], w: Workspace): Promise<string> {
  const { mkdir, writeFile } = await import('node:fs/promises');
  const dir = join(app.documentsDir, w.name);
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'workspace.json'), JSON.stringify(w));
  app.dialogs.workspaceFolders.push(dir);
  await app.page.getByRole('button', { name: /^Open/ }).click();
  await app.page.getByRole('tab', { name: 'Board' }).click();
  await app.page.getByTestId('tradeoff-board').waitFor();
  return dir;
}
