import { act, fireEvent, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { workspaceActions } from '../../../src/renderer/src/features/workspaces';
import { documentActions } from '../../../src/renderer/src/document';
import { installFakeApi, type FakeMain } from '../fakeApi';
import { openOffsite, renderAppWithParking, workspace } from './parkingWorld';

let main: FakeMain;
beforeEach(() => {
  main = installFakeApi();
});

const parkBox = () => screen.getByRole('dialog', { name: 'Park an item' });

describe('parking an item from any screen', () => {
  it('the shortcut opens a focused one-line box on two different tabs; Enter parks it linked to the block and the priority', async () => {
    const { user } = await renderAppWithParking();
    await openOffsite(main);

    await user.click(screen.getByRole('tab', { name: 'Setup' }));
    await user.keyboard('{Control>}{Shift>}l{/Shift}{/Control}');
    const input = within(parkBox()).getByLabelText('What to park');
    expect(document.activeElement).toBe(input);
    // The running block is about one priority: the item links itself to both.
    expect(parkBox().textContent).toContain('Linked to: Rank the bets · Launch in the EU');
    await user.keyboard('Pricing for the public sector{Enter}');
    expect(screen.queryByRole('dialog', { name: 'Park an item' })).toBeNull();
    expect(screen.getByText('Parked — 1 in the lot')).toBeTruthy();
    expect(workspace().parkingLot).toMatchObject([
      { text: 'Pricing for the public sector', blockId: 'b0', priorityId: 'p0', outcome: 'open' },
    ]);

    await user.click(screen.getByRole('tab', { name: 'Decisions' }));
    const tab = screen.getByRole('tab', { name: 'Decisions' });
    expect(document.activeElement).toBe(tab);
    await user.keyboard('{Control>}{Shift>}L{/Shift}{/Control}');
    await user.selectOptions(within(parkBox()).getByLabelText('Priority'), '数据驻留 (China data residency)');
    expect(parkBox().textContent).toContain('Linked to: Rank the bets · 数据驻留 (China data residency)');
    await user.click(within(parkBox()).getByLabelText('What to park'));
    await user.keyboard('Who signs off the 数据 audit?{Enter}');
    expect(workspace().parkingLot[1]).toMatchObject({
      text: 'Who signs off the 数据 audit?',
      blockId: 'b0',
      priorityId: 'p2',
    });
    expect(screen.getByText('Parked — 2 in the lot')).toBeTruthy();
    // The confirmation did not take the focus: it went back where the work was.
    expect(document.activeElement).toBe(tab);
    // Parking is one edit, undone like any other.
    act(() => documentActions.undo());
    expect(workspace().parkingLot).toHaveLength(1);
  }, 30_000);

  it('the selected board card is the priority in focus', async () => {
    const { user } = await renderAppWithParking();
    await openOffsite(main);
    await user.click(screen.getByRole('tab', { name: 'Setup' }));
    // A card on screen that is selected (as the board draws it), and nothing else in focus.
    const card = document.createElement('div');
    card.className = 'board-card board-card-selected';
    card.dataset.cardId = 'p1';
    document.body.append(card);
    try {
      await user.keyboard('{Control>}{Shift>}l{/Shift}{/Control}');
      expect(parkBox().textContent).toContain('Linked to: Rank the bets · Enterprise SSO');
      await user.keyboard('SSO needs a security review first{Enter}');
      expect(workspace().parkingLot[0]).toMatchObject({ blockId: 'b0', priorityId: 'p1' });
    } finally {
      card.remove();
    }
  });

  it('an empty or a 301-character item is refused with the reason, and nothing changes; Esc leaves', async () => {
    const { user } = await renderAppWithParking();
    await openOffsite(main);
    const before = workspace();

    await user.keyboard('{Control>}{Shift>}l{/Shift}{/Control}');
    await user.keyboard('   {Enter}');
    expect(within(parkBox()).getByRole('alert').textContent).toBe('Say what to park, in a few words.');
    expect(workspace()).toBe(before);

    const input = within(parkBox()).getByLabelText<HTMLInputElement>('What to park');
    await user.clear(input);
    await user.paste('x'.repeat(301));
    await user.keyboard('{Enter}');
    expect(within(parkBox()).getByRole('alert').textContent).toBe(
      'A parked item can be at most 300 characters (this one has 301); park the gist.',
    );
    expect(workspace()).toBe(before);
    expect(input.value).toHaveLength(301); // kept, to be shortened

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog', { name: 'Park an item' })).toBeNull();
    expect(workspace()).toBe(before);
    expect(screen.queryByText(/Parked —/)).toBeNull();
  });

  it('Enter that picks a character in an input method does not park the half-typed item', async () => {
    const { user } = await renderAppWithParking();
    await openOffsite(main);
    await user.keyboard('{Control>}{Shift>}l{/Shift}{/Control}');
    const input = within(parkBox()).getByLabelText('What to park');
    fireEvent.change(input, { target: { value: '数据驻' } });
    fireEvent.keyDown(input, { key: 'Enter', isComposing: true });
    expect(workspace().parkingLot).toEqual([]);
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(workspace().parkingLot.map((p) => p.text)).toEqual(['数据驻']);
  });

  it('is listed in the command palette with its shortcut, and not offered on the home screen', async () => {
    const { user } = await renderAppWithParking();
    await user.keyboard('{Control>}{Shift>}l{/Shift}{/Control}');
    expect(screen.queryByRole('dialog', { name: 'Park an item' })).toBeNull();

    await openOffsite(main);
    await user.keyboard('{Control>}k{/Control}');
    const palette = screen.getByRole('dialog', { name: 'Command palette' });
    const option = within(palette).getByRole('option', { name: /Park an item…/ });
    expect(option.textContent).toContain('Ctrl+Shift+L');
    await user.click(within(option).getByRole('button'));
    expect(parkBox()).toBeTruthy();
    await user.keyboard('{Escape}');
    await act(() => workspaceActions.close());
  });
});
