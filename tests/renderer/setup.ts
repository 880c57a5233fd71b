import { cleanup } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import { resetWorkspacesStore } from '../../src/renderer/src/features/workspaces';

afterEach(() => {
  cleanup();
  // A fresh store (and no autosave timer left behind) for the next test.
  resetWorkspacesStore();
  vi.useRealTimers();
  document.title = '';
});
