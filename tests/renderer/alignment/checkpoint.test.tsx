import { act, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { documentActions, useDocument } from '../../../src/renderer/src/document';
import { checkpointView } from '../../../src/renderer/src/features/alignment';
import { workspaceActions } from '../../../src/renderer/src/features/workspaces';
import { checkpointResultsOf } from '../../../src/shared/domain/alignment';
import { installFakeApi, type FakeMain } from '../fakeApi';
import { renderApp } from '../renderApp';

let main: FakeMain;
beforeEach(() => {
  main = installFakeApi();
});
afterEach(() => checkpointView.close());

const PEOPLE = ['Dana', 'Сергей', '李明', 'Aiko'];

async function openRankingTab() {
  const path = main.seed({ name: 'Q1 Offsite', participants: PEOPLE.map((name) => ({ name })) });
  const app = await renderApp();
  await act(() => workspaceActions.openRecent(path));
  await app.user.click(screen.getByRole('tab', { name: 'Ranking' }));
  return { ...app, path };
}

const checkpoint = () => useDocument.getState().current!.workspace.checkpoints[0]!;
const status = () =>
  within(screen.getByRole('region', { name: 'Answering' })).getByRole('status').textContent;
const personButton = (name: string) => screen.getByRole('button', { name: new RegExp(`^${name}: `) });

/** Picks a name, scores every question with `scores` (null skips), writes `comment` on the first. */
async function answer(
  user: Awaited<ReturnType<typeof renderApp>>['user'],
  name: string,
  scores: Array<number | null>,
  comment = '',
) {
  await user.click(personButton(name));
  const screenOf = screen.getByRole('dialog', { name: `Private answers for ${name}` });
  const groups = within(screenOf).getAllByRole('group', { name: /^Score for: / });
  // Never prefilled: whoever had the laptop before left nothing chosen.
  expect(within(screenOf).queryAllByRole('button', { pressed: true })).toEqual([]);
  for (const [i, score] of scores.entries()) {
    if (score !== null) await user.click(within(groups[i]!).getAllByRole('button')[score - 1]!);
  }
  if (comment) await user.type(within(screenOf).getAllByLabelText('Comment (optional)')[0]!, comment);
  await user.click(within(screenOf).getByRole('button', { name: 'Submit my answers' }));
}

describe('the alignment checkpoint on the Ranking tab', () => {
  it('opens with the built-in and own questions, takes private answers and shows who answered, never what', async () => {
    const { user } = await openRankingTab();
    await user.click(screen.getByRole('button', { name: 'New checkpoint' }));
    await user.type(screen.getByLabelText('Your own question 1 (optional)'), 'Is the EU launch staffed?');
    await user.click(screen.getByRole('button', { name: 'Open the checkpoint' }));
    expect(checkpoint().questions.map((q) => q.wording)).toEqual([
      'Are we telling our teams the same thing?',
      'Do our departments help each other, or pull apart?',
      'Do we mean the same outcome when we say “success”?',
      'Is the EU launch staffed?',
    ]);
    expect(status()).toBe(
      '0 of 4 have answered. Answers stay hidden until the reveal, and are never linked to a name.',
    );

    await user.click(personButton('Dana'));
    const scale = screen.getByRole('group', { name: 'Score for: Are we telling our teams the same thing?' });
    expect(
      within(scale)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['1Not at all', '2A little', '3Partly', '4Mostly', '5Completely']);
    await user.click(screen.getByRole('button', { name: 'Cancel' }));

    await answer(user, 'Dana', [4, 2, null, 5], 'Sales tells another story');
    expect(status()).toMatch(/^Thanks, Dana: your answers are in\. 1 of 4 have answered/);
    expect(personButton('Dana').getAttribute('aria-label')).toBe('Dana: has answered');
    expect(personButton('Dana')).toHaveProperty('disabled', true);
    // The shared screen shows progress only: neither Dana's scores nor her comment.
    expect(document.body.textContent).not.toContain('Sales tells another story');
    expect(screen.queryByRole('region', { name: 'Results' })).toBeNull();
  });

  it('refuses an empty answer in words, on the private screen', async () => {
    const { user } = await openRankingTab();
    await user.click(screen.getByRole('button', { name: 'New checkpoint' }));
    await user.click(screen.getByRole('button', { name: 'Open the checkpoint' }));
    await user.click(personButton('Aiko'));
    await user.click(screen.getByRole('button', { name: 'Submit my answers' }));
    expect(screen.getByRole('alert').textContent).toBe(
      'Pick a score (or write a comment) for at least one question.',
    );
    expect(checkpoint().answeredBy).toEqual([]);
  });

  it('reveals the distribution per question, most mixed first, with comments and no names, and saves no link', async () => {
    const { user, path } = await openRankingTab();
    await user.click(screen.getByRole('button', { name: 'New checkpoint' }));
    await user.click(screen.getByRole('button', { name: 'Open the checkpoint' }));
    await answer(user, 'Dana', [4, 1, 4], 'We agree on the story');
    await answer(user, 'Сергей', [4, 5, 4]);
    await answer(user, '李明', [5, 1, 3], 'Finance is not in the loop');

    await user.click(screen.getByRole('button', { name: 'Reveal results' }));
    const alerts = screen.getAllByRole('alert').map((a) => a.textContent);
    expect(alerts.join('\n')).toMatch(/1 person has not answered yet \(Aiko\)/);
    await user.click(screen.getByRole('button', { name: 'Reveal now' }));

    const cards = within(screen.getByRole('region', { name: 'Results' })).getAllByRole('listitem', {
      name: /\?$/,
    });
    const expected = checkpointResultsOf(checkpoint());
    expect(cards.map((c) => c.getAttribute('aria-label'))).toEqual(expected.map((r) => r.wording));
    // Departments: 1, 5, 1 — both ends held: split, and first.
    expect(cards[0]!.getAttribute('aria-label')).toBe('Do our departments help each other, or pull apart?');
    expect(within(cards[0]!).getByText('Split')).toBeTruthy();
    const bars = within(cards[0]!).getByRole('list', { name: 'How many answered each score' });
    expect(
      within(bars)
        .getAllByRole('listitem')
        .map((li) => li.getAttribute('aria-label')),
    ).toEqual(['1 Not at all: 2', '2 A little: 0', '3 Partly: 0', '4 Mostly: 0', '5 Completely: 1']);
    const first = cards.find((c) => c.getAttribute('aria-label')!.startsWith('Are we telling'))!;
    expect(within(first).getByRole('list', { name: 'Comments' }).textContent).toBe(
      'Finance is not in the loopWe agree on the story',
    );
    for (const card of cards) for (const name of PEOPLE) expect(card.textContent).not.toContain(name);

    await act(() => documentActions.flush());
    const saved = main.onDisk(path)!.checkpoints[0]!;
    expect(saved.status).toBe('revealed');
    expect(saved.answers.every((a) => a.participantId === undefined)).toBe(true);
    expect(saved.answeredBy).toHaveLength(3);
  });
});
