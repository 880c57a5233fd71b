import { act, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { rankingView } from '../../../src/renderer/src/features/ranking';
import { workspaceActions } from '../../../src/renderer/src/features/workspaces';
import { UNDO_TOAST_MS } from '../../../src/renderer/src/ui/UndoToast';
import { addPriorities } from '../../../src/shared/domain/priorities';
import { createRound } from '../../../src/shared/domain/rounds';
import { installFakeApi, type FakeMain } from '../fakeApi';
import { advance, renderApp } from '../renderApp';
import { useDocument, documentActions } from '../../../src/renderer/src/document';

let main: FakeMain;
beforeEach(() => {
  vi.useFakeTimers(); // autosave and the undo toast run on fake time, driven by advance()
  main = installFakeApi();
});
afterEach(() => {
  rankingView.reset();
  vi.useRealTimers();
});

const ITEMS = [
  'Launch in the EU',
  'Hire a CFO',
  'Enterprise SSO',
  'Cut churn',
  'New pricing',
  'Data platform',
];

/** A workspace with Dana and Ravi voting on an open full-order round, on the Ranking tab. */
async function openRound(items = ITEMS) {
  const path = main.seed({ name: 'Q1 Offsite', participants: [{ name: 'Dana' }, { name: 'Ravi' }] });
  const app = await renderApp();
  await act(() => workspaceActions.openRecent(path));
  let n = 0;
  act(() => {
    documentActions.edit((w) => {
      const withItems = addPriorities(
        w,
        items.map((title) => ({ title })),
        () => `pr${++n}`,
      );
      const itemIds = withItems.priorities.map((p) => p.id);
      return createRound(
        withItems,
        { question: 'What matters most?', method: 'order', itemIds },
        'r1',
        new Date(),
      );
    });
  });
  await app.user.click(screen.getByRole('tab', { name: 'Ranking' }));
  return app;
}

const ballot = (name: string) => screen.getByRole('region', { name: `Private ballot for ${name}` });
const shownOrder = (name: string) =>
  within(ballot(name))
    .getAllByRole('listitem')
    .map((li) => li.querySelector('.ballot-item-title')?.textContent);
const voterButton = (name: string) => screen.getByRole('button', { name: new RegExp(`^${name}: `) });
const round = () => useDocument.getState().current!.workspace.rounds[0]!;

describe('a ballot in progress', () => {
  it('survives a trip to another tab and another voter until submitted or cancelled, and is never saved before', async () => {
    const { user } = await openRound();
    await user.click(voterButton('Dana'));
    const start = shownOrder('Dana');
    await user.click(screen.getByRole('button', { name: `Move ${start[4]} up` }));
    await user.click(screen.getByRole('button', { name: `Move ${start[1]} up` }));
    const halfDone = shownOrder('Dana');
    expect(halfDone).not.toEqual(start);

    await user.click(screen.getByRole('tab', { name: 'Setup' }));
    await user.click(screen.getByRole('tab', { name: 'Ranking' }));
    expect(shownOrder('Dana')).toEqual(halfDone);

    await user.click(within(ballot('Dana')).getByRole('button', { name: 'Finish later' }));
    expect(voterButton('Dana').getAttribute('aria-label')).toBe('Dana: vote now (started)');
    await user.click(voterButton('Ravi'));
    const raviStart = shownOrder('Ravi');
    expect(raviStart).not.toEqual(halfDone);
    // Cancel throws a draft away: Ravi starts again from his own start.
    await user.click(screen.getByRole('button', { name: `Move ${raviStart[2]} up` }));
    await user.click(within(ballot('Ravi')).getByRole('button', { name: 'Cancel' }));
    expect(voterButton('Ravi').getAttribute('aria-label')).toBe('Ravi: vote now');
    await user.click(voterButton('Ravi'));
    expect(shownOrder('Ravi')).toEqual(raviStart);
    await user.click(within(ballot('Ravi')).getByRole('button', { name: 'Cancel' }));
    await user.click(voterButton('Dana'));
    expect(shownOrder('Dana')).toEqual(halfDone);

    // Private until submitted: nothing of it is in the workspace or in any save.
    await advance(3000);
    expect(main.requestsTo('workspace:save').length).toBeGreaterThan(0);
    for (const save of main.requestsTo('workspace:save'))
      expect(save.workspace.rounds[0]!.ballots).toEqual([]);
    expect(round().ballots).toEqual([]);

    await user.click(screen.getByRole('button', { name: /^Submit my ranking/ }));
    const titleOf = new Map(useDocument.getState().current!.workspace.priorities.map((p) => [p.id, p.title]));
    const submitted = round().ballots[0]!.content;
    expect(submitted.kind === 'order' && submitted.tiers.map(([id]) => titleOf.get(id!))).toEqual(halfDone);

    // Submitted, the draft is gone: voting again starts afresh, never from the earlier ballot.
    expect(voterButton('Dana').getAttribute('aria-label')).toBe('Dana: has voted, change ballot');
    await user.click(voterButton('Dana'));
    expect(shownOrder('Dana')).toEqual(start);
  }, 20_000);

  it('starts Dana and Ravi from different shuffles, said on screen, and asks before an untouched list goes in', async () => {
    const { user } = await openRound();
    await user.click(voterButton('Dana'));
    const dana = shownOrder('Dana');
    expect(
      within(ballot('Dana')).getByText(/Shown in a random order so no item gets a head start/),
    ).toBeTruthy();
    await user.click(within(ballot('Dana')).getByRole('button', { name: 'Cancel' }));
    await user.click(voterButton('Ravi'));
    expect(shownOrder('Ravi')).not.toEqual(dana);
    expect([dana, shownOrder('Ravi')]).not.toContainEqual(ITEMS);

    await user.click(screen.getByRole('button', { name: /^Submit my ranking/ }));
    expect(screen.getByRole('alert').textContent).toContain('Submit the list as it is?');
    expect(round().ballots).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Submit as it is' }));
    expect(round().ballots).toHaveLength(1);
    expect(screen.getByText(/Thanks, Ravi: your ballot is in/)).toBeTruthy();
  }, 20_000);
});

describe('withdrawing a ballot', () => {
  it('is one click, with Undo in a toast that then goes away by itself', async () => {
    const { user } = await openRound();
    await user.click(voterButton('Dana'));
    await user.click(screen.getByRole('button', { name: `Move ${shownOrder('Dana')[1]} up` }));
    await user.click(screen.getByRole('button', { name: /^Submit my ranking/ }));
    const ballotBefore = round().ballots[0];

    expect(screen.getByText(/Thanks, Dana: your ballot is in/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Withdraw Dana’s ballot' }));
    expect(round().ballots).toEqual([]);
    expect(screen.queryByText(/Thanks, Dana/)).toBeNull();
    expect(screen.getByText(/0 of 2 have voted/)).toBeTruthy();
    const toast = screen.getByText('Withdrew Dana’s ballot.').closest<HTMLElement>('[role="status"]')!;
    await user.click(within(toast).getByRole('button', { name: 'Undo' }));
    expect(round().ballots).toEqual([ballotBefore]);
    expect(screen.queryByText('Withdrew Dana’s ballot.')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Withdraw Dana’s ballot' }));
    expect(screen.getByText('Withdrew Dana’s ballot.')).toBeTruthy();
    await advance(UNDO_TOAST_MS + 100);
    expect(screen.queryByText('Withdrew Dana’s ballot.')).toBeNull();
    expect(round().ballots).toEqual([]);
  }, 20_000);
});

describe('a new round of many items', () => {
  it('suggests pairwise or dots beyond 15 items in full order, without refusing the round', async () => {
    const many = Array.from({ length: 16 }, (_, i) => `Priority ${i + 1}`);
    const { user } = await openRound(many);
    await user.click(screen.getByRole('button', { name: 'New round' }));
    const form = screen.getByRole('form', { name: 'New ranking round' });
    const advice = () => within(form).queryByText(/16 items is a long list to put in order/);
    expect(advice()).toBeTruthy();
    await user.click(within(form).getByRole('button', { name: 'Use pairwise' }));
    expect(within(form).getByRole('radio', { name: 'Pairwise' })).toHaveProperty('checked', true);
    expect(advice()).toBeNull();

    await user.click(within(form).getByRole('radio', { name: 'Full order' }));
    expect(advice()).toBeTruthy();
    await user.click(within(form).getByRole('checkbox', { name: 'Priority 16' }));
    expect(within(form).queryByText(/long list to put in order/)).toBeNull();
    await user.click(within(form).getByRole('checkbox', { name: 'Priority 16' }));
    await user.click(within(form).getByRole('button', { name: 'Open round' }));
    expect(useDocument.getState().current!.workspace.rounds).toHaveLength(2);
    expect(useDocument.getState().current!.workspace.rounds[1]!.itemIds).toHaveLength(16);
  }, 20_000);
});
