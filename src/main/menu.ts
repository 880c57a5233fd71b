import type { MenuItemConstructorOptions } from 'electron';
import { COMMANDS, menuAccelerator, menuLabel, type Command } from '../shared/commands';
import type { MenuActionId } from '../shared/ipc/menuActions';

/**
 * The application menu with the usual shortcuts, labelled from the shared command list
 * (the palette shows the same words and keys). App commands are forwarded to the
 * renderer's action registry; editing, zoom and full screen use Electron's roles so they
 * behave natively (and full screen is one key away for the projector).
 */
export function buildMenuTemplate(
  platform: NodeJS.Platform,
  send: (actionId: MenuActionId) => void,
): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const command = (item: Command & { id: MenuActionId }): MenuItemConstructorOptions => ({
    label: menuLabel(item),
    accelerator: menuAccelerator(item),
    // Shown in the menu, but the key itself goes to the page, whose action registry runs it
    // (otherwise one key press would run the action twice).
    registerAccelerator: false,
    click: () => send(item.id),
  });
  const file: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      command(COMMANDS.newWorkspace),
      command(COMMANDS.openWorkspace),
      { type: 'separator' },
      command(COMMANDS.closeWorkspace),
      ...(isMac ? [] : [{ type: 'separator' } as const, { role: 'quit' } as const]),
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: 'Edit',
    submenu: [
      // Undo/redo go to the page: in a text field they undo typing, elsewhere the last
      // workspace edit (a ballot, an item, a card).
      command(COMMANDS.undo),
      command(COMMANDS.redo),
      { type: 'separator' },
      command(COMMANDS.parkItem),
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
      command(COMMANDS.commandPalette),
      { type: 'separator' },
      // The projector: the audience window shows only what the facilitator sends to it.
      command(COMMANDS.openAudience),
      command(COMMANDS.swapDisplays),
      command(COMMANDS.identifyDisplays),
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
