import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  BUILT_IN_CHECKPOINT_QUESTIONS,
  checkpointResults,
  type CheckpointAnswer,
} from '../../src/shared/domain/alignment';
import { createWorkspace, type Workspace } from '../../src/shared/domain/workspace';
import { openOnTab } from './boardDriver';
import { appPerTest } from './lifecycle';

const apps = appPerTest();
/** Where the screenshots the README shows are written; set SCREENSHOTS=1 to refresh them. */
const SHOTS = process.env['SCREENSHOTS'] ? join('docs', 'screenshots') : null;

/** Eight people, names in five scripts: the names on the buttons, never in the results. */
const PEOPLE = [
  'Dana Whitfield',
  'Сергей Иванов',
  '李明',
  '佐藤 愛子',
  'Ολυμπία Παππά',
  'محمد الحسن',
  'Priya Nair',
  'Tomás Ibáñez',
];

/**
 * What each person answers, question by question (null skips the scale): departments split,
 * the message mostly shared, success read in a few ways. With a comment from three people.
 */
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
  2: 'Finance hears about launches last',
  5: 'We have not agreed what success means',
};

function team(): Workspace {
  const w = createWorkspace(
    { name: 'Checkpoint offsite', kind: 'offsite', period: '2027-Q1', organisation: 'Northwind' },
    'ws-checkpoint',
    new Date('2026-12-01T09:00:00Z'),
  );
  return {
    ...w,
    participants: PEOPLE.map((name, i) => ({
      id: `person-${i + 1}`,
      name,
      role: '',
      department: '',
      colour: '#0072b2',
      isFacilitator: false,
      votes: true,
    })),
  };
}

/** The answers as the domain would take them, to compare the screen with. */
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

async function answerAs(page: Page, person: number): Promise<void> {
  const name = PEOPLE[person]!;
  await page.getByRole('button', { name: `${name}: answer now` }).click();
  const dialog = page.getByRole('dialog', { name: `Private answers for ${name}` });
  for (const [q, score] of SCORES[person]!.entries()) {
    if (score === null) continue;
    const scale = dialog.getByRole('group', {
      name: `Score for: ${BUILT_IN_CHECKPOINT_QUESTIONS[q]!.wording}`,
    });
    await scale
      .getByRole('button')
      .nth(score - 1)
      .click();
  }
  const comment = COMMENTS[person];
  if (comment) await dialog.getByLabel('Comment (optional)').first().fill(comment);
  if (SHOTS && person === 0) {
    await mkdir(SHOTS, { recursive: true });
    await dialog.getByRole('heading', { name: `${name}, answer in private` }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'checkpoint-private-1366x768.png'), animations: 'disabled' });
  }
  await dialog.getByRole('button', { name: 'Submit my answers' }).click();
  await page.getByText(`Thanks, ${name}: your answers are in.`).waitFor();
}

describe('the alignment checkpoint on the laptop', () => {
  it('takes eight private answers, reveals the results the domain computes, and saves no link to a person', async () => {
    const app = await apps.launch({ viewport: { width: 1366, height: 768 } });
    const { page } = app;
    const dir = await openOnTab(app, team(), 'Ranking');
    await page.getByRole('button', { name: 'New checkpoint' }).click();
    await page.getByRole('button', { name: 'Open the checkpoint' }).click();
    for (let person = 0; person < PEOPLE.length; person++) await answerAs(page, person);
    await page.getByText('8 of 8 have answered.', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Reveal results' }).click();

    const results = page.getByRole('region', { name: 'Results' });
    await results.waitFor();
    const expected = checkpointResults(BUILT_IN_CHECKPOINT_QUESTIONS, expectedAnswers());
    const cards = results.locator('.checkpoint-result');
    const wordings: Array<string | null> = [];
    for (let i = 0; i < (await cards.count()); i++)
      wordings.push(await cards.nth(i).getAttribute('aria-label'));
    expect(wordings).toEqual(expected.map((r) => r.wording));
    for (const [i, r] of expected.entries()) {
      const card = cards.nth(i);
      const bars = (
        await card
          .getByRole('list', { name: 'How many answered each score' })
          .locator('.bar-count')
          .allInnerTexts()
      ).map(Number);
      expect(bars).toEqual(r.counts);
      expect(await card.locator('.checkpoint-reading').innerText()).toContain(`${r.n} answers`);
      expect(await card.locator('.checkpoint-reading-line').innerText()).toBe(r.reading);
      const comments = card.getByRole('list', { name: 'Comments' }).locator('li');
      expect(await comments.allInnerTexts()).toEqual(r.comments);
    }
    // The split question (departments) is first; the results name nobody.
    expect(expected[0]!.label).toBe('split');
    const shown = await results.innerText();
    for (const name of PEOPLE) expect(shown).not.toContain(name);

    if (SHOTS) {
      await mkdir(SHOTS, { recursive: true });
      await page.screenshot({ path: join(SHOTS, 'checkpoint-1366x768.png'), animations: 'disabled' });
      await page.setViewportSize({ width: 1920, height: 1080 });
      await page.screenshot({ path: join(SHOTS, 'checkpoint-1920x1080.png'), animations: 'disabled' });
    }

    // The saved file, read from disk once the autosave has written the reveal.
    const saved = async () =>
      JSON.parse(await readFile(join(dir, 'workspace.json'), 'utf8')) as {
        checkpoints?: Array<{
          status: string;
          answeredBy: string[];
          answers: Array<Record<string, unknown>>;
        }>;
      };
    await expect
      .poll(async () => (await saved()).checkpoints?.[0]?.status, { timeout: 10_000 })
      .toBe('revealed');
    const checkpoint = (await saved()).checkpoints![0]!;
    expect(checkpoint.answeredBy).toHaveLength(8);
    expect(checkpoint.answers).toHaveLength(expectedAnswers().length);
    const answersJson = JSON.stringify(checkpoint.answers);
    for (const [i, name] of PEOPLE.entries()) {
      expect(answersJson).not.toContain(`person-${i + 1}`);
      expect(answersJson).not.toContain(name);
    }
    for (const answer of checkpoint.answers)
      expect(Object.keys(answer).sort()).toEqual(['comment', 'questionId', 'score']);
  });
});
