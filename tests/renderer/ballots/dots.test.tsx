import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeItems, makeRound, renderBallot, submitButton, submitByKeyboard, tabTo } from './ballotFixtures';

const items = makeItems(['Hiring', 'Pricing', 'Europe']);
const round = makeRound('dots', items, { dots: 5 });
const row = (title: string) => screen.getByRole('group', { name: new RegExp(`^${title}: `) });
const filledDots = (title: string) => row(title).querySelectorAll('.ballot-dot-filled').length;
const remaining = () => screen.getByRole('status').textContent;

describe('dots ballot', () => {
  it('places every dot with + / − on focused rows, by keyboard alone', async () => {
    const { user, onSubmit } = renderBallot(round, items);
    expect(remaining()).toBe('5 dots left to place, of 5');
    await tabTo(user, row('Europe'));
    await user.keyboard('++++-');
    expect(filledDots('Europe')).toBe(3);
    expect(row('Europe').getAttribute('aria-label')).toBe('Europe: 3 dots');
    expect(remaining()).toBe('2 dots left to place, of 5');
    await tabTo(user, row('Hiring'));
    await user.keyboard('+==+'); // "=" is + without Shift; the third and fourth find no dot left
    expect(filledDots('Hiring')).toBe(2);
    expect(remaining()).toBe('All 5 dots placed');
    await submitByKeyboard(user);
    expect(onSubmit).toHaveBeenCalledExactlyOnceWith({
      kind: 'dots',
      allocation: [
        { itemId: 'p1', amount: 2 },
        { itemId: 'p2', amount: 0 },
        { itemId: 'p3', amount: 3 },
      ],
    });
  });

  it('refuses to submit until every dot is placed, saying how many are left', async () => {
    const { user, onSubmit } = renderBallot(round, items);
    await user.click(screen.getByRole('button', { name: 'Give a dot to Pricing' }));
    await user.click(screen.getByRole('button', { name: 'Give a dot to Pricing' }));
    expect(submitButton().textContent).toContain('3 dots left to give: spend exactly 5.');
    await user.click(submitButton());
    expect(onSubmit).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Take a dot from Pricing' }));
    expect(filledDots('Pricing')).toBe(1);
    expect(screen.getByRole('button', { name: 'Take a dot from Hiring' }).getAttribute('aria-disabled')).toBe(
      'true',
    );
  });

  it('shows an earlier ballot prefilled', async () => {
    const { user, onSubmit } = renderBallot(round, items, {
      kind: 'dots',
      allocation: [{ itemId: 'p2', amount: 5 }],
    });
    expect(filledDots('Pricing')).toBe(5);
    expect(filledDots('Hiring')).toBe(0);
    expect(remaining()).toBe('All 5 dots placed');
    await user.click(submitButton());
    expect(onSubmit).toHaveBeenCalledWith({
      kind: 'dots',
      allocation: [
        { itemId: 'p1', amount: 0 },
        { itemId: 'p2', amount: 5 },
        { itemId: 'p3', amount: 0 },
      ],
    });
  });
});
