import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Three projects: pure/Node code, renderer components in happy-dom, and the built
// renderer driven in real Chromium. `npm test` runs all three.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: [
            'tests/shared/**/*.test.ts',
            'tests/main/**/*.test.ts',
            'tests/electron/**/*.test.ts',
            'tests/lint/**/*.test.ts',
          ],
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'dom',
          environment: 'happy-dom',
          include: ['tests/renderer/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/renderer/setup.ts'],
          // A whole user journey typed key by key (the template editor's takes 1.5 s on an
          // idle machine) needs more than the 5 s default on a busy 2-core runner.
          testTimeout: 15_000,
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          css: { include: [/deck\.css/] },
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
