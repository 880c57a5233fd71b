import { useEffect, useRef, type RefObject } from 'react';

/**
 * Full screen for a presentation: while `active`, asks for `target` (the whole page when
 * null) to fill the screen, and gives it back when `active` ends or the component goes.
 * Full screen is a request the browser may refuse (e.g. not after a click); callers lay out
 * their presentation either way. Leaving full screen from outside (Esc, which the browser
 * takes there) calls `onLeave`, so the presentation ends with it — but only once full screen
 * was actually entered, so a refused request does not end it at once.
 */
export function useFullScreen(
  target: RefObject<HTMLElement | null> | null,
  active: boolean,
  onLeave: () => void,
): void {
  // The latest callback, so a re-render does not leave and re-enter full screen.
  const onLeaveRef = useRef(onLeave);
  useEffect(() => {
    onLeaveRef.current = onLeave;
  }, [onLeave]);

  useEffect(() => {
    if (!active) return;
    const element = target ? target.current : document.documentElement;
    if (!element) return;
    // Full screen held by this target, or by something inside it (a presentation over it).
    const holds = () => document.fullscreenElement !== null && element.contains(document.fullscreenElement);
    let entered = document.fullscreenElement === element;
    const onChange = () => {
      if (document.fullscreenElement === element) entered = true;
      else if (entered && !holds()) {
        entered = false;
        onLeaveRef.current();
      }
    };
    document.addEventListener('fullscreenchange', onChange);
    if (!entered) void element.requestFullscreen?.().catch(() => undefined);
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      if (holds()) void document.exitFullscreen().catch(() => undefined);
    };
  }, [target, active]);
}
