/**
 * Channel names alone, without their schemas, so the sandboxed preload stays tiny (it
 * needs the names, not zod). `contract.ts` must define exactly these channels.
 */
export const CHANNEL_NAMES = [
  'app:getInfo',
  'workspace:listRecent',
  'workspace:pickFolder',
  'workspace:create',
  'workspace:open',
  'workspace:pickWorkspace',
  'workspace:save',
  'workspace:rename',
  'workspace:duplicate',
  'workspace:close',
  'workspace:removeRecent',
  'workspace:trash',
  'workspace:history',
  'workspace:restoreBackup',
  'workspace:recoveryOptions',
  'workspace:recover',
  'workspace:reloadFromDisk',
  'workspace:readFromDisk',
  'workspace:saveCopy',
  'templates:readMirror',
  'templates:writeMirror',
  'deck:exportPdf',
  'deck:chooseExportPath',
  'deck:showInFolder',
  'board:exportImage',
] as const;
export type Channel = (typeof CHANNEL_NAMES)[number];

/** Main → renderer: a menu item was chosen; the payload is an action id. */
export const MENU_COMMAND_EVENT = 'menu:command';
