import { act, screen, within } from '@testing-library/react';
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { buildMenuTemplate } from '../../src/main/menu';
import { APP_ACTIONS } from '../../src/renderer/src/app/actions';
import { workspaceActions } from '../../src/renderer/src/features/workspaces';
import { COMMANDS } from '../../src/shared/commands';
import { installFakeApi } from './fakeApi';
import { renderApp } from './renderApp';

const flatten = (items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
  items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? flatten(i.submenu) : [])]);

/** The menu's app commands (not Electron's roles), by the id each one sends. */
function menuCommands(): Map<string, { label: string; accelerator: string | undefined }> {
  let sent = '';
  const items = flatten(buildMenuTemplate('linux', (id) => (sent = id)));
  const byId = new Map<string, { label: string; accelerator: string | undefined }>();
  for (const item of items) {
    if (!item.click || item.role) continue;
    (item.click as () => void)(); // tells which id this item sends
    byId.set(sent, { label: item.label!, accelerator: item.accelerator });
  }
  return byId;
}

/** An Electron accelerator as Linux and Windows print it in the menu. */
const asShown = (accelerator: string | undefined) => {
  if (!accelerator) return '';
  const parts = accelerator.split('+');
  const key = parts.pop()!;
  const mods = ['CmdOrCtrl', 'Shift', 'Alt'].filter((m) => parts.includes(m));
  return [...mods.map((m) => (m === 'CmdOrCtrl' ? 'Ctrl' : m)), key].join('+');
};

describe('one list of commands', () => {
  it('every command in the menu runs a registered action or opens the palette', () => {
    const registered = new Set([...APP_ACTIONS.map((a) => a.id), COMMANDS.commandPalette.id]);
    const menu = menuCommands();
    expect(menu.size).toBeGreaterThanOrEqual(6);
    for (const id of menu.keys()) expect(registered).toContain(id);
  });

  it('the menu and the palette give each command the same words and the same shortcut', () => {
    const menu = menuCommands();
    const shared = APP_ACTIONS.filter((a) => menu.has(a.id));
    expect(shared.map((a) => a.id)).toEqual(
      expect.arrayContaining([
        'workspace.new',
        'workspace.open',
        'workspace.close',
        'edit.undo',
        'edit.redo',
      ]),
    );
    for (const action of shared) {
      const item = menu.get(action.id)!;
      // Menus are in title case, the palette in sentence case: the same words either way.
      expect(item.label.toLowerCase()).toBe(action.label.toLowerCase());
      expect(asShown(item.accelerator)).toBe(action.shortcut?.replace('Mod', 'Ctrl') ?? '');
    }
  });

  it('what the palette shows on screen matches the menu, label and key', async () => {
    const main = installFakeApi();
    const path = main.seed({ name: 'Q1 2027 Leadership Offsite' });
    const { user } = await renderApp();
    await act(() => workspaceActions.openRecent(path));
    await user.keyboard('{Control>}k{/Control}');
    const palette = screen.getByRole('dialog', { name: 'Command palette' });
    const byLabel = new Map([...menuCommands().values()].map((m) => [m.label.toLowerCase(), m]));
    const rows = within(palette)
      .getAllByRole('option')
      .map((o) => ({
        label: o.querySelector('span')!.textContent,
        key: o.querySelector('kbd')?.textContent ?? '',
      }));
    const inMenu = rows.filter((r) => byLabel.has(r.label.toLowerCase()));
    expect(inMenu.map((r) => r.label)).toEqual(
      expect.arrayContaining(['New workspace…', 'Open workspace…', 'Close workspace']),
    );
    for (const row of inMenu)
      expect(row.key).toBe(asShown(byLabel.get(row.label.toLowerCase())!.accelerator));
  });
});
