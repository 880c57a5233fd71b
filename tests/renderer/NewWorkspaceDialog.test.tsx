import { screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { APP_INFO, installFakeApi, type FakeMain } from './fakeApi';
import { renderApp } from './renderApp';

let main: FakeMain;
beforeEach(() => {
  main = installFakeApi();
});

/** The app's home screen with the New workspace dialog opened by its button. */
async function openDialog() {
  const { user } = await renderApp();
  await user.click(screen.getByRole('button', { name: 'New workspace' }));
  const dialog = screen.getByRole('dialog', { name: 'New workspace' });
  const field = (label: string) => within(dialog).getByLabelText<HTMLInputElement>(label);
  const button = (name: string) => within(dialog).getByRole('button', { name });
  return { user, dialog, field, button };
}

async function replaceText(user: UserEvent, input: HTMLElement, text: string) {
  await user.clear(input);
  await user.type(input, text);
}

describe('NewWorkspaceDialog', () => {
  it('refuses an empty name with an inline error and does not create anything', async () => {
    const { user, field, button } = await openDialog();

    await user.click(button('Create workspace'));
    const name = field('Name');
    const error = screen.getByRole('alert');
    expect(error.textContent).toMatch(/Give the workspace a name/);
    expect(name.getAttribute('aria-describedby')).toBe(error.id);

    await user.type(name, '   ');
    await user.click(button('Create workspace'));
    expect(main.requestsTo('workspace:create')).toEqual([]);
    expect(screen.getByRole('dialog', { name: 'New workspace' })).toBeTruthy();

    // Typing clears the error.
    await user.type(name, 'x');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('creates the workspace with exactly the typed values in the default folder', async () => {
    const { user, dialog, field, button } = await openDialog();
    expect(field('Folder').value).toBe(APP_INFO.defaultWorkspaceParent);

    await user.type(field('Name'), 'Q3 Strategy Offsite');
    await user.click(within(dialog).getByRole('radio', { name: 'QBR' }));
    await replaceText(user, field('Period'), 'FY2027');
    await user.type(field('Organisation'), 'Acme Corp');
    await user.click(button('Create workspace'));

    expect(main.requestsTo('workspace:create')).toEqual([
      {
        input: { name: 'Q3 Strategy Offsite', kind: 'qbr', period: 'FY2027', organisation: 'Acme Corp' },
        parentDir: APP_INFO.defaultWorkspaceParent,
      },
    ]);
    // The new workspace opens.
    expect(await screen.findByRole('heading', { level: 1, name: 'Q3 Strategy Offsite' })).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByText('QBR · FY2027 · Acme Corp')).toBeTruthy();
  });

  it('suggests a period and offers all kinds, Offsite first and selected', async () => {
    const { dialog, field } = await openDialog();
    expect(field('Period').value).toMatch(/^\d{4}-Q[1-4]$/);
    const kinds = within(dialog).getAllByRole<HTMLInputElement>('radio');
    expect(kinds.map((r) => r.labels?.[0]?.textContent)).toEqual(['Offsite', 'QBR', 'Annual review']);
    expect(kinds.map((r) => r.checked)).toEqual([true, false, false]);
  });

  it('fills the folder from the folder picker, and keeps it when the picker is cancelled', async () => {
    const { user, field, button } = await openDialog();

    main.pickFolderReturns('/Volumes/Team/Offsites');
    await user.click(button('Choose…'));
    expect(await screen.findByDisplayValue('/Volumes/Team/Offsites')).toBe(field('Folder'));
    expect(main.requestsTo('workspace:pickFolder')).toEqual([
      { defaultPath: APP_INFO.defaultWorkspaceParent },
    ]);

    main.pickFolderReturns(null);
    await user.click(button('Choose…'));
    expect(main.requestsTo('workspace:pickFolder')).toHaveLength(2);
    expect(field('Folder').value).toBe('/Volumes/Team/Offsites');

    await user.type(field('Name'), 'Team offsite');
    await user.click(button('Create workspace'));
    expect(main.requestsTo('workspace:create')[0]?.parentDir).toBe('/Volumes/Team/Offsites');
  });

  it('shows a failed create in the dialog and keeps the form as typed', async () => {
    const { user, dialog, field, button } = await openDialog();
    main.failNext(
      'workspace:create',
      'PERMISSION',
      'Offsite may not write to that folder. Choose another one.',
    );

    await user.type(field('Name'), 'Q3 Strategy Offsite');
    await user.click(button('Create workspace'));

    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toBe('Offsite may not write to that folder. Choose another one.');
    expect(screen.getByRole('dialog', { name: 'New workspace' })).toBe(dialog);
    expect(field('Name').value).toBe('Q3 Strategy Offsite');
    expect(button('Create workspace')).toHaveProperty('disabled', false);
    expect(screen.getByRole('heading', { level: 1, name: 'Offsite' })).toBeTruthy(); // still home
  });

  it('closes on Escape and gives focus back to the button that opened it', async () => {
    const { user } = await openDialog();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'New workspace' }));
    expect(main.requestsTo('workspace:create')).toEqual([]);
  });

  it('can be filled and submitted with the keyboard alone, in reading order', async () => {
    const { user, field, button } = await openDialog();
    const expected = [
      field('Name'),
      screen.getByRole('radio', { name: 'QBR' }),
      field('Start from template'),
      field('Period'),
      field('Organisation'),
      field('Folder'),
      button('Choose…'),
      button('Cancel'),
      button('Create workspace'),
    ];
    const reached = [document.activeElement];
    await user.keyboard('Keyboard offsite');
    await user.tab();
    await user.keyboard('{ArrowRight}'); // Offsite → QBR, as in any radio group
    reached.push(document.activeElement);
    for (let i = 2; i < expected.length; i += 1) {
      await user.tab();
      reached.push(document.activeElement);
    }
    expect(reached).toEqual(expected);

    // Focus stays in the dialog: Tab from the last control wraps to the first, and back.
    await user.tab();
    expect(document.activeElement).toBe(field('Name'));
    await user.tab({ shift: true });
    expect(document.activeElement).toBe(button('Create workspace'));

    await user.keyboard('{Enter}');
    expect(main.requestsTo('workspace:create').map((r) => [r.input.name, r.input.kind])).toEqual([
      ['Keyboard offsite', 'qbr'],
    ]);
  });
});
