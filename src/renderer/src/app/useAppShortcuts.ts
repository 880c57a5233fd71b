import { useEffect } from 'react';
import { COMMANDS } from '../../../shared/commands';
import { APP_ACTIONS, matchesShortcut, runAction } from './actions';
import { bridge } from '../bridge';

const isMac = navigator.userAgent.includes('Mac');

/**
 * Keyboard shortcuts and menu commands both end in `runAction`. The menu shows the same
 * accelerators but leaves the keys to the page (Electron's `registerAccelerator: false`),
 * so one key press runs one action.
 */
export function useAppShortcuts(openPalette: () => void): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (matchesShortcut(event, COMMANDS.commandPalette.shortcut, isMac)) {
        event.preventDefault();
        openPalette();
        return;
      }
      const action = APP_ACTIONS.find((a) => a.shortcut && matchesShortcut(event, a.shortcut, isMac));
      if (!action) return;
      // In a text field, undo/redo belong to the text: let the browser do it.
      if (action.id.startsWith('edit.') && isEditable(event.target)) return;
      event.preventDefault();
      runAction(action.id);
    };
    window.addEventListener('keydown', onKey);
    const unsubscribe = bridge().onMenuCommand((id) => {
      if (id === COMMANDS.commandPalette.id) openPalette();
      else if ((id === COMMANDS.undo.id || id === COMMANDS.redo.id) && isEditable(document.activeElement)) {
        // Deprecated, but still the only way to run the text field's own undo stack.
        document.execCommand(id === COMMANDS.undo.id ? 'undo' : 'redo');
      } else runAction(id);
    });
    return () => {
      window.removeEventListener('keydown', onKey);
      unsubscribe();
    };
  }, [openPalette]);
}

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    target instanceof HTMLTextAreaElement ||
    (target instanceof HTMLInputElement &&
      !['checkbox', 'radio', 'button', 'submit', 'color'].includes(target.type))
  );
}
