import { useEffect } from 'react';
import { SAVE_LABELS } from './SaveIndicator';
import { useDocument } from '../../document';

/** The window title names the workspace and its saved state (Electron mirrors `document.title`). */
export function useWindowTitle(): void {
  const name = useDocument((s) => s.current?.workspace.name);
  const readOnly = useDocument((s) => s.current?.readOnly ?? false);
  const status = useDocument((s) => s.saveStatus);
  useEffect(() => {
    document.title =
      name === undefined ? 'Offsite' : `${name} — ${readOnly ? 'Read-only' : SAVE_LABELS[status]} — Offsite`;
  }, [name, readOnly, status]);
}
