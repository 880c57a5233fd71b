import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeItems, makeRound, renderBallot, submitButton, submitByKeyboard, tabTo } from './ballotFixtures';

const items = makeItems(['Hiring', 'Pricing', 'Europe launch', 'Churn']);
const round = makeRound('order', items);
const handle = (title: string) => screen.getByRole('button', { name: new RegExp(`^${title}, place`) });
const shownOrder = () =>
  within(screen.getByRole('list', { name: /Your order/ }))
    .getAllByRole('listitem')
    .map((li) => li.querySelector('.ballot-item-title')?.textContent);

describe('order ballot', () => {
  it('shows who votes on what, privately, with titles and descriptions as text', () => {
    const hostile = makeItems(['<img src=x onerror="window.__pwned=1">', 'Pricing']);
    renderBallot(makeRound('order', hostile), hostile);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(
      'Dana — What matters most next quarter?',
    );
    expect(screen.getByText(/private: no one sees it until the facilitator reveals/)).toBeTruthy();
    expect(shownOrder()).toEqual(['<img src=x onerror="window.__pwned=1">', 'Pricing']);
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByText('Why Pricing matters')).toBeTruthy();
  });

  it('reorders with Alt+arrows on a focused row, keeps the focus on it, and submits by keyboard', async () => {
    const { user, onSubmit } = renderBallot(round, items);
    expect(shownOrder()).toEqual(['Hiring', 'Pricing', 'Europe launch', 'Churn']);
    await tabTo(user, handle('Churn'));
    await user.keyboard('{Alt>}{ArrowUp}{ArrowUp}{/Alt}');
    expect(shownOrder()).toEqual(['Hiring', 'Churn', 'Pricing', 'Europe launch']);
    expect(document.activeElement).toBe(handle('Churn'));
    await user.keyboard('{Alt>}{ArrowUp}{ArrowUp}{/Alt}'); // the second one is a no-op at the top
    await tabTo(user, handle('Pricing'));
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    // Plain arrows do not move a row that has not been picked up.
    await user.keyboard('{ArrowUp}');
    expect(shownOrder()).toEqual(['Churn', 'Hiring', 'Europe launch', 'Pricing']);
    await submitByKeyboard(user);
    expect(onSubmit).toHaveBeenCalledExactlyOnceWith({
      kind: 'order',
      tiers: [['p4'], ['p1'], ['p3'], ['p2']],
    });
  });

  it('the ↑ / ↓ buttons move a row and say so to screen readers', async () => {
    const { user } = renderBallot(round, items);
    const up = screen.getByRole('button', { name: 'Move Europe launch up' });
    await tabTo(user, up);
    await user.keyboard('{Enter}');
    expect(shownOrder()).toEqual(['Hiring', 'Europe launch', 'Pricing', 'Churn']);
    expect(document.activeElement).toBe(up);
    expect(screen.getByText('Europe launch: place 2 of 4.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Move Hiring down' }));
    expect(shownOrder()).toEqual(['Europe launch', 'Hiring', 'Pricing', 'Churn']);
    // At the edges the buttons refuse without losing the focus.
    const top = screen.getByRole('button', { name: 'Move Europe launch up' });
    expect(top.getAttribute('aria-disabled')).toBe('true');
    await user.click(top);
    expect(shownOrder()).toEqual(['Europe launch', 'Hiring', 'Pricing', 'Churn']);
  });

  it('ties with the one above, by keyboard, give tiers; moving a tied row takes it out of the tie', async () => {
    const { user, onSubmit } = renderBallot(round, items);
    const tie = (title: string) =>
      screen.getByRole('checkbox', { name: `Tied with the one above: ${title}` });
    expect(screen.queryByRole('checkbox', { name: /: Hiring$/ })).toBeNull(); // the first row has nothing above
    await tabTo(user, tie('Pricing'));
    await user.keyboard(' ');
    await tabTo(user, tie('Churn'));
    await user.keyboard(' ');
    expect(handle('Pricing').getAttribute('aria-label')).toBe('Pricing, place 1 (tied)');
    expect(handle('Churn').getAttribute('aria-label')).toBe('Churn, place 3 (tied)');
    await submitByKeyboard(user);
    expect(onSubmit).toHaveBeenLastCalledWith({
      kind: 'order',
      tiers: [
        ['p1', 'p2'],
        ['p3', 'p4'],
      ],
    });

    // Europe launch, alone, jumps over the whole tie above it in one step.
    await tabTo(user, handle('Europe launch'));
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
    expect(shownOrder()).toEqual(['Europe launch', 'Hiring', 'Pricing', 'Churn']);
    // Pricing leaves its tie with Hiring and goes just above it.
    await tabTo(user, handle('Pricing'));
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
    await submitByKeyboard(user);
    expect(onSubmit).toHaveBeenLastCalledWith({
      kind: 'order',
      tiers: [['p3'], ['p2'], ['p1'], ['p4']],
    });
  });

  it('starts from the earlier ballot, dropping items no longer in the round and adding new ones', async () => {
    const { user, onSubmit } = renderBallot(round, items, {
      kind: 'order',
      tiers: [
        ['p3', 'gone'],
        ['p1', 'p2'],
      ],
    });
    expect(shownOrder()).toEqual(['Europe launch', 'Hiring', 'Pricing', 'Churn']);
    expect(screen.getByRole('checkbox', { name: /: Pricing$/ })).toHaveProperty('checked', true);
    await user.click(submitButton());
    expect(onSubmit).toHaveBeenCalledWith({ kind: 'order', tiers: [['p3'], ['p1', 'p2'], ['p4']] });
  });

  it('Cancel leaves without submitting', async () => {
    const { user, onSubmit, onCancel } = renderBallot(round, items);
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalledOnce();
    expect(onSubmit).not.toHaveBeenCalled();
  });
});
