import { isAbsolute, join, resolve } from 'node:path';
import {
  createWorkspace,
  encodeWorkspace,
  MIGRATIONS,
  NewWorkspaceInput,
  Workspace,
  type Migration,
  type NewWorkspaceInput as NewInput,
} from '../../shared/domain/workspace';
import type { BackupInfo, OpenedWorkspace, RecentEntry, RecoveryOptions } from '../../shared/ipc/contract';
import type { BackupStore } from './backupStore';
import { folderNameFor, uniqueChild } from './folderNames';
import type { RecentStore } from './recentStore';
import { fromFsError, ServiceError } from './serviceError';
import { KeyedQueue } from './keyedQueue';
import {
  inlineDecoder,
  openedFromDocument,
  type WorkspaceDecoder,
  type WorkspaceSummary,
} from './workspaceDecoder';
import { readOrQuarantine, recoverInto, recoveryOptions } from './workspaceRecovery';
import {
  canWrite,
  decodeBackup,
  changedOnDisk,
  readWorkspaceBytes,
  readWorkspaceFile,
  sweepStaleTemps,
  WORKSPACE_FILE,
  writeWorkspaceFile,
  writeEncodedWorkspace,
  type Fingerprint,
  type LoadedWorkspace,
} from './workspaceFile';
import {
  duplicateWorkspace,
  entryFor,
  writeCopy,
  renameWorkspace,
  trashWorkspace,
  type FolderOpsDeps,
} from './workspaceFolderOps';
import {
  acquireLock,
  describeHolder,
  holdsLock,
  lostLockReason,
  refreshLock,
  releaseLock,
  type LockDeps,
  type LockInfo,
} from './workspaceLock';

export const BACKUP_EVERY_MS = 5 * 60_000;

export type WorkspaceServiceDeps = LockDeps & {
  newId: () => string;
  recents: RecentStore;
  backups: BackupStore;
  /** Moves a folder to the OS trash (Electron's `shell.trashItem`), never a hard delete. */
  trash: (path: string) => Promise<void>;
  migrations?: readonly Migration[];
  /** Where "save my changes as a copy" goes when the workspace's own parent folder is gone. */
  documentsDir?: string;
  /** Reads workspace files (a worker thread in the app); in-process with `migrations` by default. */
  decoder?: WorkspaceDecoder;
};

type OpenState = {
  dir: string;
  id: string;
  name: string;
  readOnly: boolean;
  readOnlyReason?: string;
  fingerprint: Fingerprint;
  lock: LockInfo | null;
  lastBackupAt: number;
  changedSinceBackup: boolean;
};

/**
 * Workspaces as folders on disk. The renderer refers to an open workspace by an opaque
 * handle, so a save can only ever write the folder that was opened, never a path the
 * renderer makes up. Every write is atomic; before each one the file is checked against
 * what was loaded (D5) and the lock against its owner (D6).
 */
export class WorkspaceService {
  private readonly open = new Map<string, OpenState>();
  private readonly folderOps: FolderOpsDeps;
  /** Every write to a workspace folder goes through here, one at a time per folder. */
  private readonly writes = new KeyedQueue();

  private readonly decode: WorkspaceDecoder;

  constructor(private readonly deps: WorkspaceServiceDeps) {
    this.decode = deps.decoder ?? inlineDecoder(deps.migrations ?? MIGRATIONS);
    this.folderOps = { ...deps, decode: this.decode, isOpenHere: (dir) => this.isOpen(dir) };
  }

  async create(input: NewInput, parentDir: string): Promise<OpenedWorkspace> {
    const checked = NewWorkspaceInput.parse(input);
    const parent = absolute(parentDir);
    const { fs } = this.deps;
    let dir: string;
    try {
      await fs.mkdir(parent, { recursive: true });
      dir = await uniqueChild(fs, parent, folderNameFor(checked.name));
      await fs.mkdir(dir);
    } catch (error) {
      throw fromFsError(error, 'create the workspace', parent);
    }
    const workspace = createWorkspace(checked, this.deps.newId(), this.deps.clock());
    await writeWorkspaceFile(fs, dir, workspace);
    return this.openFolder(dir);
  }

