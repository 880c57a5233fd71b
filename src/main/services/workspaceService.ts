import { isAbsolute, join, resolve } from 'node:path';
import {
  createWorkspace,
  NewWorkspaceInput,
  Workspace,
  type NewWorkspaceInput as NewInput,
} from '../../shared/domain/workspace';
import type { OpenedWorkspace, RecentEntry } from '../../shared/ipc/contract';
import { folderNameFor, uniqueChild } from './folderNames';
import type { FsPort } from './fsPort';
import type { RecentStore } from './recentStore';
import { fromFsError, ServiceError } from './serviceError';
import {
  canWrite,
  changedOnDisk,
  readWorkspaceFile,
  WORKSPACE_FILE,
  writeWorkspaceFile,
  type Fingerprint,
} from './workspaceFile';

export type WorkspaceServiceDeps = {
  fs: FsPort;
  clock: () => Date;
  newId: () => string;
  recents: RecentStore;
  /** Moves a folder to the OS trash (Electron's `shell.trashItem`), never a hard delete. */
  trash: (path: string) => Promise<void>;
};

type OpenState = { dir: string; readOnly: boolean; fingerprint: Fingerprint };

/**
 * Workspaces as folders on disk. The renderer refers to an open workspace by an opaque
 * handle, so a save can only ever write the folder that was opened, never a path the
 * renderer makes up.
 */
export class WorkspaceService {
  private readonly open = new Map<string, OpenState>();

  constructor(private readonly deps: WorkspaceServiceDeps) {}

  async create(input: NewInput, parentDir: string): Promise<OpenedWorkspace> {
    const checked = NewWorkspaceInput.parse(input);
    const parent = absolute(parentDir);
    const { fs } = this.deps;
    try {
      await fs.mkdir(parent, { recursive: true });
    } catch (error) {
      throw fromFsError(error, 'create the workspace', parent);
    }
    const dir = await uniqueChild(fs, parent, folderNameFor(checked.name));
    try {
      await fs.mkdir(dir);
    } catch (error) {
      throw fromFsError(error, 'create the workspace', parent);
    }
    const workspace = createWorkspace(checked, this.deps.newId(), this.deps.clock());
    const fingerprint = await writeWorkspaceFile(fs, dir, workspace);
    await this.remember(dir, workspace);
    return this.register(dir, workspace, fingerprint, false);
  }

  async openFolder(path: string): Promise<OpenedWorkspace> {
    const dir = absolute(path);
    const loaded = await readWorkspaceFile(this.deps.fs, dir);
    const writable = await canWrite(this.deps.fs, dir);
    await this.remember(dir, loaded.workspace);
    return this.register(
      dir,
      loaded.workspace,
      loaded.fingerprint,
      !writable,
      writable
        ? undefined
        : 'You do not have permission to change files in this folder, so it is open read-only. Duplicate it into a folder of yours to edit it.',
      loaded.migrated ? loaded.fromVersion : undefined,
    );
  }

  async save(handle: string, workspace: Workspace): Promise<{ savedAt: string }> {
    const state = this.stateOf(handle);
    if (state.readOnly) {
      throw new ServiceError('READ_ONLY', 'This workspace is open read-only; changes cannot be saved here.');
    }
    const checked = Workspace.parse(workspace);
    const { fs } = this.deps;
    if (await changedOnDisk(fs, state.dir, state.fingerprint)) {
      throw new ServiceError(
        'CONFLICT',
        'The workspace file was changed outside Offsite since it was opened. Nothing was overwritten: reopen the workspace to see the other changes.',
      );
    }
    const savedAt = this.deps.clock().toISOString();
    state.fingerprint = await writeWorkspaceFile(fs, state.dir, { ...checked, updatedAt: savedAt });
    await this.deps.recents
      .update(state.dir, {
        name: checked.name,
        period: checked.period,
        kind: checked.kind,
        organisation: checked.organisation,
      })
      .catch(() => undefined); // the recents list is a convenience; the save itself succeeded
    return { savedAt };
  }

  close(handle: string): void {
    this.open.delete(handle);
  }

