import { act, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { matchesShortcut } from '../../src/renderer/src/app/actions';
import { workspaceActions } from '../../src/renderer/src/features/workspaces';
import { MENU_ACTIONS } from '../../src/shared/ipc/menuActions';
import { installFakeApi, type FakeMain } from './fakeApi';
import { renderApp, settle } from './renderApp';

let main: FakeMain;
beforeEach(() => {
  main = installFakeApi();
});

const newDialog = () => screen.queryByRole('dialog', { name: 'New workspace' });
const palette = () => screen.queryByRole('dialog', { name: 'Command palette' });
const commandLabels = () =>
  within(palette()!)
    .queryAllByRole('option')
    .map((o) => o.textContent);

// Real timers: autosave waits 400 ms after the last keystroke, so a save that carries the
// last keystroke right after a shortcut came from the shortcut flushing the edits.
const lastSaved = () => main.requestsTo('workspace:save').at(-1)?.workspace;

async function renderInWorkspace() {
  const path = main.seed({ name: 'Q1 2027 Leadership Offsite' });
  const app = await renderApp();
  await act(() => workspaceActions.openRecent(path));
  return { ...app, path };
}

describe('keyboard shortcuts', () => {
  it('Ctrl+N opens the New workspace dialog', async () => {
    const { user } = await renderApp();
    expect(newDialog()).toBeNull();
    await user.keyboard('{Control>}n{/Control}');
    expect(newDialog()).not.toBeNull();
    expect(document.activeElement).toBe(within(newDialog()!).getByLabelText('Name'));
  });

  it('plain N, Alt+Ctrl+N and Ctrl+Shift+N do nothing', async () => {
    const { user } = await renderApp();
    await user.keyboard('n{Alt>}{Control>}n{/Control}{/Alt}{Control>}{Shift>}n{/Shift}{/Control}');
    expect(newDialog()).toBeNull();
  });

  it('Ctrl+N in a workspace saves and closes it before offering a new one', async () => {
    const { user } = await renderInWorkspace();
    await user.type(screen.getByLabelText('Organisation'), ' Ltd');
    await user.keyboard('{Control>}n{/Control}');
    await settle();
    expect(lastSaved()?.organisation).toBe('Acme Corp Ltd');
    expect(main.openHandles()).toEqual([]);
    expect(newDialog()).not.toBeNull();
  });

  it('Ctrl+W saves and closes the open workspace', async () => {
    const { user } = await renderInWorkspace();
    await user.type(screen.getByLabelText('Period'), '-b');
    await user.keyboard('{Control>}w{/Control}');
    await settle();
    expect(lastSaved()?.period).toBe('2027-Q1-b');
    expect(screen.getByRole('heading', { level: 2, name: 'Recent workspaces' })).toBeTruthy();
  });

  it('Ctrl+O in a workspace saves and releases it before opening another', async () => {
    const { user, path: first } = await renderInWorkspace();
    const other = main.seed({ name: 'Sales QBR', kind: 'qbr' });
    main.openDialogPicks(other);
    await user.type(screen.getByLabelText('Organisation'), ' Ltd');
    await user.keyboard('{Control>}o{/Control}');
    await settle();

    expect(screen.getByRole('heading', { level: 1, name: 'Sales QBR' })).toBeTruthy();
    expect(lastSaved()?.organisation).toBe('Acme Corp Ltd');
    expect(main.openHandles()).toHaveLength(1); // only the workspace on screen is held open

    // So the first one can be renamed from the home screen (main refuses while it is open).
    await act(() => workspaceActions.close());
    await act(() => workspaceActions.rename(first, 'Q1 offsite (final)'));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText('Q1 offsite (final)')).toBeTruthy();
  });
});

