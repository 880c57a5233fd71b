import { z } from 'zod';
import type { Channel } from './channels';
import { NewWorkspaceInput, Workspace, WorkspaceKind, LIMITS } from '../domain/workspace';
import { MirrorSnapshot, UserTemplates } from '../domain/templates';
import { Stage } from '../domain/stage/stageSchema';
import {
  RoomBallotResult,
  RoomCheck,
  RoomCloseRequest,
  RoomInterface,
  RoomLink,
  RoomOpenRequest,
  SeatCard,
  WifiQrRequest,
} from './roomContract';
import {
  NextQuarterCreated,
  NextQuarterRequest,
  SeriesQuarter,
  SeriesQuartersRequest,
  SeriesRepointed,
  SeriesRepointRequest,
} from './seriesContract';
import { BallotFilesWritten, ReplyFileRead, WriteBallotFilesRequest } from './translationContract';

/**
 * The one IPC contract. Main's handler map and the preload's api are both typed from
 * it, so a channel without a handler, or a handler without a channel, does not compile.
 * Every request is validated against its schema in main before a handler runs.
 */
const FsPath = z
  .string()
  .min(1)
  .max(4096)
  .refine((p) => !p.includes('\0'), 'A path cannot contain NUL characters.');
const Handle = z.string().min(1).max(64);
const Empty = z.strictObject({});

export const RecentEntry = z.strictObject({
  path: z.string(),
  name: z.string(),
  kind: WorkspaceKind,
  period: z.string(),
  organisation: z.string(),
  lastOpenedAt: z.string(),
  /** The folder is gone (moved, deleted, unplugged drive). */
  missing: z.boolean(),
});
export type RecentEntry = z.infer<typeof RecentEntry>;

export const OpenedWorkspace = z.strictObject({
  handle: Handle,
  path: z.string(),
  workspace: Workspace,
  readOnly: z.boolean(),
  /** Why the workspace opened read-only, in words for the banner. */
  readOnlyReason: z.string().optional(),
  /** Set when the file was upgraded from an older format on open. */
  migratedFrom: z.number().optional(),
});
export type OpenedWorkspace = z.infer<typeof OpenedWorkspace>;

export const BACKUP_REASONS = ['periodic', 'close', 'before-migration', 'before-restore'] as const;
export const BackupInfo = z.strictObject({
  id: z.string().max(40),
  createdAt: z.string(),
  size: z.number(),
  reason: z.enum(BACKUP_REASONS),
  workspaceName: z.string(),
  /** Its bytes still match the checksum taken when it was written. */
  intact: z.boolean(),
});
export type BackupInfo = z.infer<typeof BackupInfo>;
export type BackupReason = (typeof BACKUP_REASONS)[number];

export const RecoveryOptions = z.strictObject({
  /** Damaged files moved aside in the workspace folder (never deleted). */
  quarantined: z.array(z.string()),
  workspaceId: z.string().nullable(),
  backups: z.array(BackupInfo),
});
export type RecoveryOptions = z.infer<typeof RecoveryOptions>;

export const AppInfo = z.strictObject({
  version: z.string(),
  platform: z.string(),
  defaultWorkspaceParent: z.string(),
});
export type AppInfo = z.infer<typeof AppInfo>;

/** A board image for the workspace's exports folder: SVG text or PNG bytes, base64-encoded. */
export const BoardImageRequest = z.strictObject({
  handle: Handle,
  format: z.enum(['png', 'svg']),
  scope: z.enum(['board', 'selection']),
  /** Today as the user's calendar shows it, for the file name. */
  day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** 40 MB of image at most (a 1,000-card board at 2× is well under 10 MB). */
  base64: z
    .string()
    .max(56_000_000)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'The image data is not base64.'),
});

/** The day on the title slide and in the file name, from the user's own calendar. */
const CalendarDayInput = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Dates are written as YYYY-MM-DD.');

/** The QBR deck to PDF: the exports folder, or a file the user picked with deck:chooseExportPath. */
export const DeckExportRequest = z.strictObject({
  handle: Handle,
  /** The workspace as the window shows it, unsaved edits included; the saved file when left out. */
  workspace: Workspace.optional(),
  day: CalendarDayInput.optional(),
  path: FsPath.optional(),
});
export const DeckExportResult = z.strictObject({ path: z.string(), pages: z.number(), bytes: z.number() });
export type DeckExportResult = z.infer<typeof DeckExportResult>;

export const AudienceStatus = z.strictObject({
  open: z.boolean(),
  /** Full screen on a display of its own (a projector); false when it shares the laptop's. */
  fullScreen: z.boolean(),
  displays: z.number().int().min(0),
});
export type AudienceStatus = z.infer<typeof AudienceStatus>;

const channel = <Req extends z.ZodType, Res extends z.ZodType>(request: Req, response: Res) => ({
  request,
  response,
});

