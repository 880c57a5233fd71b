import { useEffect, useRef, useState, type ReactNode } from 'react';

export const UNDO_TOAST_MS = 6000;

type UndoToastProps = {
  /** What was just done, e.g. `Deleted card “Launch in the EU”.` */
  message: ReactNode;
  /** Takes the action back; the toast closes itself afterwards unless `closesOnUndo` is false. */
  onUndo: () => void;
  /** Called once when the toast goes: on its own, by Dismiss, or after Undo. */
  onDismiss: () => void;
  /**
   * How long the toast stays while nobody is pointing at it or focused in it; `null` keeps it
   * until Undo or Dismiss (for a screen where the way back should wait for the user).
   */
  durationMs?: number | null;
  /**
   * False when Undo can fail and the owner closes the toast itself once the action is back,
   * so a failed Undo leaves the way to try again.
   */
  closesOnUndo?: boolean;
};

/**
 * The way back after a one-click destructive action, the one undo bar of every screen.
 * It goes away by itself (unless `durationMs` is null), but not
 * while the pointer rests on it or the keyboard focus is inside it, so a reader who
 * needs longer is never cut off (WCAG 2.2.1). `role="status"` lets screen readers
 * announce it without moving focus away from the work.
 *
 * Render one per action; give it a new `key` when a second action replaces the first,
 * so the countdown starts again.
 */
export function UndoToast({
  message,
  onUndo,
  onDismiss,
  durationMs = UNDO_TOAST_MS,
  closesOnUndo = true,
}: UndoToastProps) {
  const [held, setHeld] = useState(false);
  // The latest callback, so a parent re-render does not restart the countdown.
  const onDismissRef = useRef(onDismiss);
  useEffect(() => {
    onDismissRef.current = onDismiss;
  }, [onDismiss]);

  useEffect(() => {
    if (held || durationMs === null) return;
    const timer = setTimeout(() => onDismissRef.current(), durationMs);
    return () => clearTimeout(timer);
  }, [held, durationMs]);

  return (
    <div
      className={durationMs === null ? 'undo-bar' : 'undo-bar undo-toast'}
      role="status"
      onPointerEnter={() => setHeld(true)}
      onPointerLeave={() => setHeld(false)}
      onFocus={() => setHeld(true)}
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget)) setHeld(false);
      }}
    >
      <span>{message}</span>
      <button
        type="button"
        className="button button-small"
        onClick={() => {
          onUndo();
          if (closesOnUndo) onDismissRef.current();
        }}
      >
        Undo
      </button>
      <button
        type="button"
        className="button button-ghost button-small"
        aria-label="Dismiss"
        onClick={() => onDismissRef.current()}
      >
        Dismiss
      </button>
    </div>
  );
}
