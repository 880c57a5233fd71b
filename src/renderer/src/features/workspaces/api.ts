import type { OffsiteApi } from '../../../../shared/ipc/api';

/** The bridge, read at call time so tests can install a fake or the real handlers first. */
export function bridge(): OffsiteApi {
  if (!('api' in window)) throw new Error('Offsite must run inside its desktop window.');
  return window.api;
}
