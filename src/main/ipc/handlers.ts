import type { AppInfo, Channel, RequestOf, ResponseOf } from '../../shared/ipc/contract';
import type { DeckExportService } from '../services/deckExport';
import type { Dialogs } from '../services/dialogs';
import type { FsPort } from '../services/fsPort';
import type { RecentStore } from '../services/recentStore';
import { exportBoardImage } from './boardImageHandler';
import { roomHandlers } from './roomHandlers';
import { seriesHandlers } from './seriesHandlers';
import { translationHandlers } from './translationHandlers';
import type { RoomLinkService } from '../services/roomLink';
import type { SeriesService } from '../services/seriesService';
import { ServiceError } from '../services/serviceError';
import { StageRelay } from '../services/stageRelay';
import type { TemplateMirror } from '../services/templateMirror';
import type { WorkspaceService } from '../services/workspaceService';

export type AppServices = {
  workspaces: WorkspaceService;
  recents: RecentStore;
  dialogs: Dialogs;
  info: AppInfo;
  /** For exports written beside a workspace; defaults to the real file system. */
  fs?: FsPort;
  /** The disk copy of the user's templates; tests of workspace channels alone leave it out. */
  templateMirror?: TemplateMirror;
  /** The QBR deck to PDF; absent where no printer is wired. */
  deckExport?: DeckExportService;
  /** What the audience window shows; tests of other channels leave it out (no audience). */
  stage?: StageRelay;
  /** The room link (phones vote over the room's network); tests of other channels leave it out. */
  room?: RoomLinkService;
  /** Quarter series; made over `workspaces`, `recents` and `fs` when left out. */
  series?: SeriesService;
  /** The built ballot file page (out/ballot-file); without it ballot files are refused in words. */
  ballotFileDir?: string;
};

export type HandlerMap = { [C in Channel]: (request: RequestOf<C>) => Promise<ResponseOf<C>> };

/**
 * One thin handler per channel: validation already happened in the dispatcher, the
 * work happens in the services. The `satisfies` makes a missing channel a compile error.
 */
export function createHandlers(s: AppServices): HandlerMap {
  const stage = s.stage ?? new StageRelay(null);
  return {
    'app:getInfo': () => Promise.resolve(s.info),
    'workspace:listRecent': () => s.recents.list(),
    'workspace:pickFolder': ({ defaultPath }) =>
      s.dialogs.chooseParentFolder(defaultPath ?? s.info.defaultWorkspaceParent),
    'workspace:create': ({ input, parentDir }) => s.workspaces.create(input, parentDir),
    'workspace:open': ({ path }) => s.workspaces.openFolder(path),
    'workspace:pickWorkspace': () => s.dialogs.chooseWorkspaceFolder(s.info.defaultWorkspaceParent),
    'workspace:save': ({ handle, workspace }) => s.workspaces.save(handle, workspace),
    'workspace:rename': ({ path, name }) => s.workspaces.rename(path, name),
    'workspace:duplicate': ({ path }) => s.workspaces.duplicate(path),
    'workspace:close': async ({ handle }) => {
      // The phones' link ends with the document they vote into.
      await s.room?.workspaceClosing(handle);
      await s.workspaces.close(handle);
      return null;
    },
    'workspace:removeRecent': async ({ path }) => {
      await s.recents.remove(path);
      return null;
    },
    'workspace:trash': async ({ path }) => {
      await s.workspaces.trash(path);
      return null;
    },
    'workspace:history': ({ handle }) => s.workspaces.history(handle),
    'workspace:restoreBackup': ({ handle, backupId }) => s.workspaces.restoreBackup(handle, backupId),
    'workspace:recoveryOptions': ({ path }) => s.workspaces.recoveryOptions(path),
    'workspace:recover': ({ path, workspaceId, backupId }) =>
      s.workspaces.recover(path, workspaceId, backupId),
    'workspace:reloadFromDisk': ({ handle }) => s.workspaces.reloadFromDisk(handle),
    'workspace:readFromDisk': ({ handle }) => s.workspaces.readFromDisk(handle),
    'workspace:saveCopy': async ({ handle, workspace }) => {
      const copy = await s.workspaces.saveCopy(handle, workspace);
      // Keeping a copy closed the original, and with it ends the room link opened over it.
      await s.room?.workspaceClosing(handle);
      return copy;
    },
    'templates:readMirror': () => mirror(s).read(),
    'templates:writeMirror': ({ templates }) => mirror(s).write(templates),
    'deck:exportPdf': async ({ handle, workspace, day, path }) =>
      deckExport(s).exportPdf(
        s.workspaces.folderOf(handle),
        workspace ?? (await s.workspaces.readFromDisk(handle)),
        { handle, ...(day ? { day } : {}), ...(path ? { path } : {}) },
      ),
    'deck:chooseExportPath': ({ handle, day, brief }) =>
      deckExport(s).chooseExportPath(s.workspaces.folderOf(handle), day, brief),
    'deck:showInFolder': ({ path }) => {
      deckExport(s).showInFolder(path);
      return Promise.resolve(null);
    },
    'board:exportImage': (request) => exportBoardImage(s, request),
    'stage:show': (request) => Promise.resolve(stage.show(request.stage)),
    'stage:current': () => Promise.resolve(stage.current()),
    'audience:open': () => stage.open(),
    'audience:close': () => stage.close(),
    'audience:swap': () => stage.swap(),
    'audience:identify': () => stage.identify(),
    'audience:status': () => Promise.resolve(stage.status()),
    ...roomHandlers(s.room),
    ...seriesHandlers(s),
    ...translationHandlers(s),
  } satisfies HandlerMap;
}

function mirror(s: AppServices): TemplateMirror {
  if (!s.templateMirror)
    throw new ServiceError('INTERNAL', 'The copy of your templates on disk is not available.');
  return s.templateMirror;
}

function deckExport(s: AppServices): DeckExportService {
  if (!s.deckExport) throw new ServiceError('INTERNAL', 'PDF export is not available.');
  return s.deckExport;
}
