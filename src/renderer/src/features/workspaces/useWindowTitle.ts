import { useEffect } from 'react';
import { SAVE_LABELS } from './SaveIndicator';
import { useWorkspaces } from './store';

/** The window title names the workspace and its saved state (Electron mirrors `document.title`). */
export function useWindowTitle(): void {
  const name = useWorkspaces((s) => s.current?.workspace.name);
  const readOnly = useWorkspaces((s) => s.current?.readOnly ?? false);
  const status = useWorkspaces((s) => s.saveStatus);
  useEffect(() => {
    document.title =
      name === undefined ? 'Offsite' : `${name} — ${readOnly ? 'Read-only' : SAVE_LABELS[status]} — Offsite`;
  }, [name, readOnly, status]);
}
