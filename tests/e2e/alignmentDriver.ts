import type { Page } from 'playwright-core';
import { BUILT_IN_CHECKPOINT_QUESTIONS } from '../../src/shared/domain/alignment';

/**
 * The private screens of the Ranking tab as a room uses them on one laptop: each person
 * picks their name, answers, writes or rates alone, hands the laptop on; then the
 * facilitator reveals. Every step waits for the screen's own confirmation, with a time
 * limit, so a step that does not land fails where it happened. Also the Setup tab's steps
 * between two offsites: next quarter, and grading the last one.
 */

/** Long enough for a slow shared machine, short enough that a stuck step fails this test. */
const STEP = { timeout: 15_000 };

/** Scores for the three built-in checkpoint questions, in their order; null skips one. */
export type CheckpointScores = readonly [number | null, number | null, number | null];

/** Opens a new anonymous checkpoint with the built-in questions. */
export async function openCheckpoint(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'New checkpoint' }).click(STEP);
  await page.getByRole('button', { name: 'Open the checkpoint' }).click(STEP);
}

/** One person answers the open checkpoint in private. */
export async function answerCheckpointAs(page: Page, name: string, scores: CheckpointScores): Promise<void> {
  await page.getByRole('button', { name: `${name}: answer now` }).click(STEP);
  const dialog = page.getByRole('dialog', { name: `Private answers for ${name}` });
  for (const [q, score] of scores.entries()) {
    if (score === null) continue;
    await dialog
      .getByRole('group', { name: `Score for: ${BUILT_IN_CHECKPOINT_QUESTIONS[q]!.wording}` })
      .getByRole('button')
      .nth(score - 1)
      .click(STEP);
  }
  await dialog.getByRole('button', { name: 'Submit my answers' }).click(STEP);
  await page.getByText(`Thanks, ${name}: your answers are in.`).waitFor(STEP);
}

/** Opens a new same-message check ("messages") or success check for the focus ("success"). */
export async function openStatementCheck(page: Page, kind: 'messages' | 'success'): Promise<void> {
  const label = kind === 'messages' ? 'New same-message check…' : 'New success check…';
  await page.getByRole('button', { name: label }).click(STEP);
  await page.getByRole('button', { name: 'Open the check' }).click(STEP);
}

/** One person writes their draft in private: up to three messages, or a metric and a target. */
export async function writeDraftAs(page: Page, name: string, texts: readonly string[]): Promise<void> {
  await page.getByRole('button', { name: `${name}: write now` }).click(STEP);
  const dialog = page.getByRole('dialog', { name: `Private draft for ${name}` });
  const boxes = dialog.getByRole('textbox');
  for (const [i, text] of texts.entries()) await boxes.nth(i).fill(text, STEP);
  await dialog.getByRole('button', { name: 'Done' }).click(STEP);
  await page.getByText(`Thanks, ${name}: your draft is in.`).waitFor(STEP);
}

/**
 * The agreed messages, box by box: what is in a box from last quarter is replaced, and a
 * box left over is emptied, so exactly `messages` are saved.
 */
export async function agreeMessages(page: Page, messages: readonly string[]): Promise<void> {
  const form = page.getByRole('form', { name: 'Agree the messages' });
  const boxes = form.getByRole('textbox', { name: /^Agreed message \d/ });
  const count = await boxes.count();
  for (let i = 0; i < count; i++) await boxes.nth(i).fill(messages[i] ?? '', STEP);
  await form.getByRole('button', { name: 'Save the agreed messages' }).click(STEP);
}

/** Opens a new support matrix with the departments the form suggests. */
export async function openSupportMatrix(page: Page): Promise<string[]> {
  await page.getByRole('button', { name: 'New support matrix' }).click(STEP);
  const form = page.getByRole('dialog', { name: 'New support matrix' });
  const listed = await form
    .getByRole('textbox', { name: /^Department \d/ })
    .evaluateAll((inputs) => inputs.map((i) => (i as unknown as { value: string }).value));
  await form.getByRole('button', { name: 'Start the support matrix' }).click(STEP);
  return listed;
}

/** One person rates the support their department gets from the others (1–5), in private. */
export async function rateSupportAs(
  page: Page,
  name: string,
  ratings: Readonly<Record<string, number>>,
): Promise<void> {
  await page.getByRole('button', { name: `${name}: rate now` }).click(STEP);
  const dialog = page.getByRole('dialog', { name: `Private ratings for ${name}` });
  for (const [giver, score] of Object.entries(ratings)) {
    await dialog
      .getByRole('group', { name: `Support from ${giver}` })
      .getByRole('button')
      .nth(score - 1)
      .click(STEP);
  }
  await dialog.getByRole('button', { name: 'Submit my ratings' }).click(STEP);
  await page.getByText(`Thanks, ${name}: your ratings are in.`).waitFor(STEP);
}

/** The facilitator's reveal, once `done` (e.g. "7 of 7 have answered.") is on the screen. */
export async function reveal(page: Page, done: string): Promise<void> {
  await page.getByText(done, { exact: false }).waitFor(STEP);
  await page.getByRole('button', { name: 'Reveal results' }).click(STEP);
}

/** Leaves a check's or checkpoint's screen for the list of rounds. */
export async function backToRounds(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Back to the rounds' }).click(STEP);
  await page.getByRole('navigation', { name: 'Rounds' }).waitFor(STEP);
}

/** Grades last quarter on the Setup tab's panel, one grade per carried commitment, in order. */
export async function gradeLastQuarter(page: Page, quarter: string, titles: string[], grades: string[]) {
  const panel = page.getByRole('region', { name: `Grading last quarter (${quarter})` });
  await panel.waitFor(STEP);
  for (const [i, title] of titles.entries()) {
    await panel.getByRole('combobox', { name: `Grade for ${title}` }).selectOption(grades[i]!, STEP);
  }
  return panel;
}

export { nextQuarter } from './seriesDriver';
