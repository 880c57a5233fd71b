/**
 * Commands the application menu sends to the renderer. The renderer's action registry
 * owns what each one does (the same action runs from a shortcut or the command palette).
 */
export const MENU_ACTIONS = {
  newWorkspace: 'workspace.new',
  openWorkspace: 'workspace.open',
  closeWorkspace: 'workspace.close',
  commandPalette: 'app.commandPalette',
  undo: 'edit.undo',
  redo: 'edit.redo',
  openAudience: 'audience.open',
  swapDisplays: 'audience.swap',
  identifyDisplays: 'audience.identify',
  parkItem: 'parking.park',
} as const;
export type MenuActionId = (typeof MENU_ACTIONS)[keyof typeof MENU_ACTIONS];
