import type { Locator, Page } from 'playwright-core';

/** A realistic round for screenshots and the render benchmark: 8 executives, 6 priorities. */
export const DEMO_ITEMS = [
  'Launch in the EU',
  'Hire a CFO',
  'Enterprise SSO',
  'Cut churn by 2 points',
  'New pricing',
  'Data platform',
];
export const DEMO_TEAM = [
  'Dana Whitfield',
  'Ravi Menon',
  'Lena Ortiz',
  'Tom Becker',
  'Aiko Tanaka',
  'Marcus Hale',
  'Priya Nair',
  'Jonas Berg',
];
export const DEMO_BALLOTS = [
  [0, 1, 2, 3, 4, 5],
  [0, 2, 1, 3, 5, 4],
  [1, 0, 2, 4, 3, 5],
  [0, 1, 3, 2, 4, 5],
  [5, 4, 3, 2, 1, 0],
  [0, 3, 1, 2, 5, 4],
  [2, 0, 1, 3, 4, 5],
  [0, 1, 2, 5, 3, 4],
];

/** Drives the real UI up to an open round: a new workspace, its participants and priorities. */
export async function openRoundWith(
  page: Page,
  setup: { name: string; organisation?: string; team: readonly string[]; items: readonly string[] },
): Promise<void> {
  await page.getByRole('button', { name: 'New workspace' }).click();
  await page.getByRole('dialog').getByLabel('Name').fill(setup.name);
  if (setup.organisation) await page.getByRole('dialog').getByLabel('Organisation').fill(setup.organisation);
  await page.getByRole('button', { name: 'Create workspace' }).click();
  const form = page.getByRole('form', { name: 'Add participant' });
  for (const person of setup.team) {
    await form.getByLabel('New participant name').fill(person);
    await form.getByRole('button', { name: 'Add participant' }).click();
  }
  await page.getByRole('tab', { name: 'Priorities' }).click();
  await page.getByLabel('New priorities, one per line').fill(setup.items.join('\n'));
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await page
    .getByTestId('priority-row')
    .nth(setup.items.length - 1)
    .waitFor();
  await page.getByRole('tab', { name: 'Ranking' }).click();
  await page.getByRole('button', { name: 'Open round' }).click();
}

/** Drives the real UI: workspace, participants, priorities, an order round, 8 private votes. */
export async function runDemoRound(page: Page, name = 'Q1 2027 Leadership Offsite'): Promise<void> {
  await openRoundWith(page, { name, organisation: 'Northwind Ltd', team: DEMO_TEAM, items: DEMO_ITEMS });
  for (let v = 0; v < DEMO_TEAM.length; v++) {
    await voteInPrivate(
      page,
      DEMO_TEAM[v]!,
      DEMO_BALLOTS[v]!.map((i) => DEMO_ITEMS[i]!),
    );
  }
}

/**
 * One executive takes the laptop: picks their name, puts the items in `order` with the
 * ↑ buttons of the order ballot (which starts shuffled), and submits.
 */
export async function voteInPrivate(
  page: Page,
  name: string,
  order: string[],
  whileOpen?: (ballot: Locator) => Promise<void>,
): Promise<void> {
  await page.getByRole('button', { name: new RegExp(`^${name}: (vote now|has voted)`) }).click();
  const ballot = page.getByRole('region', { name: `Private ballot for ${name}` });
  await ballot.waitFor();
  await whileOpen?.(ballot);
  let moves = 0;
  for (let target = 0; target < order.length; target++) {
    const titles = await ballot.locator('.ballot-item-title').allTextContents();
    for (let step = titles.indexOf(order[target]!); step > target; step--) {
      await ballot.getByRole('button', { name: `Move ${order[target]} up` }).click();
      moves++;
    }
  }
  await ballot.getByRole('button', { name: 'Submit my ranking' }).click();
  // The shuffled start was already the wanted order: the ballot asks before it goes in.
  if (moves === 0) await ballot.getByRole('button', { name: 'Submit as it is' }).click();
}
