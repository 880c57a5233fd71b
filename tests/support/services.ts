import { mkdir, rename } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { nodeFsPort, type FsPort } from '../../src/main/services/fsPort';
import { RecentStore } from '../../src/main/services/recentStore';
import { WorkspaceService } from '../../src/main/services/workspaceService';
import { makeTempDir } from './tempDir';

/** A workspace service over real temp folders, with a controllable clock and a trash folder. */
export async function makeServices(options: { fs?: FsPort } = {}) {
  const root = await makeTempDir('offsite-svc-');
  const documents = join(root.path, 'Documents');
  const dataDir = join(root.path, 'userData');
  const trashDir = join(root.path, 'Trash');
  await Promise.all([mkdir(documents), mkdir(dataDir), mkdir(trashDir)]);
  let now = new Date('2026-11-21T09:00:00Z');
  let ids = 0;
  const fs = options.fs ?? nodeFsPort;
  const recents = new RecentStore(nodeFsPort, dataDir);
  const workspaces = new WorkspaceService({
    fs,
    clock: () => now,
    newId: () => `id-${++ids}`,
    recents,
    trash: (path) => rename(path, join(trashDir, basename(path))),
  });
  return {
    root: root.path,
    documents,
    dataDir,
    trashDir,
    recents,
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
