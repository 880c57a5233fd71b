import type { OffsiteApi } from '../../shared/ipc/api';

/**
 * The one way from the window to the main process: the api the preload exposes. Read at
 * call time, so tests can install a fake or the real handlers first.
 */
export function bridge(): OffsiteApi {
  if (!hasBridge()) throw new Error('Offsite must run inside its desktop window.');
  return window.api;
}

/** False in a plain browser page (and in tests that install no api): features then work offline. */
export function hasBridge(): boolean {
  return 'api' in window;
}
