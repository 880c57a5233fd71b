import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { newPriority } from '../../src/shared/domain/priorities';
import { createRound } from '../../src/shared/domain/rounds';
import { addParticipant, createWorkspace, type Workspace } from '../../src/shared/domain/workspace';

/**
 * Drives the room link's phone page as an executive would, on a phone-sized touch screen:
 * shared by the tests that serve the page from the developer server and from the app.
 */

export const PHONE_WAIT = 15_000;

/** Eight executives with the names a real team has, and five priorities, one long, one not Latin. */
export const PHONE_TEAM = [
  '王芳',
  'Łukasz Wróblewski',
  'Amara Okafor',
  'Sofia Martínez',
  'Jonas Berg',
  'Priya Natarajan',
  'Kenji Watanabe',
  'Chloé Dubois',
];
export const PHONE_TITLES = [
  'Expand into the Nordic market with a partner-led sales motion before the end of the fiscal year',
  'Hire a CFO',
  '客户满意度提升计划',
  'Cut cloud costs by 20%',
  'Launch the self-service portal',
];
export const PHONE_ITEMS = PHONE_TITLES.map((_, i) => `item-${i + 1}`);
export const titleOf = (id: string): string => PHONE_TITLES[PHONE_ITEMS.indexOf(id)]!;
export const idOfTitle = (title: string): string => PHONE_ITEMS[PHONE_TITLES.indexOf(title)]!;

export type PhoneRoundId = 'r-order' | 'r-points' | 'r-pairwise' | 'r-dots';

/** The team, a facilitator who does not vote, the five items and a round of each method. */
export function phoneRoundsWorkspace(
  name: string,
  id: string,
  questionOf: (roundId: PhoneRoundId) => string,
): Workspace {
  const at = new Date('2027-01-15T09:00:00Z');
  let w = createWorkspace(
    { name, kind: 'offsite', period: '2027-Q1', organisation: 'Northwind Ltd' },
    id,
    at,
  );
  PHONE_TEAM.forEach((person, i) => (w = addParticipant(w, { name: person }, `p${i + 1}`)));
  w = addParticipant(w, { name: 'Facilitator', isFacilitator: true }, 'facilitator');
  w = {
    ...w,
    priorities: PHONE_TITLES.map((title, i) => newPriority({ title, impact: 5, effort: 5 }, PHONE_ITEMS[i]!)),
  };
  const rounds = [
    { id: 'r-order', method: 'order', itemIds: PHONE_ITEMS },
    { id: 'r-points', method: 'points', itemIds: PHONE_ITEMS.slice(0, 4) },
    { id: 'r-pairwise', method: 'pairwise', itemIds: PHONE_ITEMS.slice(0, 3), ahpStrength: true },
    { id: 'r-dots', method: 'dots', itemIds: PHONE_ITEMS, dots: 3 },
  ] as const;
  for (const r of rounds) w = createRound(w, { question: questionOf(r.id), ...r }, r.id, at);
  return w;
}

export const newPhoneContext = (browser: Browser): Promise<BrowserContext> =>
  browser.newContext({
    viewport: { width: 390, height: 844 },
    hasTouch: true,
    isMobile: true,
    deviceScaleFactor: 2,
  });

/** "Send my vote" (or change), then the laptop's acknowledgement on the phone. */
export async function sendAndExpectSaved(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^Send my (vote|change)$/ }).click();
  await expect
    .poll(() => page.getByTestId('status').textContent(), { timeout: PHONE_WAIT })
    .toMatch(/Saved on the laptop/);
}

/** The item ids of the order rows, top to bottom, as the phone shows them. */
export const shownOrder = async (page: Page): Promise<Array<string | null>> =>
  Promise.all((await page.locator('.order-row').all()).map((row) => row.getAttribute('data-item')));

/** Puts the order ballot's rows in `target` order with the ↑ buttons. */
export async function orderByButtons(
  page: Page,
  target: string[],
  titleOf: (id: string) => string,
): Promise<void> {
  for (let place = 0; place < target.length; place++) {
    const at = (await shownOrder(page)).indexOf(target[place]!);
    for (let k = at; k > place; k--)
      await page.getByRole('button', { name: `Move “${titleOf(target[place]!)}” up` }).click();
  }
  expect(await shownOrder(page)).toEqual(target);
}

/** Answers every pair of a pairwise ballot by `preference` (best first), each "strongly more". */
export async function answerPairs(
  page: Page,
  preference: string[],
  idOfTitle: (title: string) => string,
  questions: number,
): Promise<void> {
  for (let question = 0; question < questions; question++) {
    await page.getByText(`Question ${question + 1} of ${questions}`).waitFor();
    const shown = await Promise.all(
      ['pair-first', 'pair-second'].map((id) => page.getByTestId(id).textContent()),
    );
    const ranks = shown.map((title) => preference.indexOf(idOfTitle(title!)));
    await page.getByTestId(ranks[0]! < ranks[1]! ? 'pair-first' : 'pair-second').click();
    await page.getByRole('button', { name: '5 of 9: Strongly more' }).click();
  }
}

/** Types each item's points and leaves the field, as a thumb would. */
export async function spendPoints(
  page: Page,
  plan: Record<string, number>,
  titleOf: (id: string) => string,
): Promise<void> {
  for (const [id, amount] of Object.entries(plan)) {
    const field = page.getByRole('spinbutton', { name: `Points for “${titleOf(id)}”` });
    await field.fill(String(amount));
    await field.press('Tab');
  }
}
