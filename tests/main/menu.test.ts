import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate } from '../../src/main/menu';
import { COMMANDS, type Command } from '../../src/shared/commands';

const flatten = (items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
  items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? flatten(i.submenu) : [])]);

describe('application menu', () => {
  it('offers new, open, close, undo/redo, zoom and full screen with the usual shortcuts', () => {
    const items = flatten(buildMenuTemplate('linux', () => undefined));
    const byLabel = (label: string) => items.find((i) => i.label === label);
    expect(byLabel('New Workspace…')?.accelerator).toBe('CmdOrCtrl+N');
    expect(byLabel('Open Workspace…')?.accelerator).toBe('CmdOrCtrl+O');
    expect(byLabel('Close Workspace')?.accelerator).toBe('CmdOrCtrl+W');
    const roles = items.map((i) => i.role).filter(Boolean);
    expect(roles).toEqual(
      expect.arrayContaining(['zoomIn', 'zoomOut', 'resetZoom', 'togglefullscreen', 'quit']),
    );
    expect(byLabel('Undo')?.accelerator).toBe('CmdOrCtrl+Z');
    expect(byLabel('Redo')?.accelerator).toBe('Shift+CmdOrCtrl+Z');
    expect(items.find((i) => i.role === 'togglefullscreen')?.accelerator).toBe('F11');
    expect(byLabel('Open Audience Window')?.accelerator).toBe('Shift+CmdOrCtrl+P');
    expect(byLabel('Swap Displays')).toBeDefined();
    expect(byLabel('Identify Displays')).toBeDefined();
  });

  it('forwards app commands to the renderer once (the page owns the keys)', () => {
    const send = vi.fn();
    const items = flatten(buildMenuTemplate('darwin', send));
    const newItem = items.find((i) => i.label === 'New Workspace…')!;
    expect(newItem.registerAccelerator).toBe(false);
    (newItem.click as () => void)();
    expect(send).toHaveBeenCalledWith('workspace.new');
    expect(items[0]?.role).toBe('appMenu');
  });

  it('shows each app command with the words and the key the command palette shows for it', () => {
    let sent = '';
    const items = flatten(buildMenuTemplate('linux', (id) => (sent = id)));
    const commands = items.filter((i) => i.click && !i.role);
    expect(commands.length).toBeGreaterThanOrEqual(6);
    for (const item of commands) {
      (item.click as () => void)();
      const command: Command | undefined = Object.values(COMMANDS).find((c) => c.id === sent);
      expect(command, item.label).toBeDefined();
      // The palette's sentence case and the menu's title case: the same words.
      expect(item.label?.toLowerCase()).toBe(command!.label.toLowerCase());
      // "CmdOrCtrl" is the palette's "Mod"; Electron prints Shift first, the palette after Mod.
      const keys = (shortcut: string | undefined) => new Set(shortcut?.split('+'));
      const accelerator = item.accelerator === undefined ? undefined : String(item.accelerator);
      expect(keys(accelerator?.replace('CmdOrCtrl', 'Mod'))).toEqual(keys(command!.shortcut));
    }
  });
});
