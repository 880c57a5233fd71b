import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { APP_ACTIONS } from '../../src/renderer/src/app/actions';
import { workspaceActions } from '../../src/renderer/src/features/workspaces';
import { COMMANDS, menuAccelerator, menuLabel, type Command } from '../../src/shared/commands';
import { installFakeApi } from './fakeApi';
import { renderApp } from './renderApp';

/**
 * The palette's side of "one list of commands": what it shows for each command is what the
 * application menu shows for it (tests/main/menu.test.ts checks the menu's items are built
 * from the same entries, through `menuLabel` and `menuAccelerator`).
 */
const commandById = new Map<string, Command>(Object.values(COMMANDS).map((c) => [c.id, c]));

/** An Electron accelerator as Linux and Windows print it in the menu. */
const asShownInMenu = (accelerator: string | undefined) => {
  if (!accelerator) return '';
  const parts = accelerator.split('+');
  const key = parts.pop()!;
  const mods = ['CmdOrCtrl', 'Shift', 'Alt'].filter((m) => parts.includes(m));
  return [...mods.map((m) => (m === 'CmdOrCtrl' ? 'Ctrl' : m)), key].join('+');
};

describe('one list of commands', () => {
  it('every action the palette offers is an entry of the shared list, with its label and shortcut', () => {
    for (const action of APP_ACTIONS) {
      const command = commandById.get(action.id);
      expect(command, action.id).toBeDefined();
      expect(action.label).toBe(command!.label);
      expect(action.shortcut).toBe(command!.shortcut);
    }
  });

  it('the palette shows each command with the words and the key the menu shows for it', async () => {
    const main = installFakeApi();
    const path = main.seed({ name: 'Q1 2027 Leadership Offsite' });
    const { user } = await renderApp();
    await act(() => workspaceActions.openRecent(path));
    await user.keyboard('{Control>}k{/Control}');
    const palette = screen.getByRole('dialog', { name: 'Command palette' });
    const rows = within(palette)
      .getAllByRole('option')
      .map((o) => ({
        label: o.querySelector('span')!.textContent,
        key: o.querySelector('kbd')?.textContent ?? '',
      }));
    expect(rows.map((r) => r.label)).toEqual(
      expect.arrayContaining(['New workspace…', 'Open workspace…', 'Close workspace']),
    );
    for (const row of rows) {
      const command = Object.values(COMMANDS).find((c) => c.label === row.label);
      expect(command, row.label).toBeDefined();
      // Menus are in title case, the palette in sentence case: the same words either way.
      expect(menuLabel(command!).toLowerCase()).toBe(row.label.toLowerCase());
      expect(row.key).toBe(asShownInMenu(menuAccelerator(command!)));
    }
  });
});
