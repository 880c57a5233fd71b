import { cleanup } from '@testing-library/react';
import { afterEach, beforeAll, vi } from 'vitest';
import { preloadViews } from '../../src/renderer/src/app/lazyViews';
import { resetWorkspacesStore } from '../../src/renderer/src/features/workspaces';

// Testing Library drives fake timers only when it sees Jest: its async wrapper waits on a
// setTimeout(0) that it advances with `jest.advanceTimersByTime`. Give it Vitest's, so
// user-event and waitFor work under `vi.useFakeTimers()` (real timers are unaffected).
Object.assign(globalThis, { jest: { advanceTimersByTime: (ms: number) => vi.advanceTimersByTime(ms) } });

// The screens the app loads on demand, loaded up front: each test draws them at once, as
// the app does once its home screen is up.
beforeAll(() => preloadViews());

afterEach(() => {
  cleanup();
  // A fresh store (and no autosave timer left behind) for the next test.
  resetWorkspacesStore();
  vi.useRealTimers();
  document.title = '';
});
