import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeItems, makeRound, renderBallot, submitButton, submitByKeyboard, tabTo } from './ballotFixtures';

const items = makeItems(['Hiring', 'Pricing', 'Europe']);
const round = makeRound('points', items);
const field = (title: string) => screen.getByRole('spinbutton', { name: new RegExp(`^${title}`) });
const remaining = () => screen.getByRole('status').textContent;

describe('100-points ballot', () => {
  it('is filled in and submitted with the keyboard alone', async () => {
    const { user, onSubmit } = renderBallot(round, items);
    expect(remaining()).toBe('Remaining: 100 points of 100');
    await tabTo(user, field('Hiring'));
    await user.keyboard('{Backspace}55');
    expect(remaining()).toBe('Remaining: 45 points of 100');
    await tabTo(user, field('Pricing'));
    await user.keyboard('{PageUp}{PageUp}{PageUp}{ArrowUp}{ArrowUp}{ArrowDown}'); // 15 + 1
    await tabTo(user, screen.getByRole('button', { name: 'Give 5 points to Europe' }));
    await user.keyboard('{Enter}{Enter}{Enter}{Enter}{Enter}{Enter}'); // +5 ×5, then only the 4 left
    expect(remaining()).toBe('Remaining: 0 points of 100');
    await submitByKeyboard(user);
    expect(onSubmit).toHaveBeenCalledExactlyOnceWith({
      kind: 'points',
      allocation: [
        { itemId: 'p1', amount: 55 },
        { itemId: 'p2', amount: 16 },
        { itemId: 'p3', amount: 29 },
      ],
    });
  });

  it('refuses to submit under or over budget and says why on the button', async () => {
    const { user, onSubmit } = renderBallot(round, items);
    await user.clear(field('Hiring'));
    await user.type(field('Hiring'), '60');
    expect(submitButton().textContent).toContain('40 points left to give: spend exactly 100.');
    await user.click(submitButton());
    expect(onSubmit).not.toHaveBeenCalled();

    await user.clear(field('Pricing'));
    await user.type(field('Pricing'), '55');
    expect(remaining()).toBe('15 points too many: take some back to reach 100');
    expect(submitButton().textContent).toContain('15 points too many: spend exactly 100.');
    expect(field('Pricing').getAttribute('aria-invalid')).toBe('false');
    await user.click(submitButton());
    expect(onSubmit).not.toHaveBeenCalled();
    // + gives nothing more once the budget is spent; Shift+click on − takes a single point.
    expect(
      screen.getByRole('button', { name: 'Give 5 points to Europe' }).getAttribute('aria-disabled'),
    ).toBe('true');
    const takeFromPricing = screen.getByRole('button', { name: 'Take 5 points from Pricing' });
    await user.click(takeFromPricing);
    await user.click(takeFromPricing);
    await user.click(takeFromPricing);
    await user.keyboard('{Shift>}');
    await user.click(takeFromPricing);
    await user.keyboard('{/Shift}');
    expect(field('Pricing')).toHaveProperty('value', '39');
    await user.click(screen.getByRole('button', { name: 'Give 5 points to Europe' }));
    expect(remaining()).toBe('Remaining: 0 points of 100');
    await user.click(submitButton());
    expect(onSubmit).toHaveBeenCalledOnce();
  });

  it('refuses fractions of a point', async () => {
    const { user } = renderBallot(round, items);
    await user.clear(field('Hiring'));
    await user.type(field('Hiring'), '99.5');
    await user.clear(field('Pricing'));
    await user.type(field('Pricing'), '0.5');
    expect(submitButton().textContent).toContain('Use whole, positive numbers of points.');
    expect(field('Hiring').getAttribute('aria-invalid')).toBe('true');
  });

  it('shows an earlier ballot prefilled, zeros included', async () => {
    const { user, onSubmit } = renderBallot(round, items, {
      kind: 'points',
      allocation: [
        { itemId: 'p3', amount: 70 },
        { itemId: 'p1', amount: 30 },
      ],
    });
    expect(field('Hiring')).toHaveProperty('value', '30');
    expect(field('Pricing')).toHaveProperty('value', '0');
    expect(field('Europe')).toHaveProperty('value', '70');
    await user.click(submitButton());
    expect(onSubmit).toHaveBeenCalledWith({
      kind: 'points',
      allocation: [
        { itemId: 'p1', amount: 30 },
        { itemId: 'p2', amount: 0 },
        { itemId: 'p3', amount: 70 },
      ],
    });
  });
});
