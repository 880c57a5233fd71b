import { create } from 'zustand';
import {
  workspaceProblem,
  type NewWorkspaceInput,
  type Workspace,
} from '../../../../shared/domain/workspace';
import { isDomainError } from '../../../../shared/domain/domainError';
import type { AppInfo, OpenedWorkspace, RecentEntry, RecoveryOptions } from '../../../../shared/ipc/contract';
import type { Result } from '../../../../shared/ipc/result';
import { bridge } from '../../bridge';
import { Autosaver } from './autosave';
import { EditHistory } from './editHistory';

export type SaveStatus = 'saved' | 'unsaved' | 'saving' | 'error';
/** `details`: the technical cause, shown folded under "Details". */
export type Notice = { tone: 'error' | 'info'; title: string; message: string; details?: string };
/** The file changed behind our back: the user chooses what happens (D5). */
export type Conflict = { differences: string[] | null };
/** A damaged file was moved aside on open: offer its backups (D7). */
export type Recovery = { path: string; message: string; details?: string; options: RecoveryOptions };

export type WorkspacesState = {
  info: AppInfo | null;
  recents: RecentEntry[];
  current: OpenedWorkspace | null;
  saveStatus: SaveStatus;
  lastSavedAt: string | null;
  saveError: string | null;
  notice: Notice | null;
  newDialogOpen: boolean;
  busy: boolean;
  conflict: Conflict | null;
  recovery: Recovery | null;
  historyOpen: boolean;
};

const initial: WorkspacesState = {
  info: null,
  recents: [],
  current: null,
  saveStatus: 'saved',
  lastSavedAt: null,
  saveError: null,
  notice: null,
  newDialogOpen: false,
  busy: false,
  conflict: null,
  recovery: null,
  historyOpen: false,
};

export const useWorkspaces = create<WorkspacesState>()(() => initial);
export const set = useWorkspaces.setState;
export const get = useWorkspaces.getState;

let autosaver: Autosaver | null = null;
const history = new EditHistory();

async function saveCurrent(): Promise<void> {
  const current = get().current;
  if (!current || current.readOnly) return;
  set({ saveStatus: 'saving' });
  const result = await bridge().workspace.save({ handle: current.handle, workspace: current.workspace });
  if (get().current?.handle !== current.handle) return; // closed meanwhile
  if (result.ok) {
    set({
      saveStatus: autosaver?.hasUnsavedEdits ? 'unsaved' : 'saved',
      lastSavedAt: result.value.savedAt,
      saveError: null,
    });
  } else {
    // Main answers a refused document with the schema's path; say it as the screen does.
    const message =
      result.code === 'BAD_REQUEST'
        ? (workspaceProblem(current.workspace) ?? result.message)
        : result.message;
    set({ saveStatus: 'error', saveError: message });
    if (result.code === 'CONFLICT') set({ conflict: { differences: null } });
    if (result.code === 'LOCKED' || result.code === 'READ_ONLY') {
      // Someone else holds the workspace now: stop editing here, say why.
      set({ current: { ...current, readOnly: true, readOnlyReason: result.message } });
    }
    throw new Error(message);
  }
}

function failed(title: string, result: Extract<Result<unknown>, { ok: false }>): void {
  const details = result.details === undefined ? {} : { details: result.details };
  set({ notice: { tone: 'error', title, message: result.message, ...details }, busy: false });
}

/** Shows a workspace: a newly opened one, or the same one after a restore or reload. */
export function enter(opened: OpenedWorkspace): void {
  autosaver?.cancel();
  history.clear();
  autosaver = new Autosaver(saveCurrent);
  set({
    current: opened,
    saveStatus: 'saved',
    lastSavedAt: opened.workspace.updatedAt,
    saveError: null,
    newDialogOpen: false,
    busy: false,
    conflict: null,
    recovery: null,
    historyOpen: false,
    notice:
      opened.migratedFrom !== undefined
        ? {
            tone: 'info',
            title: 'Workspace upgraded',
            message: `This workspace was saved by an older Offsite (format ${opened.migratedFrom}) and has been upgraded.`,
          }
        : null,
  });
}

