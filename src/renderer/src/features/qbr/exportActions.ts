import type { ErrorCode } from '../../../../shared/ipc/result';
import { deckBridge } from './api';
import { getQbrView, setQbrView } from './store';
import { localDay } from '../../../../shared/domain/calendarDay';
import { renderSlides } from './useDeckSlides';
import { useDocument } from '../../document';

/** What to do next, for failures whose message from main does not already say it. */
const NEXT_STEP: Partial<Record<ErrorCode, string>> = {
  NOT_FOUND: 'Choose another folder with Try again.',
  INTERNAL: 'Try again; if it fails again, restart Offsite and export once more.',
  UNKNOWN_HANDLE: 'Open the workspace again, then export.',
};

const failed = (code: ErrorCode, message: string) =>
  setQbrView({
    exportState: { status: 'failed', message: [message, NEXT_STEP[code]].filter(Boolean).join(' ') },
  });

/**
 * Exporting the deck to PDF. Main asks where to save (the workspace's exports folder,
 * named after the workspace and the day, is the default), prints and writes the file;
 * the window stays usable meanwhile and shows how it is going.
 */
export const exportActions = {
  exportPdf: async (): Promise<void> => {
    if (getQbrView().exportState.status === 'running') return;
    const current = useDocument.getState().current;
    const api = deckBridge();
    if (!current?.workspace.deck || !api) return;
    const day = localDay();
    const chosen = await api.chooseExportPath({ handle: current.handle, day });
    if (!chosen.ok) return failed(chosen.code, chosen.message);
    if (chosen.value === null) return; // the user cancelled the Save dialog
    // The deck as the window shows it now, unsaved edits included.
    const latest = useDocument.getState().current;
    if (latest?.handle !== current.handle || !latest.workspace.deck) return;
    setQbrView({ exportState: { status: 'running', slides: renderSlides(latest.workspace, day).length } });
    const result = await api.exportPdf({
      handle: latest.handle,
      workspace: latest.workspace,
      day,
      path: chosen.value,
    });
    if (!result.ok) return failed(result.code, result.message);
    setQbrView({ exportState: { status: 'done', path: result.value.path, pages: result.value.pages } });
  },

  showInFolder: async (path: string): Promise<void> => {
    const result = await deckBridge()?.showInFolder({ path });
    if (result && !result.ok) failed(result.code, result.message);
  },

  dismiss: (): void => setQbrView({ exportState: { status: 'idle' } }),
};
