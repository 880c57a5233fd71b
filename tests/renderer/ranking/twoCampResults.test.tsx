import { act, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { TWO_CAMP_LETTERS, twoCampWorkspace } from '../../support/twoCampWorkspace';
import { installFakeApi, type FakeMain } from '../fakeApi';
import { openWorkspaceOn } from './openWorkspace';
import { useDocument, documentActions } from '../../../src/renderer/src/document';

let main: FakeMain;
beforeEach(() => {
  main = installFakeApi();
});

/** Items titled by their letter, so the sentences read "All 6 put “A” above “H”…". */
const LETTERS = Object.fromEntries(TWO_CAMP_LETTERS.map((l) => [l, l]));
const current = () => useDocument.getState().current!.workspace;
const open = () => openWorkspaceOn(main, twoCampWorkspace({ titles: LETTERS }), 'Ranking');

describe('the results of a room split in two camps', () => {
  it('shows one order with ranges, what everyone agrees on and the camps — never a wall of ties', async () => {
    await open();
    const rows = screen.getAllByTestId('consensus-row');
    expect(rows).toHaveLength(12);
    // One item per row, A first (everyone puts it above H and all that follows).
    expect(rows.map((r) => r.querySelector('.place-main')!.firstChild!.textContent)).toEqual(
      expect.arrayContaining(TWO_CAMP_LETTERS),
    );
    expect(rows[0]!.querySelector('.place-main')!.firstChild!.textContent).toBe('A');
    expect(screen.getAllByTestId('place-range').map((r) => r.textContent)[0]).toBe('1–5');
    expect(screen.queryByText(/methods disagree/)).toBeNull();
    expect(screen.getByTestId('representative-note').textContent).toMatch(/^Exact\./);
    expect(screen.getByTestId('certainty-lines').textContent).toContain('All 6 put “A” above “H”');

    expect(screen.getByTestId('alignment-label').textContent).toBe('two camps');
    const camps = within(screen.getByTestId('camp-lines')).getAllByRole('listitem');
    expect(camps.map((c) => c.textContent)).toEqual([
      'Camp 1 (Dana Whitfield, Ravi Menon and Lena Ortiz) puts “A”, “B” and “C” first.',
      'Camp 2 (Tom Becker, Aiko Tanaka and Marcus Hale) puts “L”, “K” and “J” first.',
    ]);
    expect(screen.getByTestId('alignment-facts').textContent).toContain('6 voters · 12 items');
  });

  it('names camps by head count only when names are hidden', async () => {
    const { user } = await open();
    await user.click(screen.getByRole('button', { name: 'Hide names' }));
    expect(screen.getByTestId('camp-lines').textContent).toBe(
      'Camp 1 (3 people) puts “A”, “B” and “C” first.Camp 2 (3 people) puts “L”, “K” and “J” first.',
    );
  });

  it('asks the room to choose when the cut falls inside a range, then logs the commit with why and dissent', async () => {
    const { user } = await open();
    await user.click(screen.getByRole('button', { name: 'Commit top 3…' }));
    const form = screen.getByRole('form', { name: 'Commit top 3' });
    const choices = within(form).getAllByRole('checkbox');
    // A (1–5) and everything that could be 1st–12th straddle the cut after 3: nothing is silently in.
    expect(choices.length).toBeGreaterThan(1);
    const commit = within(form).getByRole('button', { name: /^Commit \d+ items?$/ });
    expect((commit as HTMLButtonElement).disabled).toBe(true);
    expect(within(form).getByRole<HTMLInputElement>('textbox', { name: /Why/ }).value).toBe(
      'Top 3 of “What matters most next quarter?” (round 2, Kemeny)',
    );

    await user.click(within(form).getByRole('checkbox', { name: /^A / }));
    await user.click(within(form).getByRole('checkbox', { name: /^L / }));
    await user.click(within(form).getByRole('checkbox', { name: /^K / }));
    expect(within(form).getByTestId('commit-items').textContent).toBe('Committing A, L, K.');
    const dissent = within(form).getByRole<HTMLInputElement>('textbox', { name: 'Who disagreed' });
    // Camp one ranks L and K last; camp two ranks A 5th: everyone has a committed item outside their own top 3.
    expect(dissent.value).toBe(
      'Dana Whitfield, Ravi Menon, Lena Ortiz, Tom Becker, Aiko Tanaka, Marcus Hale',
    );
    await user.clear(dissent);
    await user.type(dissent, 'Dana and Ravi want B in');
    await user.click(within(form).getByRole('button', { name: 'Commit 3 items' }));

    const w = current();
    expect(w.priorities.filter((p) => p.status === 'committed').map((p) => p.title)).toEqual(['A', 'K', 'L']);
    expect(w.decisions).toHaveLength(1);
    expect(w.decisions[0]).toMatchObject({
      kind: 'commit',
      what: 'Commit “A”, “L” and “K”',
      why: 'Top 3 of “What matters most next quarter?” (round 2, Kemeny)',
      dissent: 'Dana and Ravi want B in',
      priorityIds: ['item-A', 'item-L', 'item-K'],
    });
    expect(w.decisions[0]!.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    // One undo takes back the statuses and the log entry together.
    act(() => documentActions.undo());
    expect(current().decisions).toHaveLength(0);
    expect(current().priorities.some((p) => p.status === 'committed')).toBe(false);
  });

  it('logs the single focus as a decision', async () => {
    const { user } = await open();
    await user.selectOptions(screen.getByRole('combobox', { name: /Single focus/ }), 'A');
    expect(screen.getByTestId('focus-statement').textContent).toBe('Our single focus: A');
    expect(current().decisions).toMatchObject([
      { kind: 'decision', what: 'Single focus: A', priorityIds: ['item-A'] },
    ]);
  });
});
