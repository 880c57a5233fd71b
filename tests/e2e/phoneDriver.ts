import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * Drives the room link's phone page as an executive would, on a phone-sized touch screen:
 * shared by the tests that serve the page from the developer server and from the app.
 */

export const PHONE_WAIT = 15_000;

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
