import { useEffect, useRef } from 'react';
import { presenterActions } from './store';

/**
 * Typing in a field never drives the projector. A tick box is not a text field: the
 * console's keys still work from one (the re-plan's "drop" boxes), except Space, its own.
 */
function isTyping(e: KeyboardEvent): boolean {
  const target = e.target;
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || ['TEXTAREA', 'SELECT'].includes(target.tagName)) return true;
  if (target instanceof HTMLInputElement) {
    return !(['checkbox', 'radio'].includes(target.type) && e.key !== ' ');
  }
  return false;
}

/** What a plain key (no Ctrl, Cmd or Alt) does on the console, by `KeyboardEvent.key`. */
export type ConsoleKeys = Readonly<Record<string, () => void>>;

/**
 * Keys of the console, outside text fields. The latest map is used at each press, so a
 * caller may pass a fresh object every render.
 */
export function useConsoleKeys(keys: ConsoleKeys): void {
  const current = useRef(keys);
  useEffect(() => {
    current.current = keys;
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || isTyping(e)) return;
      const action = Object.hasOwn(current.current, e.key) ? current.current[e.key] : undefined;
      if (!action) return;
      action();
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

/**
 * The console's keys, as a presentation clicker and PowerPoint use them: → / PageDown /
 * Space next, ← / PageUp previous, B (or .) black, F freeze. The block timer's keys
 * (T, [ ], + −, R) are the timer's own (ConsoleTimer).
 */
export function usePresenterKeys(step: (delta: number) => void): void {
  const next = () => step(1);
  const previous = () => step(-1);
  useConsoleKeys({
    ArrowRight: next,
    PageDown: next,
    ' ': next,
    ArrowLeft: previous,
    PageUp: previous,
    b: presenterActions.toggleBlank,
    B: presenterActions.toggleBlank,
    '.': presenterActions.toggleBlank,
    f: presenterActions.toggleFreeze,
    F: presenterActions.toggleFreeze,
  });
}
