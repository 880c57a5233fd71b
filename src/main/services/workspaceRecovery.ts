import { resolve } from 'node:path';
import type { RecoveryOptions } from '../../shared/ipc/contract';
import type { BackupStore } from './backupStore';
import type { FsPort } from './fsPort';
import { ServiceError } from './serviceError';
import type { WorkspaceDecoder } from './workspaceDecoder';
import type { Migration } from '../../shared/domain/workspace';
import {
  decodeBackup,
  QUARANTINE_PATTERN,
  quarantineWorkspaceFile,
  readWorkspaceFile,
  writeWorkspaceFile,
  type LoadedWorkspace,
} from './workspaceFile';

export type RecoveryDeps = { fs: FsPort; backups: BackupStore; clock: () => Date };

/** Reads the workspace file; a damaged one is moved aside (never deleted) and the error says so. */
export async function readOrQuarantine(
  deps: RecoveryDeps,
  dir: string,
  decode: WorkspaceDecoder,
): Promise<LoadedWorkspace> {
  try {
    return await readWorkspaceFile(deps.fs, dir, decode);
  } catch (error) {
    if (!(error instanceof ServiceError) || (error.code !== 'CORRUPT' && error.code !== 'INVALID'))
      throw error;
    let movedTo: string;
    try {
      movedTo = await quarantineWorkspaceFile(deps.fs, dir, deps.clock());
    } catch {
      // A read-only folder: report the damage, move nothing.
      throw new ServiceError(error.code, `${error.message} The file has not been changed.`, error.details);
    }
    const found = await deps.backups.findByPath(dir);
    const newest = found?.backups.find((b) => b.intact);
    const offer = newest
      ? ` A backup from ${new Date(newest.createdAt).toLocaleString()} can be restored.`
      : ' No backup of this workspace was found on this computer: open a copy you keep elsewhere, or create a new workspace.';
    throw new ServiceError(
      'CORRUPT',
      `${error.message} The damaged file was kept, unchanged, as ${movedTo} in the workspace folder.${offer}`,
      error.details,
    );
  }
}

/** What a folder whose workspace could not be opened can be brought back from. */
export async function recoveryOptions(deps: RecoveryDeps, dir: string): Promise<RecoveryOptions> {
  const names = await deps.fs.readdir(dir).catch(() => [] as string[]);
  const found = await deps.backups.findByPath(dir);
  return {
    quarantined: names.filter((n) => QUARANTINE_PATTERN.test(n)).sort(),
    workspaceId: found?.workspaceId ?? null,
    backups: found?.backups ?? [],
  };
}

/**
 * A backup goes back only into the folder it was made from, or into an empty folder the
 * user picked: never over whatever else happens to be in a folder the renderer names.
 */
export async function refuseForeignFolder(
  deps: RecoveryDeps,
  dir: string,
  workspaceId: string,
  backupId: string,
): Promise<void> {
  const recorded = await deps.backups.recordedPath(workspaceId, backupId);
  if (recorded === null) throw new ServiceError('NOT_FOUND', 'That backup does not exist any more.');
  if (resolve(recorded) === dir) return;
  const entries = await deps.fs.readdir(dir).catch(() => [] as string[]);
  if (entries.length > 0) {
    throw new ServiceError(
      'FORBIDDEN',
      'This backup belongs to another folder. Restore it into its own workspace folder, or into a new, empty folder. Nothing was written.',
    );
  }
}

/**
 * Writes a backup into a folder whose workspace file is damaged (moved aside first) or
 * missing; never over a readable workspace, never into another workspace's folder.
 */
export async function recoverInto(
  deps: RecoveryDeps,
  dir: string,
  from: { workspaceId: string; backupId: string },
  decode: WorkspaceDecoder,
  migrations: readonly Migration[],
): Promise<void> {
  const existing = await readWorkspaceFile(deps.fs, dir, decode).then(
    () => 'readable',
    (e: ServiceError) => (e.code === 'NOT_A_WORKSPACE' ? 'none' : 'damaged'),
  );
  if (existing === 'readable') {
    throw new ServiceError(
      'EXISTS',
      'This folder holds a readable workspace: open it and restore from its History.',
    );
  }
  await refuseForeignFolder(deps, dir, from.workspaceId, from.backupId);
  if (existing === 'damaged') await readOrQuarantine(deps, dir, decode).catch(() => undefined); // moves it aside
  const workspace = decodeBackup(await deps.backups.read(from.workspaceId, from.backupId), migrations);
  await writeWorkspaceFile(deps.fs, dir, workspace);
}
