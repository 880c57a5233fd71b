import { mkdir, readFile, rename } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { createHandlers, type AppServices, type HandlerMap } from '../../src/main/ipc/handlers';
import { nodeFsPort, type FsPort } from '../../src/main/services/fsPort';
import { BackupStore } from '../../src/main/services/backupStore';
import { RecentStore } from '../../src/main/services/recentStore';
import { WorkspaceService } from '../../src/main/services/workspaceService';
import type { Migration, Workspace } from '../../src/shared/domain/workspace';
import { makeTempDir } from './tempDir';

/** A workspace service over real temp folders, with a controllable clock and a trash folder. */
export type ServiceOptions = {
  fs?: FsPort;
  /** Lock identity: by default this test process on this machine. */
  pid?: number;
  host?: string;
  isPidAlive?: (pid: number) => boolean;
  /** Share the app-data folder of another instance (a second window of the same app). */
  dataDir?: string;
  migrations?: readonly Migration[];
};

export async function makeServices(options: ServiceOptions = {}) {
  const root = await makeTempDir('offsite-svc-');
  const documents = join(root.path, 'Documents');
  const dataDir = options.dataDir ?? join(root.path, 'userData');
  const trashDir = join(root.path, 'Trash');
  await Promise.all([mkdir(documents), mkdir(dataDir, { recursive: true }), mkdir(trashDir)]);
  let now = new Date('2026-11-21T09:00:00Z');
  let ids = 0;
  const fs = options.fs ?? nodeFsPort;
  const clock = () => now;
  const recents = new RecentStore(nodeFsPort, dataDir);
  const backups = new BackupStore(nodeFsPort, join(dataDir, 'backups'), clock);
  const workspaces = new WorkspaceService({
    fs,
    clock,
    newId: () => `id-${++ids}`,
    recents,
    backups,
    trash: (path) => rename(path, join(trashDir, basename(path))),
    pid: options.pid ?? process.pid,
    host: options.host ?? 'test-host',
    user: 'tester',
    isPidAlive: options.isPidAlive ?? (() => true),
    documentsDir: documents,
    ...(options.migrations ? { migrations: options.migrations } : {}),
  });
  return {
    root: root.path,
    documents,
    dataDir,
    trashDir,
    recents,
    backups,
    workspaces,
    advance: (ms: number) => {
      now = new Date(now.getTime() + ms);
    },
    cleanup: root.cleanup,
  };
}

export const sampleInput = {
  name: 'Q1 2027 Leadership Offsite',
  kind: 'offsite',
  period: '2027-Q1',
  organisation: 'Acme',
} as const;

/** The workspace file in `dir`, parsed: what is really on disk. */
export const readWorkspaceJson = async (dir: string) =>
  JSON.parse(await readFile(join(dir, 'workspace.json'), 'utf8')) as Workspace;

/** The error a service call failed with (its code and message), or null if it succeeded. */
export const failureOf = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (e: { code: string; message: string }) => e,
  );

/** The real IPC handlers over these services, with dialogs that are always cancelled. */
export function handlersOver(
  s: Awaited<ReturnType<typeof makeServices>>,
  extra: Partial<AppServices> = {},
): HandlerMap {
  return createHandlers({
    workspaces: s.workspaces,
    recents: s.recents,
    dialogs: {
      chooseParentFolder: () => Promise.resolve(null),
      chooseWorkspaceFolder: () => Promise.resolve(null),
    },
    info: { version: '1.0.0', platform: 'linux', defaultWorkspaceParent: s.documents },
    ...extra,
  });
}
