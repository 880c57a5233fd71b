import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { installFakeApi, type FakeMain } from './fakeApi';
import { renderApp } from './renderApp';

let main: FakeMain;
beforeEach(() => {
  main = installFakeApi();
});

/** The card of one recent workspace, found by its name. */
function card(name: string): HTMLElement {
  const title = screen.getAllByText(name).find((el) => el.classList.contains('recent-name'));
  if (!title) throw new Error(`No recent workspace card named “${name}”.`);
  return title.closest('li')!;
}

const recentNames = () =>
  screen.queryAllByRole('listitem').map((li) => li.querySelector('.recent-name')?.textContent);

describe('HomeScreen', () => {
  it('explains what to do when there are no workspaces yet', async () => {
    await renderApp();
    expect(screen.getByText(/No workspaces yet/)).toBeTruthy();
    expect(screen.queryByRole('list')).toBeNull();
  });

  it('lists recent workspaces with name and kind · period · organisation', async () => {
    main.seed({
      name: 'Q1 2027 Leadership Offsite',
      kind: 'offsite',
      period: '2027-Q1',
      organisation: 'Acme',
    });
    main.seed({ name: 'Sales QBR', kind: 'qbr', period: '2026-Q4', organisation: '' });
    await renderApp();

    expect(recentNames()).toEqual(['Q1 2027 Leadership Offsite', 'Sales QBR']);
    expect(within(card('Q1 2027 Leadership Offsite')).getByText('Offsite · 2027-Q1 · Acme')).toBeTruthy();
    // An empty organisation leaves no dangling separator.
    expect(within(card('Sales QBR')).getByText('QBR · 2026-Q4')).toBeTruthy();
    expect(screen.queryByText(/No workspaces yet/)).toBeNull();
  });

  it('shows a missing folder as not found and does not let it be opened', async () => {
    const path = main.seed({ name: 'Lost offsite', missing: true });
    const { user } = await renderApp();

    const lost = card('Lost offsite');
    expect(within(lost).getByText(/Folder not found/)).toBeTruthy();
    const open = within(lost).getByRole('button', { name: /^Lost offsite/ });
    expect(open).toHaveProperty('disabled', true);
    expect(within(lost).queryByRole('button', { name: 'Rename' })).toBeNull();
    expect(within(lost).queryByRole('button', { name: 'Move to trash' })).toBeNull();

    await user.click(open);
    expect(main.requestsTo('workspace:open')).toEqual([]);
    // It can still be removed from the list.
    await user.click(within(lost).getByRole('button', { name: 'Remove from list' }));
    await waitFor(() => expect(recentNames()).toEqual([]));
    expect(main.requestsTo('workspace:removeRecent')).toEqual([{ path }]);
  });

  it('renames a workspace: an empty name is refused, Enter submits', async () => {
    const path = main.seed({ name: 'Board prep' });
    const { user } = await renderApp();

    await user.click(within(card('Board prep')).getByRole('button', { name: 'Rename' }));
    const dialog = screen.getByRole('dialog', { name: 'Rename “Board prep”' });
    const input = within(dialog).getByLabelText('New name');
    expect(document.activeElement).toBe(input);

    await user.clear(input);
    expect(within(dialog).getByRole('alert').textContent).toBe('A workspace needs a name.');
    await user.click(within(dialog).getByRole('button', { name: 'Rename' }));
    await user.type(input, '   {Enter}');
    expect(main.requestsTo('workspace:rename')).toEqual([]);
    expect(screen.getByRole('dialog')).toBe(dialog);

    await user.clear(input);
    await user.type(input, 'Board prep 2027{Enter}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(main.requestsTo('workspace:rename')).toEqual([{ path, name: 'Board prep 2027' }]);
    await waitFor(() => expect(recentNames()).toEqual(['Board prep 2027']));
  });

  it('asks before moving a workspace to the trash; Cancel keeps it', async () => {
    const path = main.seed({ name: 'Old offsite' });
    const { user } = await renderApp();
    const askToTrash = async () => {
      await user.click(within(card('Old offsite')).getByRole('button', { name: 'Move to trash' }));
      return screen.getByRole('dialog', { name: 'Move “Old offsite” to the trash?' });
    };

    const first = await askToTrash();
    expect(within(first).getByText(path)).toBeTruthy();
    await user.click(within(first).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(main.requestsTo('workspace:trash')).toEqual([]);
    expect(recentNames()).toEqual(['Old offsite']);

    const second = await askToTrash();
    await user.click(within(second).getByRole('button', { name: 'Move to trash' }));
    expect(main.requestsTo('workspace:trash')).toEqual([{ path }]);
    await waitFor(() => expect(recentNames()).toEqual([]));
  });

  it('shows a failed call as an alert with the message, which can be dismissed', async () => {
    main.seed({ name: 'Damaged offsite' });
    main.failNext('workspace:open', 'CORRUPT', 'workspace.json is damaged: restore it from a backup.');
    const { user } = await renderApp();

    await user.click(within(card('Damaged offsite')).getByRole('button', { name: /^Damaged offsite/ }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Could not open the workspace');
    expect(alert.textContent).toContain('workspace.json is damaged: restore it from a backup.');
    expect(screen.getByRole('heading', { name: 'Offsite' })).toBeTruthy(); // still home

    await user.click(within(alert).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('reports a failed rename and keeps the old name', async () => {
    main.seed({ name: 'Board prep' });
    main.failNext('workspace:rename', 'IN_USE', 'Close the workspace before you rename it.');
    const { user } = await renderApp();

    await user.click(within(card('Board prep')).getByRole('button', { name: 'Rename' }));
    await user.type(screen.getByLabelText('New name'), ' v2{Enter}');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Could not rename the workspace');
    expect(alert.textContent).toContain('Close the workspace before you rename it.');
    expect(recentNames()).toEqual(['Board prep']);
  });
});
