import { basename, join, resolve } from 'node:path';
import type { RecentEntry } from '../../shared/ipc/contract';
import type { Workspace } from '../../shared/domain/workspace';
import { isTempFileName } from './atomicWrite';
import type { BackupStore } from './backupStore';
import { folderNameFor, uniqueChild } from './folderNames';
import type { RecentStore } from './recentStore';
import { fromFsError, ServiceError } from './serviceError';
import { readWorkspaceFile, WORKSPACE_FILE, writeWorkspaceFile, type LoadedWorkspace } from './workspaceFile';
import type { WorkspaceDecoder } from './workspaceDecoder';
import { describeHolder, isStale, LOCK_FILE, readLock, type LockDeps } from './workspaceLock';

export type FolderOpsDeps = LockDeps & {
  newId: () => string;
  recents: RecentStore;
  backups: BackupStore;
  trash: (path: string) => Promise<void>;
  /** Open in this process? */
  isOpenHere: (dir: string) => boolean;
  /** Where a copy goes when the original's parent folder is gone. */
  documentsDir?: string;
  decode?: WorkspaceDecoder;
};

/** Rename, duplicate and trash act on closed workspaces only: here, or in any other Offsite. */
export async function assertClosed(deps: FolderOpsDeps, dir: string, action: string): Promise<void> {
  if (deps.isOpenHere(dir)) throw new ServiceError('IN_USE', `Close the workspace before you ${action} it.`);
  const lock = await readLock(deps.fs, dir);
  if (lock && lock !== 'unreadable' && !isStale(lock, deps)) {
    throw new ServiceError('IN_USE', `${describeHolder(lock)} Ask them to close it before you ${action} it.`);
  }
}

/**
 * Rename and duplicate rewrite the workspace file in today's format. A file from a newer
 * Offsite would lose every field this version does not know, so they refuse it instead
 * (its bytes stay exactly as they are).
 */
function refuseNewer(loaded: LoadedWorkspace, action: string): void {
  if (loaded.newerVersion === undefined) return;
  throw new ServiceError(
    'TOO_NEW',
    `A newer version of Offsite saved this workspace (format ${loaded.newerVersion}), so this version cannot ${action} it without losing what it does not know. Nothing was changed: ${action} it in the newer Offsite, or update this one.`,
  );
}

export async function renameWorkspace(deps: FolderOpsDeps, dir: string, name: string): Promise<RecentEntry> {
  await assertClosed(deps, dir, 'rename');
  const trimmed = name.trim();
  if (trimmed.length === 0) throw new ServiceError('BAD_REQUEST', 'A workspace needs a name.');
  const loaded = await readWorkspaceFile(deps.fs, dir, deps.decode);
  refuseNewer(loaded, 'rename');
  if (loaded.migrated) {
    // The rename is this file's first write in the new format: keep the original first, as opening does.
    const { id, name: oldName } = loaded.workspace;
    await deps.backups.snapshot({ id, name: oldName, path: dir }, loaded.bytes, 'before-migration');
  }
  const renamed = { ...loaded.workspace, name: trimmed, updatedAt: deps.clock().toISOString() };
  await writeWorkspaceFile(deps.fs, dir, renamed);
  await deps.recents.update(dir, { name: trimmed });
  return { ...entryFor(dir, renamed, deps.clock()), missing: false };
}

export async function duplicateWorkspace(deps: FolderOpsDeps, source: string, suffix = '(copy)') {
  const { fs } = deps;
  const loaded = await readWorkspaceFile(fs, source, deps.decode);
  refuseNewer(loaded, 'duplicate');
  const name = `${loaded.workspace.name} ${suffix}`.slice(0, 200);
  const target = await uniqueChild(fs, join(source, '..'), folderNameFor(name));
  const skip = new Set([resolve(join(source, WORKSPACE_FILE)), resolve(join(source, LOCK_FILE))]);
  try {
    // Everything the folder holds (exports, attachments) except the workspace file, which
    // is rewritten with a new identity, the lock, which belongs to the original, and
    // temp files left by an interrupted save.
    await fs.cp(source, target, {
      recursive: true,
      errorOnExist: true,
      force: false,
      filter: (src) => !skip.has(resolve(src)) && !isTempFileName(basename(src)),
    });
    const now = deps.clock().toISOString();
    const copy = { ...loaded.workspace, id: deps.newId(), name, createdAt: now, updatedAt: now };
    await writeWorkspaceFile(fs, target, copy);
    await deps.recents.touch(entryFor(target, copy, deps.clock())).catch(() => undefined);
    return { path: target, workspace: copy };
  } catch (error) {
    await fs.rm(target, { recursive: true, force: true }).catch(() => undefined);
    throw fromFsError(error, 'duplicate the workspace', target);
  }
}

/**
 * "Save my changes as a copy": a new workspace beside the original (which stays as it
 * is), or, when the folder that held it is gone too, in the documents folder, so edits
 * that can no longer go to the original always have somewhere to go.
 */
export async function writeCopy(deps: FolderOpsDeps, originalDir: string, mine: Workspace): Promise<string> {
  const { fs } = deps;
  const beside = join(originalDir, '..');
  const parent = (await fs.stat(beside).then(
    (st) => st.isDirectory(),
    () => false,
  ))
    ? beside
    : deps.documentsDir;
  if (parent === undefined) {
    throw new ServiceError(
      'NOT_FOUND',
      'The folder that held this workspace is gone. Choose where to keep your copy.',
    );
  }
  const name = `${mine.name} (my version)`.slice(0, 200);
  const dir = await uniqueChild(fs, parent, folderNameFor(name));
  try {
    await fs.mkdir(dir, { recursive: true });
  } catch (error) {
    throw fromFsError(error, 'save your version as a copy', parent);
  }
  const now = deps.clock().toISOString();
  await writeWorkspaceFile(fs, dir, { ...mine, id: deps.newId(), name, createdAt: now, updatedAt: now });
  return dir;
}

export async function trashWorkspace(deps: FolderOpsDeps, dir: string): Promise<void> {
  await assertClosed(deps, dir, 'move to the trash');
  await readWorkspaceFile(deps.fs, dir, deps.decode); // only ever trash a real workspace folder
  try {
    await deps.trash(dir);
  } catch (error) {
    throw fromFsError(error, 'move the workspace to the trash', dir);
  }
  await deps.recents.remove(dir);
}

export function entryFor(
  dir: string,
  w: { name: string; kind: RecentEntry['kind']; period: string; organisation: string },
  now: Date,
): Omit<RecentEntry, 'missing'> {
  return {
    path: dir,
    name: w.name,
    kind: w.kind,
    period: w.period,
    organisation: w.organisation,
    lastOpenedAt: now.toISOString(),
  };
}
