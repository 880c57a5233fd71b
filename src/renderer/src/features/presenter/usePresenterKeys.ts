import { useEffect } from 'react';
import { presenterActions } from './store';

/** Typing in a field never drives the projector. */
function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

/**
 * The console's keys, as a presentation clicker and PowerPoint use them: → / PageDown /
 * Space next, ← / PageUp previous, B (or .) black, F freeze.
 */
export function usePresenterKeys(step: (delta: number) => void): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
      if (e.key === 'ArrowRight' || e.key === 'PageDown' || e.key === ' ') step(1);
      else if (e.key === 'ArrowLeft' || e.key === 'PageUp') step(-1);
      else if (e.key === 'b' || e.key === 'B' || e.key === '.') presenterActions.toggleBlank();
      else if (e.key === 'f' || e.key === 'F') presenterActions.toggleFreeze();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [step]);
}
