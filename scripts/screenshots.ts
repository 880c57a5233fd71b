/**
 * Renders the app's main screens in headless Chromium at the projector and laptop sizes,
 * for the README and for looking at what we build: `npx tsx scripts/screenshots.ts [outDir]`.
 * Needs a built renderer (`npm run build`).
 */
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { launchApp } from '../tests/e2e/harness';
import { openAudienceFromConsole } from '../tests/e2e/presenterDriver';
import { demoBoardWorkspace, openOnBoard, openOnTab } from '../tests/e2e/boardDriver';
import {
  DEMO_BALLOTS,
  DEMO_ITEMS,
  DEMO_TEAM,
  openRoundWith,
  runDemoRound,
  voteInPrivate,
} from '../tests/e2e/rankingDriver';
import { twoCampWorkspace } from '../tests/support/twoCampWorkspace';

const outDir = resolve(process.argv[2] ?? 'docs/screenshots');
const SIZES = [
  { name: '1920x1080', width: 1920, height: 1080 },
  { name: '1366x768', width: 1366, height: 768 },
];
const PEOPLE = [
  ['Dana Whitfield', 'CEO', 'Executive'],
  ['Ravi Menon', 'CFO', 'Finance'],
  ['Lena Ortiz', 'VP Sales', 'Sales'],
  ['Tom Becker', 'CTO', 'Engineering'],
  ['Aiko Tanaka', 'VP People', 'People'],
  ['Marcus Hale', 'COO', 'Operations'],
] as const;

