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
  'stage:show',
  'stage:current',
  'audience:open',
  'audience:close',
  'audience:swap',
  'audience:identify',
  'audience:status',
  'room:interfaces',
  'room:open',
  'room:status',
  'room:releaseSeat',
  'room:close',
  'room:ballotResult',
  'room:seatCards',
  'room:openCheck',
  'room:closeCheck',
  'room:wifiQr',
  'series:createNextQuarter',
  'series:quarters',
  'series:repoint',
  'translation:writeBallotFiles',
  'translation:readReplyFolder',
] as const;
export type Channel = (typeof CHANNEL_NAMES)[number];

/**
 * What the audience window may ask for: the stage it shows, and nothing else. Main
 * refuses every other channel from that window, so it cannot change a workspace, read
 * one, or see anything the facilitator did not send (docs/quality.md, the audience window).
 */
export const AUDIENCE_CHANNELS: readonly Channel[] = ['stage:current'];

/** Main → renderer: a menu item was chosen; the payload is an action id. */
export const MENU_COMMAND_EVENT = 'menu:command';
/** Main → audience window: a new stage to paint. */
export const STAGE_EVENT = 'stage:update';
/** Main → presenter window: the audience window opened, closed or moved display. */
export const AUDIENCE_STATUS_EVENT = 'audience:changed';
/** Main → every window: show this display's number for a moment (Identify displays). */
export const IDENTIFY_EVENT = 'audience:identify';
/** Main → presenter window: the room link's news, and phones' ballots to cast (roomContract.ts). */
export const ROOM_EVENT = 'room:event';
/** The events a window may listen to, besides the menu. */
export const APP_EVENTS = [STAGE_EVENT, AUDIENCE_STATUS_EVENT, IDENTIFY_EVENT, ROOM_EVENT] as const;
export type AppEvent = (typeof APP_EVENTS)[number];
