import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Harness } from './harness';

/**
 * What a facilitator does with the agenda, the timer and the parking lot, through the real
 * screens: every step waits for what the user would see, each with a time limit.
 */

/** 14 January 2027 at `clock` ("09:30") in this machine's time zone, the agenda's zone. */
export function dayOneAt(clock: string): number {
  const [hours, minutes] = clock.split(':').map(Number) as [number, number];
  return new Date(2027, 0, 14, hours, minutes).getTime();
}

/** Home → New workspace, kind Offsite, with the suggested built-in template; waits for its agenda. */
export async function createOffsite(app: Harness, name: string): Promise<void> {
  const { page } = app;
  await page.getByRole('button', { name: 'New workspace' }).click();
  const dialog = page.getByRole('dialog', { name: 'New workspace' });
  await dialog.getByLabel('Name').fill(name);
  await dialog.getByText('Offsite', { exact: true }).click();
  const template = dialog.getByRole('combobox', { name: 'Start from template' });
  await expect
    .poll(() => template.locator('option:checked').textContent(), { timeout: 10_000 })
    .toBe('Two-day leadership offsite');
  await dialog.getByLabel('Organisation').fill('Northwind Ltd');
  await dialog.getByRole('button', { name: 'Create workspace' }).click();
  await page.getByRole('heading', { level: 1, name }).waitFor({ timeout: 10_000 });
}

/** A block's row on the Agenda tab: its aria-label is "09:30–10:00 Opening and ground rules". */
export function blockRow(within: Page | Locator, title: string): Locator {
  return within.getByRole('listitem', { name: new RegExp(`^\\d\\d:\\d\\d–\\d\\d:\\d\\d ${escape(title)}$`) });
}

/** The length of a block as its minutes field shows it on the Agenda tab. */
export async function plannedMinutes(page: Page, title: string): Promise<number> {
  return Number(await page.getByRole('textbox', { name: `Minutes for “${title}”` }).inputValue());
}

/** "Can shrink to 40 min" (or "… to 1 h") on a block's row: the least the re-plan may give it. */
export async function minimumMinutes(page: Page, title: string): Promise<number> {
  const text =
    (await blockRow(page, title)
      .getByText(/^Can shrink to/)
      .textContent()) ?? '';
  const [, hours, minutes] = /to (?:(\d+) h)?\s*(?:(\d+) min)?$/.exec(text) ?? [];
  if (hours === undefined && minutes === undefined) throw new Error(`No minimum in “${text}”.`);
  return Number(hours ?? 0) * 60 + Number(minutes ?? 0);
}

/** Types a day's clock field ("Starts", "Ends") and leaves it, as the field commits on blur. */
export async function setDayClock(day: Locator, label: 'Starts' | 'Ends', clock: string): Promise<void> {
  const field = day.getByLabel(label, { exact: true });
  await field.fill(clock);
  await field.press('Tab');
  await expect.poll(() => field.inputValue()).toBe(clock);
}

/**
 * Ctrl+Shift+L on whatever is showing, one line, Enter: parked. Returns what the capture box
 * said the item is linked to, and waits for the counter in the top bar to show `count`.
 */
export async function park(page: Page, text: string, count: number): Promise<string> {
  await page.keyboard.press('Control+Shift+L');
  const box = page.getByRole('dialog', { name: 'Park an item' });
  const line = box.getByRole('textbox', { name: 'What to park' });
  await line.waitFor({ timeout: 5000 });
  const linked = (await box.locator('.parking-link').textContent()) ?? '';
  await line.fill(text);
  await line.press('Enter');
  await box.waitFor({ state: 'detached', timeout: 5000 });
  await expect.poll(() => parkingCounter(page).textContent()).toBe(`Parking lot ${count}`);
  return linked;
}

/** The counter in the workspace's top bar: "Parking lot 4", the items not triaged yet. */
export function parkingCounter(page: Page): Locator {
  return page.getByRole('button', { name: /^Parking lot \d+$/ }).first();
}

type Triage =
  | { outcome: 'Action item'; owner: string; due: string }
  | { outcome: 'Decision'; why: string }
  | { outcome: 'Dropped'; reason: string };

/** In the open lot: Triage on the item, the outcome and its fields, Save triage. */
export async function triage(lot: Locator, text: string, choice: Triage): Promise<void> {
  await lot.getByRole('button', { name: `Triage: ${text}` }).click();
  const form = lot.getByRole('form', { name: `Triage: ${text}` });
  await form.getByRole('radio', { name: choice.outcome }).check();
  if (choice.outcome === 'Action item') {
    await form.getByLabel('Owner').fill(choice.owner);
    await form.getByLabel('Due').fill(choice.due);
  } else if (choice.outcome === 'Decision') {
    await form.getByLabel('Why').fill(choice.why);
  } else {
    await form.getByLabel('Why it is dropped (required)').fill(choice.reason);
  }
  await form.getByRole('button', { name: 'Save triage' }).click();
  await form.waitFor({ state: 'detached', timeout: 5000 });
}

/** QBR tab, with a deck: adds a live section by its label in the type picker. */
export async function addDeckSection(page: Page, label: string): Promise<void> {
  await page.getByRole('combobox', { name: 'Type of the new section' }).selectOption({ label });
  await page.getByRole('button', { name: 'Add section' }).click();
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
