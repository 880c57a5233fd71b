import { randomUUID } from 'node:crypto';
import { hostname, networkInterfaces, userInfo } from 'node:os';
import { join } from 'node:path';
import { trustedSenderCheck, createDispatcher, type Dispatch } from './ipc/dispatch';
import { createHandlers } from './ipc/handlers';
import { ROOM_EVENT } from '../shared/ipc/channels';
import {
  DeckExportService,
  seriesQuartersLoader,
  type DeckExportProgress,
  type DeckPrinter,
} from './services/deckExport';
import { deckFontCss } from './services/deckFonts';
import type { Dialogs } from './services/dialogs';
import { nodeFsPort, type FsPort } from './services/fsPort';
import { BackupStore } from './services/backupStore';
import { RecentStore } from './services/recentStore';
import {
  loadPhoneAssets,
  PLACEHOLDER_PHONE_ASSETS,
  type InterfaceTable,
  type PhonePage,
} from './services/room';
import { RoomLinkService } from './services/roomLink';
import { SeriesService } from './services/seriesService';
import { StageRelay, type AudienceScreen } from './services/stageRelay';
import { TemplateMirror } from './services/templateMirror';
import { defaultIsPidAlive, HEARTBEAT_EVERY_MS } from './services/workspaceLock';
import { DocumentOutbox } from './services/documentOutbox';
import { workerDecoder } from './services/workspaceDecoder';
import { WorkspaceService } from './services/workspaceService';

export type Platform = {
  fs?: FsPort;
  clock?: () => Date;
  /** The app's data folder (Electron's userData): recents, window state, later backups. */
  dataDir: string;
  documentsDir: string;
  version: string;
  platform: string;
  dialogs: Dialogs;
  trash: (path: string) => Promise<void>;
  trustedOrigins: readonly string[];
  logError?: (channel: string, error: unknown) => void;
  /** Lock identity; defaults to this process on this machine. */
  pid?: number;
  host?: string;
  user?: string;
  isPidAlive?: (pid: number) => boolean;
  /** Prints the deck's static HTML to PDF: a hidden Electron window, or Chromium in tests. */
  printDeckPdf?: DeckPrinter;
  /** "Show in folder" after an export (Electron's shell.showItemInFolder). */
  showItemInFolder?: (path: string) => void;
  onDeckExportProgress?: (progress: DeckExportProgress) => void;
  /** The built workspace-decoding worker: large files are read off the main thread. */
  decodeWorker?: string;
  /** Opened documents go to the window beside the IPC reply (DocumentOutbox); default true. */
  handOverDocuments?: boolean;
  /** The audience window (a second BrowserWindow, or a second page in tests); none by default. */
  audience?: AudienceScreen;
  /** Sends an event to the facilitator's window; false when it is not there. None by default. */
  toPresenter?: (event: string, payload: unknown) => boolean;
  /** The built phone page (out/phone); without it phones get a page saying it is not built. */
  phonePageDir?: string;
  /** The built ballot file page (out/ballot-file); without it the translation check writes no ballots. */
  ballotFileDir?: string;
  /** The laptop's networks, for the room link; `os.networkInterfaces` by default. */
  networkInterfaces?: () => InterfaceTable;
};

export type AppCore = {
  dispatch: Dispatch;
  workspaces: WorkspaceService;
  /** The room link phones vote over. */
  room: RoomLinkService;
  /** A document an IPC reply handed over (app://offsite/documents/<token>), once. */
  takeDocument: (token: string) => Uint8Array | undefined;
  /** Stops the lock heartbeat and releases every lock (app quit). */
  dispose: () => Promise<void>;
};

/**
 * Wires the services from the platform pieces. The Electron entry passes Electron's
 * dialogs and `shell.trashItem`; the browser test harness passes fakes and temp folders,
 * and so exercises exactly this code.
 */
export function createAppCore(p: Platform): AppCore {
  const fs = p.fs ?? nodeFsPort;
  const clock = p.clock ?? (() => new Date());
  const recents = new RecentStore(fs, p.dataDir);
  const decoder = p.decodeWorker ? workerDecoder(p.decodeWorker) : undefined;
  const outbox = new DocumentOutbox();
  const workspaces = new WorkspaceService({
    ...(decoder ? { decoder } : {}),
    fs,
    clock,
    newId: randomUUID,
    recents,
    backups: new BackupStore(fs, join(p.dataDir, 'backups'), clock),
    trash: p.trash,
    pid: p.pid ?? process.pid,
    host: p.host ?? hostname(),
    user: p.user ?? safeUserName(),
    isPidAlive: p.isPidAlive ?? defaultIsPidAlive,
    documentsDir: p.documentsDir,
  });
  const heartbeat = setInterval(() => void workspaces.heartbeat().catch(() => undefined), HEARTBEAT_EVERY_MS);
  heartbeat.unref();
  const stage = new StageRelay(p.audience ?? null);
  const toPresenter = p.toPresenter;
  const phonePageDir = p.phonePageDir;
  const room = new RoomLinkService({
    workspaces,
    networkInterfaces: p.networkInterfaces ?? networkInterfaces,
    loadAssets: () =>
      phonePageDir === undefined ? Promise.resolve(NO_PHONE_PAGE) : loadPhoneAssets(phonePageDir),
    toWindow: (event) => toPresenter?.(ROOM_EVENT, event) ?? false,
  });
  // One series service for its own channels and for the trend slides of an exported deck.
  const series = new SeriesService({ fs, recents, workspaces, newId: randomUUID, clock });
  const handlers = createHandlers({
    stage,
    room,
    series,
    fs,
    workspaces,
    recents,
    dialogs: p.dialogs,
    templateMirror: new TemplateMirror(fs, p.dataDir, clock),
    ...(p.ballotFileDir === undefined ? {} : { ballotFileDir: p.ballotFileDir }),
    ...(p.printDeckPdf
      ? {
          deckExport: new DeckExportService({
            fs,
            clock,
            printToPdf: p.printDeckPdf,
            fontFaceCss: deckFontCss(fs),
            chooseSaveFile: p.dialogs.chooseSaveFile,
            showItemInFolder: p.showItemInFolder ?? (() => undefined),
            loadSeries: seriesQuartersLoader(series),
            ...(p.onDeckExportProgress ? { onProgress: p.onDeckExportProgress } : {}),
          }),
        }
      : {}),
    info: {
      version: p.version,
      platform: p.platform,
      defaultWorkspaceParent: join(p.documentsDir, 'Offsite'),
    },
  });
  const dispatch = createDispatcher(handlers, {
    isTrustedSender: trustedSenderCheck(p.trustedOrigins),
    ...(p.logError ? { logError: p.logError } : {}),
    ...(p.handOverDocuments === false
      ? {}
      : { replyOnWire: (value: unknown, senderUrl: string | undefined) => outbox.onWire(value, senderUrl) }),
  });
  return {
    dispatch,
    workspaces,
    room,
    takeDocument: (token) => outbox.take(token),
    dispose: async () => {
      clearInterval(heartbeat);
      // The phones are told the link closed before the workspaces they vote into close.
      await room.close('stopped').catch(() => undefined);
      await room.closeCheck().catch(() => undefined);
      await workspaces.closeAll();
      await decoder?.close();
    },
  };
}

const NO_PHONE_PAGE: PhonePage = {
  built: false,
  assets: PLACEHOLDER_PHONE_ASSETS,
  message: 'Offsite was started without the phone page: phones can join but not vote.',
};

function safeUserName(): string {
  try {
    return userInfo().username;
  } catch {
    return '';
  }
}