  async openFolder(path: string): Promise<OpenedWorkspace> {
    const dir = absolute(path);
    const { fs } = this.deps;
    const loaded = await this.readOrQuarantine(dir);
    // Only the summary here: the document itself goes to the window as text (see describe).
    const { summary } = loaded;
    let readOnlyReason: string | undefined;
    let lock: LockInfo | null = null;
    if (loaded.newerVersion !== undefined) {
      readOnlyReason = `A newer version of Offsite saved this workspace (format ${loaded.newerVersion}). It is read-only here; update Offsite to edit it.`;
    } else if (!(await canWrite(fs, dir))) {
      readOnlyReason =
        'You do not have permission to change files in this folder, so it is open read-only. Duplicate it into a folder of yours to edit it.';
    } else {
      const outcome = await acquireLock(this.deps, dir);
      if (outcome.acquired) {
        lock = outcome.lock;
        await sweepStaleTemps(fs, dir); // the only writer now: no save of ours is under way
      } else readOnlyReason = `${describeHolder(outcome.holder)} It is read-only here until they close it.`;
    }
    let fingerprint = loaded.fingerprint;
    if (loaded.migrated && lock) {
      fingerprint = await this.writes.run(dir, async () => {
        // Keep the original bytes before the first write in the new format.
        await this.deps.backups.snapshot(
          { id: summary.id, name: summary.name, path: dir },
          loaded.bytes,
          'before-migration',
        );
        return loaded.upgraded
          ? writeEncodedWorkspace(fs, dir, loaded.upgraded)
          : writeWorkspaceFile(fs, dir, loaded.workspace);
      });
    }
    await this.remember(dir, summary);
    const handle = this.deps.newId();
    this.open.set(handle, {
      dir,
      id: summary.id,
      name: summary.name,
      readOnly: readOnlyReason !== undefined,
      ...(readOnlyReason ? { readOnlyReason } : {}),
      fingerprint,
      lock,
      lastBackupAt: 0,
      changedSinceBackup: false,
    });
    return this.describe(handle, loaded, loaded.migrated ? loaded.fromVersion : undefined);
  }

  async save(handle: string, workspace: Workspace): Promise<{ savedAt: string }> {
    return this.writes.run(this.stateOf(handle).dir, () => this.saveNow(handle, workspace));
  }

  private async saveNow(handle: string, workspace: Workspace): Promise<{ savedAt: string }> {
    const state = await this.writableState(handle);
    const checked = Workspace.parse(workspace);
    const { fs } = this.deps;
    if (await changedOnDisk(fs, state.dir, state.fingerprint)) {
      throw new ServiceError(
        'CONFLICT',
        'The workspace file was changed outside Offsite since it was opened. Nothing was overwritten.',
      );
    }
    const now = this.deps.clock();
    const saved = { ...checked, updatedAt: now.toISOString() };
    state.fingerprint = await writeWorkspaceFile(fs, state.dir, saved);
    state.name = saved.name;
    // A clock set back makes the elapsed time negative: take the backup then too, or
    // hours of work would wait for the clock to catch up.
    const elapsed = now.getTime() - state.lastBackupAt;
    if (elapsed < 0 || elapsed >= BACKUP_EVERY_MS) {
      await this.backup(state, encodeWorkspace(saved), 'periodic', now);
    } else {
      state.changedSinceBackup = true;
    }
    const { name, period, kind, organisation } = saved;
    await this.deps.recents.update(state.dir, { name, period, kind, organisation }).catch(() => undefined);
    return { savedAt: saved.updatedAt };
  }

  async close(handle: string): Promise<void> {
    const state = this.open.get(handle);
    if (!state) return;
    this.open.delete(handle);
    // After the saves already queued, so the close backup holds the last of them.
    await this.writes.run(state.dir, () => this.closeNow(state));
  }

  private async closeNow(state: OpenState): Promise<void> {
    try {
      if (state.changedSinceBackup && state.lock) {
        const bytes = await readWorkspaceBytes(this.deps.fs, join(state.dir, WORKSPACE_FILE));
        await this.backup(state, bytes, 'close', this.deps.clock());
      }
    } finally {
      if (state.lock) await releaseLock(this.deps.fs, state.dir, state.lock.token);
    }
  }

  async closeAll(): Promise<void> {
    for (const handle of [...this.open.keys()]) await this.close(handle).catch(() => undefined);
  }

  /** Every 10 s: keep our locks fresh, and notice one taken over while the laptop slept. */
  async heartbeat(): Promise<void> {
    for (const state of this.open.values()) {
      if (!state.lock) continue;
      const refreshed = await refreshLock(this.deps, state.dir, state.lock).catch(() => state.lock);
      if (refreshed) state.lock = refreshed;
      else await this.loseLock(state);
    }
  }

  async history(handle: string): Promise<BackupInfo[]> {
    return this.deps.backups.list(this.stateOf(handle).id);
  }

  /**
   * Puts a backup back; what is on disk now is backed up first, so a restore is undoable.
   * Queued behind the saves already sent, so that backup holds the last of them.
   */
  async restoreBackup(handle: string, backupId: string): Promise<OpenedWorkspace> {
    return this.writes.run(this.stateOf(handle).dir, () => this.restoreNow(handle, backupId));
  }

  private async restoreNow(handle: string, backupId: string): Promise<OpenedWorkspace> {
    const state = await this.writableState(handle);
    const restored = decodeBackup(await this.deps.backups.read(state.id, backupId), this.migrations);
    const current = await readWorkspaceBytes(this.deps.fs, join(state.dir, WORKSPACE_FILE)).catch(() => null);
    if (current) await this.backup(state, current, 'before-restore', this.deps.clock());
    const workspace = { ...restored, id: state.id };
    state.fingerprint = await writeWorkspaceFile(this.deps.fs, state.dir, workspace);
    state.changedSinceBackup = false;
    return this.describe(handle, workspace);
  }

  recoveryOptions(path: string): Promise<RecoveryOptions> {
    return recoveryOptions(this.deps, absolute(path));
  }

