import { useWorkspaces, workspaceActions } from '../workspaces';
import { getQbrView, setQbrView } from './store';
import { renderSlides } from './useDeckSlides';

/** Exporting the deck to PDF: main prints it; the window stays usable meanwhile. */
export const exportActions = {
  exportPdf: async (): Promise<void> => {
    if (getQbrView().exportState.status === 'running') return;
    const current = useWorkspaces.getState().current;
    if (!current?.workspace.deck) return;
    setQbrView({ exportState: { status: 'running', slides: renderSlides(current.workspace).length } });
    await workspaceActions.flush();
    setQbrView({ exportState: { status: 'failed', message: 'Exporting is not available yet.' } });
  },
  showInFolder: async (_path: string): Promise<void> => {},
  dismiss: (): void => setQbrView({ exportState: { status: 'idle' } }),
};
