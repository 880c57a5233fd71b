import { useCallback, useEffect, useState } from 'react';
import {
  HomeScreen,
  NewWorkspaceDialog,
  RecoveryDialog,
  useWindowTitle,
  useWorkspaces,
  workspaceActions,
  WorkspaceScreen,
} from '../features/workspaces';
import { startTemplates, TemplatesNotice, TemplatesScreen, useTemplates } from '../features/templates';
import { NoticeBar } from '../ui/NoticeBar';
import { CommandPalette } from './CommandPalette';
import { useAppShortcuts } from './useAppShortcuts';

export function App() {
  const inWorkspace = useWorkspaces((s) => s.current !== null);
  const newDialogOpen = useWorkspaces((s) => s.newDialogOpen);
  const notice = useWorkspaces((s) => s.notice);
  const [paletteOpen, setPaletteOpen] = useState(false);
  const templatesOpen = useTemplates((s) => s.screenOpen);
  const openPalette = useCallback(() => setPaletteOpen(true), []);

  useEffect(() => {
    void workspaceActions.loadHome().then(() =>
      // Measured by `npm run bench` (renderer.home.interactive): home painted with its data.
      requestAnimationFrame(() => performance.mark('offsite:home-interactive')),
    );
    // Last chance to get pending edits to disk when the window goes away.
    const flush = () => void workspaceActions.flush();
    window.addEventListener('pagehide', flush);
    return () => window.removeEventListener('pagehide', flush);
  }, []);
  useEffect(() => {
    // The template library: built-ins seeded, and restored from disk if the storage was wiped.
    void startTemplates();
  }, []);
  useAppShortcuts(openPalette);
  useWindowTitle();

  return (
    <div className="app">
      {notice ? <NoticeBar {...notice} onDismiss={workspaceActions.dismissNotice} /> : null}
      <TemplatesNotice />
      {inWorkspace ? <WorkspaceScreen /> : templatesOpen ? <TemplatesScreen /> : <HomeScreen />}
      {newDialogOpen ? <NewWorkspaceDialog /> : null}
      <RecoveryDialog />
      {paletteOpen ? <CommandPalette onClose={() => setPaletteOpen(false)} /> : null}
    </div>
  );
}
