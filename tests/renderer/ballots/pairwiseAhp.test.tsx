import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ahp, judgementsToMatrix } from '../../../src/shared/domain/ranking';
import type { Judgement } from '../../../src/shared/domain/rounds';
import { makeItems, makeRound, renderBallot, submitButton, submitByKeyboard, tabTo } from './ballotFixtures';
import { answerByHiddenOrder, shownPair } from './pairwiseDriver';

const items = makeItems(['Hiring', 'Pricing', 'Europe', 'Churn']);
const round = makeRound('pairwise', items, { ahpStrength: true });
const hidden = ['Hiring', 'Pricing', 'Europe', 'Churn'];
/** Perfectly consistent strengths: twice as important per place apart. */
const consistent = (winner: string, loser: string) => 2 ** (hidden.indexOf(loser) - hidden.indexOf(winner));
const crOf = (judgements: Judgement[]) =>
  ahp(judgementsToMatrix(round.itemIds, { voterId: 'dana', judgements })).cr;
const counter = () => document.querySelector('.ballot-counter')?.textContent;
const consistencyText = () => document.querySelector('.ballot-consistency')?.textContent ?? '';
const crShown = () => Number(/consistency ratio (\d+\.\d+)/.exec(consistencyText())?.[1]);

describe('pairwise ballot with AHP strengths', () => {
  it('asks every pair with a 1–9 strength, by keyboard, and shows a consistent voter their ratio', async () => {
    const { user, onSubmit } = renderBallot(round, items);
    expect(counter()).toBe('Question 1 of 6');
    await user.keyboard('{ArrowLeft}');
    expect(screen.getByRole('group', { name: /How much more does/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: '5: Strongly more' })).toBeTruthy();
    await user.keyboard('{Escape}'); // changed my mind about the side
    expect(screen.queryByRole('group', { name: /How much more does/ })).toBeNull();
    expect(counter()).toBe('Question 1 of 6');

    const asked = await answerByHiddenOrder(user, hidden, consistent);
    expect(asked).toBe(6);
    expect(consistencyText()).toContain('hang together well');
    expect(crShown()).toBeLessThanOrEqual(0.1);
    await submitByKeyboard(user);
    const { judgements } = onSubmit.mock.calls[0]![0] as { judgements: Judgement[] };
    expect(judgements).toHaveLength(6);
    expect(new Set(judgements.map((j) => j.strength))).toEqual(new Set([2, 4, 8]));
    expect(crOf(judgements)).toBeLessThan(1e-9);
  });

  it('flags contradictory answers (CR > 0.1), offers the worst three again, and fixing them brings CR ≤ 0.1', async () => {
    const { user, onSubmit } = renderBallot(round, items);
    // Consistent, except Europe is said to matter extremely more than Hiring.
    const flipped = (winner: string, loser: string) => {
      if (winner === 'Hiring' && loser === 'Europe') return { winner: 'Europe', strength: 9 };
      return { winner, strength: consistent(winner, loser) };
    };
    while (document.querySelector('.ballot-card')) {
      const [left, right] = shownPair();
      const truth = hidden.indexOf(left) < hidden.indexOf(right) ? [left, right] : [right, left];
      const answer = flipped(truth[0]!, truth[1]!);
      await user.keyboard(`${answer.winner === left ? '{ArrowLeft}' : '{ArrowRight}'}${answer.strength}`);
    }
    expect(consistencyText()).toContain('contradict each other');
    expect(crShown()).toBeGreaterThan(0.1);
    const worst = [...document.querySelectorAll('.ballot-consistency li')].map((li) => li.textContent);
    expect(worst).toHaveLength(3);
    expect(worst).toContain('Europe over Hiring: extremely more (9 of 9).');

    // Submitting as they are stays possible.
    expect(submitButton().getAttribute('aria-disabled')).toBe('false');
    await tabTo(user, screen.getByRole('button', { name: 'Answer these 3 again' }));
    await user.keyboard('{Enter}');
    expect(screen.getByText('Answering 3 questions again.')).toBeTruthy();
    expect(await answerByHiddenOrder(user, hidden, consistent)).toBe(3);
    expect(consistencyText()).toContain('hang together well');
    expect(crShown()).toBeLessThanOrEqual(0.1);

    await user.click(submitButton());
    const { judgements } = onSubmit.mock.calls[0]![0] as { judgements: Judgement[] };
    expect(judgements).toHaveLength(6);
    expect(crOf(judgements)).toBeLessThanOrEqual(0.1);
    const hiringEurope = judgements.find((j) => [j.a, j.b].sort().join() === 'p1,p3')!;
    expect(hiringEurope.prefer === 'a' ? hiringEurope.a : hiringEurope.b).toBe('p1');
  });

  it('Undo in the strength step goes back to choosing the side, then to the previous answer', async () => {
    const { user } = renderBallot(round, items);
    await user.keyboard('{ArrowLeft}3{ArrowRight}');
    expect(counter()).toBe('Question 2 of 6');
    await user.keyboard('{Backspace}');
    expect(screen.queryByRole('group', { name: /How much more does/ })).toBeNull();
    expect(counter()).toBe('Question 2 of 6');
    await user.keyboard('{Backspace}');
    expect(counter()).toBe('Question 1 of 6');
  });
});