export const workspaceActions = {
  loadHome: async (): Promise<void> => {
    const api = bridge();
    const [info, recents] = await Promise.all([api.app.getInfo({}), api.workspace.listRecent({})]);
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
    enter(result.value);
    return null;
  },

  openRecent: async (path: string): Promise<void> => {
    set({ busy: true });
    const result = await bridge().workspace.open({ path });
    if (result.ok) return enter(result.value);
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

  /**
   * Applies an edit to the open workspace; it reaches the disk within 2 s by itself. An
   * edit that would make the workspace unsavable is not applied (docs/quality.md E1): the
   * user is told what is wrong, in the words of the screen, and every later save still
   * works. So is an edit the domain refuses (a DomainError from the recipe: a ballot for
   * a closed round, a link that would repeat), the same way from every screen. Returns
   * false when the edit was refused.
   */
  edit: (recipe: (w: Workspace) => Workspace): boolean => {
    try {
      return applyEdit(recipe);
    } catch (error) {
      if (!isDomainError(error)) throw error;
      set({ notice: { tone: 'error', title: 'Not changed', message: error.message } });
      return false;
    }
  },

  /**
   * The same edit for a screen that shows a refusal where the user is looking (beside a
   * field, on the board): the domain's message comes back instead of a notice; null when
   * the edit was applied. Anything thrown that is not a DomainError is a bug and goes on up.
   */
  tryEdit: (recipe: (w: Workspace) => Workspace): string | null => {
    try {
      applyEdit(recipe);
      return null;
    } catch (error) {
      if (!isDomainError(error)) throw error;
      return error.message;
    }
  },

  /** Undo the last edit (items, ballots, participants…); it is saved like any edit. */
  undo: (): void => replaceFromHistory((w) => history.undo(w)),
  redo: (): void => replaceFromHistory((w) => history.redo(w)),
  canUndo: (): boolean => history.canUndo,
  canRedo: (): boolean => history.canRedo,

  flush: async (): Promise<void> => {
    await autosaver?.flush().catch(() => undefined);
  },

  /** After a failed save (disk full, no permission): try again with what is on screen. */
  retrySave: async (): Promise<void> => {
    autosaver?.touch();
    await workspaceActions.flush();
  },

  close: async (): Promise<void> => {
    const current = get().current;
    if (!current) return;
    await workspaceActions.flush();
    // A read-only window cannot save, so there is nothing to wait for.
    if (get().saveStatus === 'error' && !get().current?.readOnly) {
      set({
        notice: {
          tone: 'error',
          title: 'Not closed: the last changes are not saved',
          message: get().saveError ?? 'Saving failed.',
        },
      });
      return;
    }
    autosaver?.cancel();
    autosaver = null;
    await bridge().workspace.close({ handle: current.handle });
    set({ historyOpen: false, conflict: null });
    set({ current: null, notice: null });
    await workspaceActions.loadHome();
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

  dismissNotice: (): void => {
    set({ notice: null });
  },
};

/**
 * The edit itself: false when there is nothing to edit or the result could not be saved
 * (then the notice says why); a domain refusal is thrown on to the caller (edit, tryEdit).
 */
function applyEdit(recipe: (w: Workspace) => Workspace): boolean {
  const current = get().current;
  if (!current || current.readOnly) return false;
  const next = recipe(current.workspace);
  if (next === current.workspace) return true;
  const problem = workspaceProblem(next);
  if (problem) {
    set({ notice: { tone: 'error', title: 'Not changed', message: problem } });
    return false;
  }
  history.record(current.workspace);
  set({ current: { ...current, workspace: next }, saveStatus: 'unsaved' });
  autosaver?.touch();
  return true;
}

function replaceFromHistory(step: (w: Workspace) => Workspace | null): void {
  const current = get().current;
  if (!current || current.readOnly) return;
  const restored = step(current.workspace);
  if (!restored) return;
  set({ current: { ...current, workspace: restored }, saveStatus: 'unsaved' });
  autosaver?.touch();
}

/** For tests: forget everything between cases. */
export function resetWorkspacesStore(): void {
  autosaver?.cancel();
  history.clear();
  autosaver = null;
  set(initial, true);
}
