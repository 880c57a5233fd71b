import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate } from '../../src/main/menu';

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
});