export const contract = {
  'app:getInfo': channel(Empty, AppInfo),
  'workspace:listRecent': channel(Empty, z.array(RecentEntry)),
  'workspace:pickFolder': channel(z.strictObject({ defaultPath: FsPath.optional() }), FsPath.nullable()),
  'workspace:create': channel(
    z.strictObject({ input: NewWorkspaceInput, parentDir: FsPath }),
    OpenedWorkspace,
  ),
  'workspace:open': channel(z.strictObject({ path: FsPath }), OpenedWorkspace),
  'workspace:pickWorkspace': channel(Empty, FsPath.nullable()),
  'workspace:save': channel(
    z.strictObject({ handle: Handle, workspace: Workspace }),
    z.strictObject({ savedAt: z.string() }),
  ),
  'workspace:rename': channel(
    z.strictObject({ path: FsPath, name: z.string().min(1).max(LIMITS.name) }),
    RecentEntry,
  ),
  'workspace:duplicate': channel(z.strictObject({ path: FsPath }), RecentEntry),
  'workspace:close': channel(z.strictObject({ handle: Handle }), z.null()),
  'workspace:removeRecent': channel(z.strictObject({ path: FsPath }), z.null()),
  'workspace:trash': channel(z.strictObject({ path: FsPath }), z.null()),
  'workspace:history': channel(z.strictObject({ handle: Handle }), z.array(BackupInfo)),
  'workspace:restoreBackup': channel(
    z.strictObject({ handle: Handle, backupId: z.string().min(1).max(40) }),
    OpenedWorkspace,
  ),
  'workspace:recoveryOptions': channel(z.strictObject({ path: FsPath }), RecoveryOptions),
  'workspace:recover': channel(
    z.strictObject({
      path: FsPath,
      workspaceId: z.string().min(1).max(64),
      backupId: z.string().min(1).max(40),
    }),
    OpenedWorkspace,
  ),
  'workspace:reloadFromDisk': channel(z.strictObject({ handle: Handle }), OpenedWorkspace),
  'workspace:readFromDisk': channel(z.strictObject({ handle: Handle }), Workspace),
  'workspace:saveCopy': channel(z.strictObject({ handle: Handle, workspace: Workspace }), OpenedWorkspace),
  'templates:readMirror': channel(Empty, MirrorSnapshot.nullable()),
  'templates:writeMirror': channel(
    z.strictObject({ templates: UserTemplates }),
    z.strictObject({ savedAt: z.string() }),
  ),
  'deck:exportPdf': channel(DeckExportRequest, DeckExportResult),
  'deck:chooseExportPath': channel(
    z.strictObject({
      handle: Handle,
      day: CalendarDayInput.optional(),
      /** A department's name when its brief is exported, for the dialog and the file name. */
      brief: z.string().min(1).max(LIMITS.shortText).optional(),
    }),
    FsPath.nullable(),
  ),
  'deck:showInFolder': channel(z.strictObject({ path: FsPath }), z.null()),
  'board:exportImage': channel(BoardImageRequest, z.strictObject({ path: z.string() })),
  /** The presenter sends what the audience sees; main checks it and passes it on. */
  'stage:show': channel(z.strictObject({ stage: Stage }), z.null()),
  /** The audience window, when it (re)loads: the stage it should show now. */
  'stage:current': channel(Empty, Stage.nullable()),
  'audience:open': channel(Empty, AudienceStatus),
  'audience:close': channel(Empty, AudienceStatus),
  'audience:swap': channel(Empty, AudienceStatus),
  'audience:identify': channel(Empty, z.null()),
  'audience:status': channel(Empty, AudienceStatus),
  /** The networks the room link could listen on, best first (never all of them at once). */
  'room:interfaces': channel(Empty, z.array(RoomInterface)),
  /** Opens the room link for one round (closing one already open); phones vote on it. */
  'room:open': channel(RoomOpenRequest, RoomLink),
  'room:status': channel(Empty, RoomLink.nullable()),
  /** Frees a seat for another phone; false when it was not claimed. */
  'room:releaseSeat': channel(z.strictObject({ participantId: z.string().min(1).max(64) }), z.boolean()),
  /** Closes the link: stopped by the facilitator, or at the reveal (with the results, if chosen). */
  'room:close': channel(RoomCloseRequest, z.null()),
  /** The window's answer to a phone's ballot (ROOM_EVENT `ballot`); false when nobody waits for it. */
  'room:ballotResult': channel(RoomBallotResult, z.boolean()),
  /** The open link's printable seat cards, each with its own QR. */
  'room:seatCards': channel(Empty, z.array(SeatCard)),
  /** Starts the room check on a network (the best one phones can reach when left out). */
  'room:openCheck': channel(
    z.strictObject({ interfaceName: z.string().min(1).max(400).optional() }),
    RoomCheck,
  ),
  'room:closeCheck': channel(Empty, z.null()),
  /** A QR that joins a phone to the laptop's hotspot; nothing is stored or sent anywhere. */
  'room:wifiQr': channel(WifiQrRequest, z.string()),
  /** Writes the next quarter beside the open one; the window applies the returned series link. */
  'series:createNextQuarter': channel(NextQuarterRequest, NextQuarterCreated),
  /** The open workspace's series, oldest quarter first; a broken link is explained, never thrown. */
  'series:quarters': channel(SeriesQuartersRequest, z.array(SeriesQuarter)),
  /** Checks a folder holds the linked previous quarter; the window applies the returned series. */
  'series:repoint': channel(SeriesRepointRequest, SeriesRepointed),
  /** Asks for a folder and writes one ballot file per entry there, never over a file; null when cancelled. */
  'translation:writeBallotFiles': channel(WriteBallotFilesRequest, BallotFilesWritten.nullable()),
  /** Asks for a folder and reads the reply files (*.json) directly in it; null when cancelled. */
  'translation:readReplyFolder': channel(Empty, z.array(ReplyFileRead).nullable()),
} satisfies Record<Channel, { request: z.ZodType; response: z.ZodType }>;

export type Contract = typeof contract;
export type { Channel } from './channels';
export type RequestOf<C extends Channel> = z.infer<Contract[C]['request']>;
export type ResponseOf<C extends Channel> = z.infer<Contract[C]['response']>;
