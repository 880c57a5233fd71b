import type { MenuItemConstructorOptions } from 'electron';
import { MENU_ACTIONS, type MenuActionId } from '../shared/ipc/menuActions';

/**
 * The application menu with the usual shortcuts. App commands are forwarded to the
 * renderer's action registry; editing, zoom and full screen use Electron's roles so they
 * behave natively (and full screen is one key away for the projector).
 */
export function buildMenuTemplate(
  platform: NodeJS.Platform,
  send: (actionId: MenuActionId) => void,
): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const command = (label: string, id: MenuActionId, accelerator: string): MenuItemConstructorOptions => ({
    label,
    accelerator,
    // Shown in the menu, but the key itself goes to the page, whose action registry runs it
    // (otherwise one key press would run the action twice).
    registerAccelerator: false,
    click: () => send(id),
  });
  const file: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      command('New Workspace…', MENU_ACTIONS.newWorkspace, 'CmdOrCtrl+N'),
      command('Open Workspace…', MENU_ACTIONS.openWorkspace, 'CmdOrCtrl+O'),
      { type: 'separator' },
      command('Close Workspace', MENU_ACTIONS.closeWorkspace, 'CmdOrCtrl+W'),
      ...(isMac ? [] : [{ type: 'separator' } as const, { role: 'quit' } as const]),
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: 'Edit',
    submenu: [
      // Undo/redo go to the page: in a text field they undo typing, elsewhere the last
      // workspace edit (a ballot, an item, a card).
      command('Undo', MENU_ACTIONS.undo, 'CmdOrCtrl+Z'),
      command('Redo', MENU_ACTIONS.redo, 'Shift+CmdOrCtrl+Z'),
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      command('Command Palette…', MENU_ACTIONS.commandPalette, 'CmdOrCtrl+K'),
      { type: 'separator' },
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen', accelerator: isMac ? 'Ctrl+Cmd+F' : 'F11' },
    ],
  };
  const windowMenu: MenuItemConstructorOptions = { role: 'windowMenu' };
  return [...(isMac ? [{ role: 'appMenu' } as const] : []), file, edit, view, windowMenu];
}
