import { bridge } from '../../bridge';
import { documentActions, enterDocument, documentReady } from '../../document';
import { get, set } from './store';

/** A damaged file was moved aside on open (docs/quality.md D7): bring it back from a backup. */
export const recoveryActions = {
  /** Brings a damaged workspace back from one of its backups. */
  recover: async (backupId: string): Promise<void> => {
    const recovery = get().recovery;
    if (!recovery?.options.workspaceId) return;
    const result = await bridge().workspace.recover({
      path: recovery.path,
      workspaceId: recovery.options.workspaceId,
      backupId,
    });
    if (!result.ok)
      return documentActions.notify({
        tone: 'error',
        title: 'Could not restore the backup',
        message: result.message,
      });
    await documentReady();
    set({ recovery: null });
    enterDocument(result.value);
    documentActions.notify({
      tone: 'info',
      title: 'Workspace restored from a backup',
      message: recovery.message,
    });
  },

  dismissRecovery: (): void => set({ recovery: null }),
};
