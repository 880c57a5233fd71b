import { create } from 'zustand';
import type { NewWorkspaceInput } from '../../../../shared/domain/workspace';
import type { AppInfo, OpenedWorkspace, RecentEntry, RecoveryOptions } from '../../../../shared/ipc/contract';
import type { Result } from '../../../../shared/ipc/result';
import { bridge } from '../../bridge';
import { documentActions, enterDocument, resetDocument, documentReady } from '../../document';

/** A damaged file was moved aside on open: offer its backups (docs/quality.md D7). */
export type Recovery = { path: string; message: string; details?: string; options: RecoveryOptions };

/** The home screen: recent workspaces, the new-workspace dialog, opening and recovering. */
export type WorkspacesState = {
  info: AppInfo | null;
  recents: RecentEntry[];
  newDialogOpen: boolean;
  busy: boolean;
  recovery: Recovery | null;
};

const initial: WorkspacesState = {
  info: null,
  recents: [],
  newDialogOpen: false,
  busy: false,
  recovery: null,
};

export const useWorkspaces = create<WorkspacesState>()(() => initial);
export const set = useWorkspaces.setState;
export const get = useWorkspaces.getState;

function failed(title: string, result: Extract<Result<unknown>, { ok: false }>): void {
  const details = result.details === undefined ? {} : { details: result.details };
  set({ busy: false });
  documentActions.notify({ tone: 'error', title, message: result.message, ...details });
}

/** The home screen steps aside for the workspace just opened, once its edits can be checked. */
async function open(opened: OpenedWorkspace): Promise<void> {
  await documentReady();
  set({ newDialogOpen: false, busy: false, recovery: null });
  enterDocument(opened);
}

/** The main process's replies the home screen is drawn from. */
export type HomeReplies = Promise<[Result<AppInfo>, Result<RecentEntry[]>]>;

export const workspaceActions = {
  /** `replies`: the same two questions already asked (at the page's start, app/homeRequest.ts). */
  loadHome: async (replies?: HomeReplies): Promise<void> => {
    const api = bridge();
    const [info, recents] = await (replies ??
      Promise.all([api.app.getInfo({}), api.workspace.listRecent({})]));
    set({ info: info.ok ? info.value : null, recents: recents.ok ? recents.value : [] });
  },

  openNewDialog: (): void => {
    set({ newDialogOpen: true });
  },

  closeNewDialog: (): void => {
    set({ newDialogOpen: false });
  },

  pickFolder: async (defaultPath: string): Promise<string | null> => {
    const result = await bridge().workspace.pickFolder({ defaultPath });
    return result.ok ? result.value : null;
  },

  /** Returns the error message for the form, or null once the workspace is open. */
  create: async (input: NewWorkspaceInput, parentDir: string): Promise<string | null> => {
    set({ busy: true });
    const result = await bridge().workspace.create({ input, parentDir });
    if (!result.ok) {
      set({ busy: false });
      return result.message;
    }
    await open(result.value);
    return null;
  },

  openRecent: async (path: string): Promise<void> => {
    set({ busy: true });
    const result = await bridge().workspace.open({ path });
    if (result.ok) return open(result.value);
    if (result.code !== 'CORRUPT') return failed('Could not open the workspace', result);
    // The damaged file was moved aside: offer what can bring the workspace back.
    const options = await bridge().workspace.recoveryOptions({ path });
    set({ busy: false });
    if (options.ok) {
      const details = result.details === undefined ? {} : { details: result.details };
      set({ recovery: { path, message: result.message, ...details, options: options.value } });
    } else failed('Could not open the workspace', result);
  },

  openWithDialog: async (): Promise<void> => {
    const picked = await bridge().workspace.pickWorkspace({});
    if (!picked.ok) failed('Could not open the workspace', picked);
    else if (picked.value) await workspaceActions.openRecent(picked.value);
  },

  /** Back to the home screen, once the open workspace's last edits are safe. */
  close: async (): Promise<void> => {
    if (await documentActions.close()) await workspaceActions.loadHome();
  },

  removeRecent: async (path: string): Promise<void> => {
    await bridge().workspace.removeRecent({ path });
    await workspaceActions.loadHome();
  },

  rename: async (path: string, name: string): Promise<void> => {
    const result = await bridge().workspace.rename({ path, name });
    if (!result.ok) failed('Could not rename the workspace', result);
    await workspaceActions.loadHome();
  },

  duplicate: async (path: string): Promise<void> => {
    const result = await bridge().workspace.duplicate({ path });
    if (!result.ok) failed('Could not duplicate the workspace', result);
    await workspaceActions.loadHome();
  },

  trash: async (path: string): Promise<void> => {
    const result = await bridge().workspace.trash({ path });
    if (!result.ok) failed('Could not move the workspace to the trash', result);
    await workspaceActions.loadHome();
  },
};

/** For tests: forget everything between cases, the open document included. */
export function resetWorkspacesStore(): void {
  resetDocument();
  set(initial, true);
}
