import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { UNDO_TOAST_MS, UndoToast } from '../../../src/renderer/src/ui/UndoToast';

describe('UndoToast', () => {
  it('is announced as a status and goes away by itself after a few seconds', () => {
    vi.useFakeTimers();
    const onDismiss = vi.fn();
    render(<UndoToast message="Deleted card “Launch”." onUndo={() => {}} onDismiss={onDismiss} />);
    expect(screen.getByRole('status').textContent).toContain('Deleted card “Launch”.');
    act(() => {
      vi.advanceTimersByTime(UNDO_TOAST_MS - 100);
    });
    expect(onDismiss).not.toHaveBeenCalled();
    act(() => {
      vi.advanceTimersByTime(200);
    });
    expect(onDismiss).toHaveBeenCalledTimes(1);
  });

  it('Undo takes the action back and closes the toast', async () => {
    const onUndo = vi.fn();
    const onDismiss = vi.fn();
    render(<UndoToast message="Deleted link." onUndo={onUndo} onDismiss={onDismiss} />);
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(onUndo).toHaveBeenCalledTimes(1);
    expect(onDismiss).toHaveBeenCalledTimes(1);
  });

  it('stays while the keyboard focus is inside it', () => {
    vi.useFakeTimers();
    const onDismiss = vi.fn();
    render(<UndoToast message="Deleted note." onUndo={() => {}} onDismiss={onDismiss} />);
    act(() => screen.getByRole('button', { name: 'Undo' }).focus());
    act(() => {
      vi.advanceTimersByTime(UNDO_TOAST_MS * 3);
    });
    expect(onDismiss).not.toHaveBeenCalled();
    act(() => screen.getByRole('button', { name: 'Undo' }).blur());
    act(() => {
      vi.advanceTimersByTime(UNDO_TOAST_MS + 10);
    });
    expect(onDismiss).toHaveBeenCalledTimes(1);
  });

  it('with no duration, stays until Dismiss, however long nobody touches it', async () => {
    vi.useFakeTimers();
    const onDismiss = vi.fn();
    render(
      <UndoToast message="Removed “Risks”." onUndo={() => {}} onDismiss={onDismiss} durationMs={null} />,
    );
    act(() => {
      vi.advanceTimersByTime(UNDO_TOAST_MS * 10);
    });
    expect(onDismiss).not.toHaveBeenCalled();
    vi.useRealTimers();
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(onDismiss).toHaveBeenCalledTimes(1);
  });

  it('leaves closing to its owner when Undo may fail', async () => {
    const onUndo = vi.fn();
    const onDismiss = vi.fn();
    render(
      <UndoToast
        message="Deleted “Plan”."
        onUndo={onUndo}
        onDismiss={onDismiss}
        durationMs={null}
        closesOnUndo={false}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(onUndo).toHaveBeenCalledTimes(1);
    expect(onDismiss).not.toHaveBeenCalled();
  });
});
