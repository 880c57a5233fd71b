import { useCallback } from 'react';
import type { KeyboardEvent } from 'react';
import { boardActions } from './boardActions';
import { useBoardView } from './store';

const ARROWS: Record<string, { x: number; y: number }> = {
  ArrowLeft: { x: -1, y: 0 },
  ArrowRight: { x: 1, y: 0 },
  ArrowUp: { x: 0, y: 1 },
  ArrowDown: { x: 0, y: -1 },
};

/**
 * Board keys: arrows nudge the selected cards by 0.1 (Shift: 1) on the matrix; Delete
 * removes the selection; Ctrl/Cmd+C and V copy and paste. Keys typed into a field are
 * the field's. Undo and redo are the app's (one shortcut for every feature).
 */
export function useBoardKeys(readOnly: boolean) {
  return useCallback(
    (event: KeyboardEvent) => {
      const target = event.target as HTMLElement;
      if (target.closest('input, textarea, select, [contenteditable="true"]')) return;
      const mod = event.ctrlKey || event.metaKey;
      const { selectedIds, layout } = useBoardView.getState();
      if (mod && event.key.toLowerCase() === 'c') {
        boardActions.copy();
        event.preventDefault();
        return;
      }
      if (readOnly) return;
      if (mod && event.key.toLowerCase() === 'v') {
        boardActions.paste();
        event.preventDefault();
      } else if (event.key === 'Delete' || event.key === 'Backspace') {
        boardActions.removeSelection();
        event.preventDefault();
      } else if (ARROWS[event.key] && selectedIds.length > 0 && layout === 'matrix') {
        const step = event.shiftKey ? 1 : 0.1;
        const d = ARROWS[event.key]!;
        boardActions.nudge(selectedIds, { x: d.x * step, y: d.y * step });
        event.preventDefault();
        event.stopPropagation();
      }
    },
    [readOnly],
  );
}