await mkdir(outDir, { recursive: true });
for (const size of SIZES) {
  const app = await launchApp({ viewport: { width: size.width, height: size.height } });
  const { page } = app;
  for (const name of ['Q4 2026 QBR', 'Annual review 2026']) {
    await page.getByRole('button', { name: 'New workspace' }).click();
    await page.getByRole('dialog').getByLabel('Name').fill(name);
    await page.getByRole('dialog').getByLabel('Organisation').fill('Northwind Ltd');
    await page.getByRole('button', { name: 'Create workspace' }).click();
    await page.getByRole('heading', { level: 1, name }).waitFor();
    await page.getByRole('button', { name: '← Home' }).click();
  }
  await page.getByRole('button', { name: 'New workspace' }).click();
  await page.getByRole('dialog').getByLabel('Name').fill('Q1 2027 Leadership Offsite');
  await page.getByRole('dialog').getByLabel('Organisation').fill('Northwind Ltd');
  await page.screenshot({ path: join(outDir, `new-workspace-${size.name}.png`) });
  await page.getByRole('button', { name: 'Create workspace' }).click();
  const form = page.getByRole('form', { name: 'Add participant' });
  for (const [name, role, dept] of PEOPLE) {
    await form.getByLabel('New participant name').fill(name);
    await form.getByLabel('New participant role').fill(role);
    await form.getByLabel('New participant department').fill(dept);
    await form.getByRole('button', { name: 'Add participant' }).click();
  }
  await page.getByTestId('save-status').getByText('Saved', { exact: true }).waitFor();
  await page.screenshot({ path: join(outDir, `workspace-${size.name}.png`) });
  await page.getByRole('button', { name: '← Home' }).click();
  await page.getByText('Recent workspaces').waitFor();
  await page.screenshot({ path: join(outDir, `home-${size.name}.png`) });
  await app.close();
}
for (const size of SIZES) {
  const app = await launchApp({ viewport: { width: size.width, height: size.height } });
  const { page } = app;
  await runDemoRound(page);
  await page.screenshot({ path: join(outDir, `voting-${size.name}.png`) });
  await page.getByRole('button', { name: 'Dana Whitfield: has voted, change ballot' }).click();
  await page.screenshot({ path: join(outDir, `ballot-${size.name}.png`) });
  await app.close();
}
// The results of a divided room (two camps of three, after the re-vote): one representative
// order with each item's range of places, what everyone agrees on, the camps named.
for (const size of SIZES) {
  const app = await launchApp({ viewport: { width: size.width, height: size.height } });
  const { page } = app;
  await openOnTab(app, twoCampWorkspace(), 'Ranking');
  await page.getByTestId('results').waitFor();
  await page.screenshot({
    path: join(outDir, `results-${size.name}.png`),
    fullPage: true,
    animations: 'disabled',
  });
  await page.getByRole('button', { name: 'Present' }).click();
  await page.getByRole('button', { name: 'Details (D or →)' }).waitFor();
  await page.screenshot({ path: join(outDir, `results-present-${size.name}.png`), animations: 'disabled' });
  await page.keyboard.press('d');
  await page.getByRole('region', { name: 'Agreement between people' }).waitFor();
  await page.screenshot({
    path: join(outDir, `results-present-full-${size.name}.png`),
    fullPage: true,
    animations: 'disabled',
  });
  await app.close();
}
{
  // The deck's ranking slide for the same room, as the deck plays full screen (the PDF's slide).
  const app = await launchApp({ viewport: { width: 1280, height: 720 } });
  const { page } = app;
  await openOnTab(app, twoCampWorkspace(), 'QBR');
  await page.getByRole('button', { name: 'Create deck' }).click();
  await page.getByRole('button', { name: 'Present', exact: true }).click();
  const rankingSlide = page.getByText('Consensus order (Kemeny)');
  for (let i = 0; i < 30 && !(await rankingSlide.isVisible()); i++) await page.keyboard.press('ArrowRight');
  await rankingSlide.waitFor();
  await page.screenshot({ path: join(outDir, 'deck-ranking.png'), animations: 'disabled' });
  await app.close();
}
for (const size of SIZES) {
  // The trade-off board with 40 cards: matrix, dependency graph and department lanes.
  const app = await launchApp({ viewport: { width: size.width, height: size.height } });
  const { page } = app;
  await openOnBoard(app, demoBoardWorkspace(40));
  await page.waitForTimeout(500);
  await page.screenshot({ path: join(outDir, `board-${size.name}.png`), animations: 'disabled' });
  await page.getByRole('button', { name: 'Dependencies' }).click();
  await page.waitForTimeout(2500);
  await page.screenshot({
    path: join(outDir, `board-dependencies-${size.name}.png`),
    animations: 'disabled',
  });
  await page.getByRole('button', { name: 'Lanes' }).click();
  await page.waitForTimeout(1000);
  await page.screenshot({ path: join(outDir, `board-lanes-${size.name}.png`), animations: 'disabled' });
  await app.close();
}
{
  // Two screens: the console on the laptop (1366×768), the audience view on the projector
  // (1920×1080). While the round is open the room sees who has voted, then the results.
  const app = await launchApp({ viewport: { width: 1366, height: 768 } });
  const { page } = app;
  await openRoundWith(page, {
    name: 'Q1 2027 Leadership Offsite',
    organisation: 'Northwind Ltd',
    team: DEMO_TEAM,
    items: DEMO_ITEMS,
  });
  const audience = await openAudienceFromConsole(app);
  await page.getByRole('button', { name: /^Round: / }).click();
  await page.getByRole('tab', { name: 'Ranking' }).click();
  for (let v = 0; v < 5; v++) {
    await voteInPrivate(
      page,
      DEMO_TEAM[v]!,
      DEMO_BALLOTS[v]!.map((i) => DEMO_ITEMS[i]!),
    );
  }
  await audience.getByText('5 of 8 have voted').waitFor();
  await audience.screenshot({ path: join(outDir, 'audience-voting-1920x1080.png') });
  for (let v = 5; v < DEMO_TEAM.length; v++) {
    await voteInPrivate(
      page,
      DEMO_TEAM[v]!,
      DEMO_BALLOTS[v]!.map((i) => DEMO_ITEMS[i]!),
    );
  }
  await page.getByRole('button', { name: 'Reveal results' }).click();
  await audience.locator('.stage-slide .deck-slide').waitFor();
  await audience.screenshot({ path: join(outDir, 'audience-results-1920x1080.png'), animations: 'disabled' });
  await page.getByRole('tab', { name: 'Present' }).click();
  await page
    .getByLabel('Speaker notes')
    .fill('Ask Ravi to open: he ranked the EU launch last. Then the re-vote.');
  await page.getByTestId('audience-thumbnail').locator('.deck-slide').waitFor();
  await page.screenshot({ path: join(outDir, 'console-1366x768.png'), animations: 'disabled' });
  await app.close();
}
console.log(`Screenshots written to ${outDir}`);
