import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { BallotDraft } from '../../../src/renderer/src/features/ranking/ballots';
import { makeItems, makeRound, renderBallot, tabTo } from './ballotFixtures';
import { shownPair } from './pairwiseDriver';

const items = makeItems(['Hiring', 'Pricing', 'Europe', 'Churn']);

/** Opens the ballot, lets `work` change it, then opens it again from the draft it reported. */
async function reopenAfter(
  method: 'pairwise' | 'points' | 'dots',
  work: (user: ReturnType<typeof renderBallot>['user']) => Promise<void>,
) {
  const round = makeRound(method, items, { dots: 5 });
  const onDraft = vi.fn<(draft: BallotDraft) => void>();
  const first = renderBallot(round, items, null, { onDraft });
  await work(first.user);
  first.unmount();
  const draft = onDraft.mock.lastCall?.[0];
  expect(draft?.kind).toBe(method);
  return renderBallot(round, items, null, { draft });
}

describe('every kind of ballot picks up where the voter left it', () => {
  it('pairwise: the answers given so far', async () => {
    let firstPair: [string, string] = ['', ''];
    await reopenAfter('pairwise', async (user) => {
      firstPair = shownPair();
      await user.keyboard('{ArrowLeft}');
    });
    expect(screen.getByText(/^Question 2 of about/)).toBeTruthy();
    expect(shownPair()).not.toEqual(firstPair);
  });

  it('points: what was typed, half-done included', async () => {
    await reopenAfter('points', async (user) => {
      const hiring = screen.getByRole('spinbutton', { name: /^Hiring/ });
      await tabTo(user, hiring);
      await user.keyboard('{Backspace}35');
    });
    expect(screen.getByRole('spinbutton', { name: /^Hiring/ })).toHaveProperty('value', '35');
    expect(screen.getByRole('status').textContent).toBe('Remaining: 65 points of 100');
  });

  it('dots: the dots placed', async () => {
    await reopenAfter('dots', async (user) => {
      await tabTo(user, screen.getByRole('group', { name: /^Europe: / }));
      await user.keyboard('++');
    });
    expect(screen.getByRole('group', { name: /^Europe: / }).getAttribute('aria-label')).toBe(
      'Europe: 2 dots',
    );
    expect(screen.getByRole('status').textContent).toBe('3 dots left to place, of 5');
  });

  it('order: the list as it was left, and whether anything was moved', async () => {
    const round = makeRound('order', items);
    const onDraft = vi.fn<(draft: BallotDraft) => void>();
    const first = renderBallot(round, items, null, { onDraft, shuffleSeed: 'r1/dana' });
    await first.user.click(screen.getByRole('button', { name: 'Move Europe down' }));
    const left = [...document.querySelectorAll('.ballot-item-title')].map((el) => el.textContent);
    first.unmount();
    const again = renderBallot(round, items, null, {
      draft: onDraft.mock.lastCall![0],
      shuffleSeed: 'r1/dana',
    });
    expect([...document.querySelectorAll('.ballot-item-title')].map((el) => el.textContent)).toEqual(left);
    await again.user.click(screen.getByRole('button', { name: /^Submit my ranking/ }));
    expect(again.onSubmit).toHaveBeenCalledOnce(); // it was moved: no "as it is?" question
  });
});
