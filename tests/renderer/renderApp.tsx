import { act, render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { App } from '../../src/renderer/src/app/App';

/** Lets pending promises (the fake main process answers) settle, with real or fake timers. */
export async function settle(): Promise<void> {
  await act(async () => {
    if (vi.isFakeTimers()) await vi.advanceTimersByTimeAsync(0);
    else await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

/** Moves fake time forward, running the autosave timers and the saves they start. */
export async function advance(ms: number): Promise<void> {
  await act(() => vi.advanceTimersByTimeAsync(ms));
}

/** The whole app, as `main.tsx` mounts it, with its home screen loaded. */
export async function renderApp() {
  const user = userEvent.setup(vi.isFakeTimers() ? { advanceTimers: vi.advanceTimersByTime } : {});
  const view = render(<App />);
  await settle();
  return { user, ...view };
}
