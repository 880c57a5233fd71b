import type { OffsiteApi } from '../../../../shared/ipc/api';

/** The bridge's template channels, read at call time so tests can install a fake first. */
export function templatesBridge(): OffsiteApi['templates'] | null {
  return 'api' in window ? window.api.templates : null;
}
