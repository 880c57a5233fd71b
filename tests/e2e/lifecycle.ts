import { afterEach, expect } from 'vitest';
import { launchApp, type Harness } from './harness';

/**
 * One app per test, closed after it; and after every test, no CSP violation, console
 * error or uncaught exception may have happened in the page.
 */
export function appPerTest(): { launch: (options?: Parameters<typeof launchApp>[0]) => Promise<Harness> } {
  let app: Harness | null = null;
  afterEach(async () => {
    const problems = app?.problems ?? [];
    await app?.close();
    app = null;
    expect(problems).toEqual([]);
  });
  return {
    launch: async (options) => {
      app = await launchApp(options);
      return app;
    },
  };
}
