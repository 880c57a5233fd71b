import { create } from 'zustand';
import type { Workspace } from '../../../shared/domain/workspace';
import { isDomainError } from '../../../shared/domain/domainError';
import type { OpenedWorkspace } from '../../../shared/ipc/contract';
import { bridge } from '../bridge';
import { Autosaver } from './autosave';
import { askBeforeClosing } from './closeGate';
import { EditHistory } from './editHistory';
import { workspaceCheck } from './workspaceCheck';

/**
 * The open document: the workspace on screen, every edit to it, undo/redo, autosave, the
 * save state and conflicts with the file on disk. Every feature edits through here, so a
 * refusal, an unsavable edit or a failed save is handled the same way on every screen.
 */

export type SaveStatus = 'saved' | 'unsaved' | 'saving' | 'error';
/** `details`: the technical cause, shown folded under "Details". */
export type Notice = { tone: 'error' | 'info'; title: string; message: string; details?: string };
/** The file changed behind our back: the user chooses what happens (docs/quality.md D5). */
export type Conflict = { differences: string[] | null };

export type DocumentState = {
  current: OpenedWorkspace | null;
  saveStatus: SaveStatus;
  lastSavedAt: string | null;
  saveError: string | null;
  /** What the app has to say, on whichever screen is showing (home or workspace). */
  notice: Notice | null;
  conflict: Conflict | null;
  historyOpen: boolean;
};

const initial: DocumentState = {
  current: null,
  saveStatus: 'saved',
  lastSavedAt: null,
  saveError: null,
  notice: null,
  conflict: null,
  historyOpen: false,
};

export const useDocument = create<DocumentState>()(() => initial);
export const setDocument = useDocument.setState;
export const getDocument = useDocument.getState;
const set = setDocument;
const get = getDocument;

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
        ? (workspaceCheck()(current.workspace) ?? result.message)
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

/**
 * Shows a workspace: a newly opened one, or the same one after a restore or reload.
 * Only once `documentReady()` has resolved: an edit must be checkable from the first frame.
 */
export function enterDocument(opened: OpenedWorkspace): void {
  workspaceCheck(); // throws when documentReady() was not awaited: a bug, found on the first open
  autosaver?.cancel();
  history.clear();
  autosaver = new Autosaver(saveCurrent);
  set({
    current: opened,
    saveStatus: 'saved',
    lastSavedAt: opened.workspace.updatedAt,
    saveError: null,
    conflict: null,
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

export const documentActions = {
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
      const outcome = applyEdit(recipe);
      if (outcome === 'applied') return true;
      if (outcome.notice) set({ notice: { tone: 'error', title: 'Not changed', message: outcome.refused } });
      return false;
    } catch (error) {
      if (!isDomainError(error)) throw error;
      set({ notice: { tone: 'error', title: 'Not changed', message: error.message } });
      return false;
    }
  },

  /**
   * The same edit for a screen that shows a refusal where the user is looking (beside a
   * field, on the board, on a phone): every refusal's message comes back instead of a
   * notice — the domain's, the save check's, or that the workspace is read-only — and null
   * means the edit was applied (or changed nothing). Anything thrown that is not a
   * DomainError is a bug and goes on up.
   */
  tryEdit: (recipe: (w: Workspace) => Workspace): string | null => {
    try {
      const outcome = applyEdit(recipe);
      return outcome === 'applied' ? null : outcome.refused;
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
    await documentActions.flush();
  },

  /**
   * Saves what is pending and lets the workspace go. False (and a notice saying why) when
   * the last edits could not be saved: the window stays on the workspace so nothing is lost.
   */
  close: async (): Promise<boolean> => {
    const current = get().current;
    if (!current) return true;
    // Something still to settle (untriaged parked items): the user may choose to stay.
    if ((await askBeforeClosing()) === 'stay') return false;
    await documentActions.flush();
    // A read-only window cannot save, so there is nothing to wait for.
    if (get().saveStatus === 'error' && !get().current?.readOnly) {
      set({
        notice: {
          tone: 'error',
          title: 'Not closed: the last changes are not saved',
          message: get().saveError ?? 'Saving failed.',
        },
      });
      return false;
    }
    autosaver?.cancel();
    autosaver = null;
    await bridge().workspace.close({ handle: current.handle });
    set({ historyOpen: false, conflict: null });
    set({ current: null, notice: null });
    return true;
  },

  notify: (notice: Notice): void => {
    set({ notice });
  },

  dismissNotice: (): void => {
    set({ notice: null });
  },
};

/**
 * Applies an edit unless the workspace is read-only or the result could not be saved; what
 * was refused comes back in words, with `notice` when the screen should be told by a notice
 * (a read-only workspace already says so in its banner). A domain refusal is thrown on to
 * the caller (edit, tryEdit).
 */
type EditOutcome = 'applied' | { refused: string; notice: boolean };

function applyEdit(recipe: (w: Workspace) => Workspace): EditOutcome {
  const current = get().current;
  if (!current) return { refused: 'No workspace is open: nothing was changed.', notice: false };
  if (current.readOnly)
    return { refused: 'This workspace is read-only: nothing was changed.', notice: false };
  const next = recipe(current.workspace);
  if (next === current.workspace) return 'applied';
  const problem = workspaceCheck()(next);
  if (problem) return { refused: problem, notice: true };
  history.record(current.workspace);
  set({ current: { ...current, workspace: next }, saveStatus: 'unsaved' });
  autosaver?.touch();
  return 'applied';
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
export function resetDocument(): void {
  autosaver?.cancel();
  history.clear();
  autosaver = null;
  set(initial, true);
}