describe('command palette', () => {
  it('opens with Ctrl+K, filters as you type, and runs the chosen command with Enter', async () => {
    const path = main.seed({ name: 'Sales QBR' });
    main.openDialogPicks(path);
    const { user } = await renderApp();

    await user.keyboard('{Control>}k{/Control}');
    expect(palette()).not.toBeNull();
    expect(document.activeElement).toBe(screen.getByLabelText('Search commands'));
    // "Close workspace" is not offered on the home screen.
    expect(commandLabels()).toEqual(['New workspace…Ctrl+N', 'Open workspace…Ctrl+O']);

    await user.keyboard('OPEN');
    expect(commandLabels()).toEqual(['Open workspace…Ctrl+O']);
    await user.keyboard('{Enter}');
    await settle();

    expect(palette()).toBeNull();
    expect(main.channels()).toContain('workspace:pickWorkspace');
    expect(screen.getByRole('heading', { level: 1, name: 'Sales QBR' })).toBeTruthy();
  });

  it('moves the selection with the arrow keys', async () => {
    const { user } = await renderApp();
    await user.keyboard('{Control>}k{/Control}workspace');
    const selected = () => within(palette()!).getByRole('option', { selected: true }).textContent;
    expect(selected()).toBe('New workspace…Ctrl+N');
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(selected()).toBe('Open workspace…Ctrl+O');
    await user.keyboard('{ArrowUp}{Enter}');
    expect(palette()).toBeNull();
    expect(newDialog()).not.toBeNull();
  });

  it('says when nothing matches, and closes on Escape without running anything', async () => {
    const { user } = await renderApp();
    await user.keyboard('{Control>}k{/Control}zzz');
    expect(commandLabels()).toEqual([]);
    expect(within(palette()!).getByText('No command matches.')).toBeTruthy();
    await user.keyboard('{Enter}{Escape}');
    expect(palette()).toBeNull();
    expect(newDialog()).toBeNull();
    expect(main.channels()).not.toContain('workspace:pickWorkspace');
  });
});

describe('menu commands', () => {
  it('"New workspace…" from the menu opens the dialog', async () => {
    await renderApp();
    main.emitMenuCommand(MENU_ACTIONS.newWorkspace);
    await settle();
    expect(newDialog()).not.toBeNull();
  });

  it('"Command palette" from the menu opens the palette', async () => {
    await renderApp();
    main.emitMenuCommand(MENU_ACTIONS.commandPalette);
    expect(palette()).not.toBeNull();
  });

  it('ignores a disabled command and stops listening once the app unmounts', async () => {
    const { unmount } = await renderApp();
    main.emitMenuCommand(MENU_ACTIONS.closeWorkspace); // nothing open
    main.emitMenuCommand('no.such.action');
    await settle();
    expect(main.channels()).not.toContain('workspace:close');
    unmount();
    main.emitMenuCommand(MENU_ACTIONS.openWorkspace);
    await settle();
    expect(main.channels()).not.toContain('workspace:pickWorkspace');
  });
});

describe('matchesShortcut', () => {
  const key = (init: KeyboardEventInit) => new KeyboardEvent('keydown', init);

  it('reads Mod as ⌘ on macOS and Ctrl elsewhere', () => {
    expect(matchesShortcut(key({ key: 'n', metaKey: true }), 'Mod+N', true)).toBe(true);
    expect(matchesShortcut(key({ key: 'n', ctrlKey: true }), 'Mod+N', true)).toBe(false);
    expect(matchesShortcut(key({ key: 'n', ctrlKey: true }), 'Mod+N', false)).toBe(true);
    expect(matchesShortcut(key({ key: 'n', metaKey: true }), 'Mod+N', false)).toBe(false);
  });

  it('requires Mod when the shortcut has it, and refuses it when not', () => {
    expect(matchesShortcut(key({ key: 'n' }), 'Mod+N', false)).toBe(false);
    expect(matchesShortcut(key({ key: 'n', ctrlKey: true }), 'N', false)).toBe(false);
    expect(matchesShortcut(key({ key: 'm', ctrlKey: true }), 'Mod+N', false)).toBe(false);
  });

  it('matches Shift exactly, whatever the case of the key', () => {
    expect(matchesShortcut(key({ key: 'K', ctrlKey: true, shiftKey: true }), 'Mod+Shift+K', false)).toBe(
      true,
    );
    expect(matchesShortcut(key({ key: 'k', ctrlKey: true }), 'Mod+Shift+K', false)).toBe(false);
    expect(matchesShortcut(key({ key: 'K', ctrlKey: true, shiftKey: true }), 'Mod+K', false)).toBe(false);
    expect(matchesShortcut(key({ key: 'K', ctrlKey: true }), 'Mod+K', false)).toBe(true); // Caps Lock
  });

  it('never matches with Alt held (Alt+letter types characters on many layouts)', () => {
    expect(matchesShortcut(key({ key: 'n', ctrlKey: true, altKey: true }), 'Mod+N', false)).toBe(false);
    expect(matchesShortcut(key({ key: 'n', metaKey: true, altKey: true }), 'Mod+N', true)).toBe(false);
    expect(matchesShortcut(key({ key: 'n', altKey: true }), 'N', false)).toBe(false);
  });
});