  async rename(path: string, name: string): Promise<RecentEntry> {
    const dir = absolute(path);
    this.assertNotOpen(dir, 'rename');
    const trimmed = name.trim();
    if (trimmed.length === 0) throw new ServiceError('BAD_REQUEST', 'A workspace needs a name.');
    const loaded = await readWorkspaceFile(this.deps.fs, dir);
    const renamed = { ...loaded.workspace, name: trimmed, updatedAt: this.deps.clock().toISOString() };
    await writeWorkspaceFile(this.deps.fs, dir, renamed);
    await this.deps.recents.update(dir, { name: trimmed });
    return this.entryFor(dir, renamed);
  }

  async duplicate(path: string): Promise<RecentEntry> {
    const source = absolute(path);
    const { fs } = this.deps;
    const loaded = await readWorkspaceFile(fs, source);
    const name = `${loaded.workspace.name} (copy)`.slice(0, 200);
    const target = await uniqueChild(fs, join(source, '..'), folderNameFor(name));
    try {
      // Copy everything the workspace folder holds (exports, attachments), but not the
      // workspace file itself: that is rewritten below with a new identity.
      await fs.cp(source, target, {
        recursive: true,
        errorOnExist: true,
        force: false,
        filter: (src) => resolve(src) !== resolve(join(source, WORKSPACE_FILE)),
      });
      const now = this.deps.clock().toISOString();
      const copy = { ...loaded.workspace, id: this.deps.newId(), name, createdAt: now, updatedAt: now };
      await writeWorkspaceFile(fs, target, copy);
      await this.remember(target, copy);
      return this.entryFor(target, copy);
    } catch (error) {
      await fs.rm(target, { recursive: true, force: true }).catch(() => undefined);
      throw fromFsError(error, 'duplicate the workspace', target);
    }
  }

  async trash(path: string): Promise<void> {
    const dir = absolute(path);
    this.assertNotOpen(dir, 'move to the trash');
    await readWorkspaceFile(this.deps.fs, dir); // only ever trash a real workspace folder
    try {
      await this.deps.trash(dir);
    } catch (error) {
      throw fromFsError(error, 'move the workspace to the trash', dir);
    }
    await this.deps.recents.remove(dir);
  }

  isOpen(dir: string): boolean {
    return [...this.open.values()].some((s) => s.dir === absolute(dir));
  }

  private register(
    dir: string,
    workspace: Workspace,
    fingerprint: Fingerprint,
    readOnly: boolean,
    readOnlyReason?: string,
    migratedFrom?: number,
  ): OpenedWorkspace {
    const handle = this.deps.newId();
    this.open.set(handle, { dir, readOnly, fingerprint });
    return {
      handle,
      path: dir,
      workspace,
      readOnly,
      ...(readOnlyReason ? { readOnlyReason } : {}),
      ...(migratedFrom !== undefined ? { migratedFrom } : {}),
    };
  }

  private stateOf(handle: string): OpenState {
    const state = this.open.get(handle);
    if (!state) {
      throw new ServiceError(
        'UNKNOWN_HANDLE',
        'This workspace is no longer open. Reopen it from the home screen.',
      );
    }
    return state;
  }

  private assertNotOpen(dir: string, action: string): void {
    if (this.isOpen(dir)) {
      throw new ServiceError('IN_USE', `Close the workspace before you ${action} it.`);
    }
  }

  private async remember(dir: string, w: Workspace): Promise<void> {
    await this.deps.recents.touch(this.stored(dir, w)).catch(() => undefined);
  }

  private stored(dir: string, w: Workspace): Omit<RecentEntry, 'missing'> {
    return {
      path: dir,
      name: w.name,
      kind: w.kind,
      period: w.period,
      organisation: w.organisation,
      lastOpenedAt: this.deps.clock().toISOString(),
    };
  }

  private entryFor(dir: string, w: Workspace): RecentEntry {
    return { ...this.stored(dir, w), missing: false };
  }
}

function absolute(path: string): string {
  if (!isAbsolute(path)) throw new ServiceError('BAD_REQUEST', `Expected a full folder path, got "${path}".`);
  return resolve(path);
}
