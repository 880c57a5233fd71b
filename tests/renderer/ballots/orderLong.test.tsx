import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { startSeed } from '../../../src/shared/domain/rounds';
import { makeItems, makeRound, renderBallot, submitButton, tabTo } from './ballotFixtures';

const TITLES = Array.from({ length: 20 }, (_, i) => `Priority ${String(i + 1).padStart(2, '0')}`);
const items = makeItems(TITLES);
const round = makeRound('order', items);
const shownOrder = () =>
  within(screen.getByRole('list', { name: /Your order/ }))
    .getAllByRole('listitem')
    .map((li) => li.querySelector('.ballot-item-title')?.textContent);
const handle = (title: string) => screen.getByRole('button', { name: new RegExp(`^${title}, place`) });

describe('order ballot: a fair start', () => {
  it('starts each voter from their own shuffle, says so, and the same voter sees the same start again', () => {
    const dana = renderBallot(round, items, null, { shuffleSeed: startSeed('r1', 'dana') });
    const danaStart = shownOrder();
    expect(screen.getByText('Shown in a random order so no item gets a head start.')).toBeTruthy();
    dana.unmount();

    const ravi = renderBallot(round, items, null, { shuffleSeed: startSeed('r1', 'ravi') });
    const raviStart = shownOrder();
    ravi.unmount();

    renderBallot(round, items, null, { shuffleSeed: startSeed('r1', 'dana') });
    expect(shownOrder()).toEqual(danaStart);
    expect([...danaStart].sort()).toEqual(TITLES);
    expect(danaStart).not.toEqual(TITLES);
    expect(raviStart).not.toEqual(TITLES);
    expect(raviStart).not.toEqual(danaStart);
  }, 20_000);

  it('asks “Submit the list as it is?” when nothing was moved, and submits only once confirmed', async () => {
    const { user, onSubmit, unmount } = renderBallot(round, items, null, {
      shuffleSeed: startSeed('r1', 'dana'),
    });
    const start = shownOrder();
    await user.click(submitButton());
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toBe(
      'You have not moved anything. Submit the list as it is?',
    );
    // The safe answer has the focus; going back returns it to Submit.
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Keep ordering' }));
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(document.activeElement).toBe(submitButton());

    await user.keyboard('{Enter}');
    await user.click(screen.getByRole('button', { name: 'Submit as it is' }));
    expect(onSubmit).toHaveBeenCalledExactlyOnceWith({
      kind: 'order',
      tiers: start.map((title) => [items.find((i) => i.title === title)!.id]),
    });
    unmount();

    // Once anything was moved, it goes in without the question.
    const moved = renderBallot(round, items, null, { shuffleSeed: startSeed('r1', 'dana') });
    await moved.user.click(screen.getByRole('button', { name: `Move ${shownOrder()[3]} up` }));
    await moved.user.click(submitButton());
    expect(screen.queryByRole('alert')).toBeNull();
    expect(moved.onSubmit).toHaveBeenCalledOnce();
  }, 20_000);
});

describe('order ballot: long lists', () => {
  it('moves a row straight to the top or the bottom, with buttons or Alt+Home / Alt+End', async () => {
    const { user, unmount } = renderBallot(round, items);
    const toTop = screen.getByRole('button', { name: 'Move Priority 15 to the top' });
    await tabTo(user, toTop);
    await user.keyboard('{Enter}');
    expect(shownOrder()[0]).toBe('Priority 15');
    expect(document.activeElement).toBe(toTop);
    expect(screen.getByText('Priority 15: place 1 of 20.')).toBeTruthy();
    expect(toTop.getAttribute('aria-disabled')).toBe('true');

    await user.click(screen.getByRole('button', { name: 'Move Priority 02 to the bottom' }));
    expect(shownOrder().at(-1)).toBe('Priority 02');

    await tabTo(user, handle('Priority 07'));
    await user.keyboard('{Alt>}{End}{/Alt}');
    expect(shownOrder().at(-1)).toBe('Priority 07');
    await user.keyboard('{Alt>}{Home}{/Alt}');
    expect(shownOrder().slice(0, 2)).toEqual(['Priority 07', 'Priority 15']);
    expect(shownOrder()).toHaveLength(20);
    unmount();

    // A short list keeps to ↑ and ↓.
    const few = makeItems(['Hiring', 'Pricing', 'Europe launch']);
    renderBallot(makeRound('order', few), few);
    expect(screen.queryByRole('button', { name: /to the top$/ })).toBeNull();
    expect(screen.getByRole('button', { name: 'Move Pricing up' })).toBeTruthy();
  }, 20_000);
});