  /** Writes a backup into a folder whose workspace file was damaged (and moved aside), then opens it. */
  async recover(path: string, workspaceId: string, backupId: string): Promise<OpenedWorkspace> {
    const dir = absolute(path);
    if (this.isOpen(dir)) throw new ServiceError('IN_USE', 'Close the workspace before restoring it.');
    await this.writes.run(dir, () =>
      recoverInto(this.deps, dir, { workspaceId, backupId }, this.decode, this.migrations),
    );
    return this.openFolder(dir);
  }

  async reloadFromDisk(handle: string): Promise<OpenedWorkspace> {
    const state = this.stateOf(handle);
    const loaded = await readWorkspaceFile(this.deps.fs, state.dir, this.decode);
    state.fingerprint = loaded.fingerprint;
    return this.describe(handle, loaded);
  }

  async readFromDisk(handle: string): Promise<Workspace> {
    return (await readWorkspaceFile(this.deps.fs, this.stateOf(handle).dir, this.decode)).workspace;
  }

  /** "Keep mine": my version becomes a new workspace beside the original, which stays as it is. */
  async saveCopy(handle: string, workspace: Workspace): Promise<OpenedWorkspace> {
    const state = this.stateOf(handle);
    const dir = await writeCopy(this.folderOps, state.dir, Workspace.parse(workspace));
    await this.close(handle);
    return this.openFolder(dir);
  }

  rename(path: string, name: string): Promise<RecentEntry> {
    const dir = absolute(path);
    return this.writes.run(dir, () => renameWorkspace(this.folderOps, dir, name));
  }

  async duplicate(path: string): Promise<RecentEntry> {
    const dir = absolute(path);
    const copy = await this.writes.run(dir, () => duplicateWorkspace(this.folderOps, dir));
    return { ...entryFor(copy.path, copy.workspace, this.deps.clock()), missing: false };
  }

  trash(path: string): Promise<void> {
    return trashWorkspace(this.folderOps, absolute(path));
  }

  isOpen(dir: string): boolean {
    const target = resolve(dir);
    return [...this.open.values()].some((s) => s.dir === target);
  }

  private get migrations(): readonly Migration[] {
    return this.deps.migrations ?? MIGRATIONS;
  }

  private readOrQuarantine(dir: string): Promise<LoadedWorkspace> {
    return readOrQuarantine(this.deps, dir, this.decode);
  }

  private async backup(
    state: OpenState,
    bytes: string | Uint8Array,
    reason: BackupInfo['reason'],
    now: Date,
  ) {
    try {
      await this.deps.backups.snapshot({ id: state.id, name: state.name, path: state.dir }, bytes, reason);
      state.lastBackupAt = now.getTime();
      state.changedSinceBackup = false;
    } catch {
      // A failed backup must not fail the save the user is waiting for; it retries next time.
      state.changedSinceBackup = true;
    }
  }

  private async writableState(handle: string): Promise<OpenState> {
    const state = this.stateOf(handle);
    if (state.readOnly) {
      throw new ServiceError('READ_ONLY', state.readOnlyReason ?? 'This workspace is open read-only.');
    }
    if (state.lock && !(await holdsLock(this.deps.fs, state.dir, state.lock.token))) {
      await this.loseLock(state);
      throw new ServiceError('LOCKED', state.readOnlyReason!);
    }
    return state;
  }

  private async loseLock(state: OpenState): Promise<void> {
    state.lock = null;
    state.readOnly = true;
    state.readOnlyReason = await lostLockReason(this.deps.fs, state.dir);
  }

  /** The folder of an open workspace, for exports written beside it. */
  folderOf(handle: string): { dir: string; name: string } {
    const state = this.stateOf(handle);
    return { dir: state.dir, name: state.name };
  }

  private stateOf(handle: string): OpenState {
    const state = this.open.get(handle);
    if (!state)
      throw new ServiceError(
        'UNKNOWN_HANDLE',
        'This workspace is no longer open. Reopen it from the home screen.',
      );
    return state;
  }

  /** A workspace read from disk is described by its bytes, so it reaches the window unparsed here. */
  private describe(
    handle: string,
    document: Workspace | LoadedWorkspace,
    migratedFrom?: number,
  ): OpenedWorkspace {
    const state = this.stateOf(handle);
    const facts = {
      handle,
      path: state.dir,
      readOnly: state.readOnly,
      ...(state.readOnlyReason ? { readOnlyReason: state.readOnlyReason } : {}),
      ...(migratedFrom !== undefined ? { migratedFrom } : {}),
    };
    return 'document' in document
      ? openedFromDocument(facts, document.document)
      : { ...facts, workspace: document };
  }

  private async remember(dir: string, w: WorkspaceSummary): Promise<void> {
    await this.deps.recents.touch(entryFor(dir, w, this.deps.clock())).catch(() => undefined);
  }
}

function absolute(path: string): string {
  if (!isAbsolute(path)) throw new ServiceError('BAD_REQUEST', `Expected a full folder path, got "${path}".`);
  return resolve(path);
}
