import { describeDifferences } from '../../../shared/domain/workspace';
import { bridge } from '../bridge';
import {
  documentActions,
  enterDocument,
  getDocument as get,
  setDocument as set,
  type Notice,
} from './session';

/** How long “Backup restored” stays: it confirms what the user just did, nothing to act on. */
export const RESTORED_NOTICE_MS = 8000;

/**
 * What the user can do when the disk disagrees with the window: a conflicting external
 * edit (docs/quality.md D5), or going back to a backup (D4).
 */
export const conflictActions = {
  /** Shows, in words, how their version differs from mine. Changes nothing. */
  compare: async (): Promise<void> => {
    const current = get().current;
    if (!current) return;
    const theirs = await bridge().workspace.readFromDisk({ handle: current.handle });
    if (!theirs.ok)
      return set({
        notice: { tone: 'error', title: 'Could not read the other version', message: theirs.message },
      });
    const differences = describeDifferences(current.workspace, theirs.value);
    set({
      conflict: {
        differences: differences.length > 0 ? differences : ['The two versions have the same content.'],
      },
    });
  },

  /** Adopts the file on disk; my unsaved edits are dropped (the dialog says so first). */
  reloadTheirs: async (): Promise<void> => {
    const current = get().current;
    if (!current) return;
    const result = await bridge().workspace.reloadFromDisk({ handle: current.handle });
    if (result.ok) enterDocument(result.value);
    else set({ notice: { tone: 'error', title: 'Could not reload', message: result.message } });
  },

  /** Keeps my version as a new workspace beside theirs, and continues there. */
  keepMineAsCopy: async (): Promise<void> => {
    const current = get().current;
    if (!current) return;
    const result = await bridge().workspace.saveCopy({
      handle: current.handle,
      workspace: current.workspace,
    });
    if (!result.ok)
      return set({ notice: { tone: 'error', title: 'Could not save your copy', message: result.message } });
    enterDocument(result.value);
    set({
      notice: {
        tone: 'info',
        title: 'Your version was saved as a copy',
        message: `You are now working in “${result.value.workspace.name}”. The other version is unchanged.`,
      },
    });
  },

  openHistory: (): void => set({ historyOpen: true }),
  closeHistory: (): void => set({ historyOpen: false }),

  restoreBackup: async (backupId: string, createdAt: string): Promise<void> => {
    if (!get().current) return;
    // Edits not yet saved go to disk first, so the backup main takes before restoring holds them.
    await documentActions.flush();
    const current = get().current;
    if (!current) return;
    const result = await bridge().workspace.restoreBackup({ handle: current.handle, backupId });
    if (!result.ok)
      return set({
        notice: { tone: 'error', title: 'Could not restore the backup', message: result.message },
      });
    enterDocument(result.value);
    const notice: Notice = {
      tone: 'info',
      title: 'Backup restored',
      message: `The workspace is back as it was on ${new Date(createdAt).toLocaleString()}. What was there before is in History too.`,
    };
    set({ notice });
    // Gone by itself after a while, unless something else is being said by then.
    setTimeout(() => {
      if (get().notice === notice) set({ notice: null });
    }, RESTORED_NOTICE_MS);
  },
};
