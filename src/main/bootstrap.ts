import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { trustedSenderCheck, createDispatcher, type Dispatch } from './ipc/dispatch';
import { createHandlers } from './ipc/handlers';
import type { Dialogs } from './services/dialogs';
import { nodeFsPort, type FsPort } from './services/fsPort';
import { RecentStore } from './services/recentStore';
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
};

/**
 * Wires the services from the platform pieces. The Electron entry passes Electron's
 * dialogs and `shell.trashItem`; the browser test harness passes fakes and temp folders,
 * and so exercises exactly this code.
 */
export function createAppCore(p: Platform): { dispatch: Dispatch; workspaces: WorkspaceService } {
  const fs = p.fs ?? nodeFsPort;
  const clock = p.clock ?? (() => new Date());
  const recents = new RecentStore(fs, p.dataDir);
  const workspaces = new WorkspaceService({ fs, clock, newId: randomUUID, recents, trash: p.trash });
  const handlers = createHandlers({
    workspaces,
    recents,
    dialogs: p.dialogs,
    info: {
      version: p.version,
      platform: p.platform,
      defaultWorkspaceParent: join(p.documentsDir, 'Offsite'),
    },
  });
  const dispatch = createDispatcher(handlers, {
    isTrustedSender: trustedSenderCheck(p.trustedOrigins),
    ...(p.logError ? { logError: p.logError } : {}),
  });
  return { dispatch, workspaces };
}
