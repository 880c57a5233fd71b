import type { OffsiteApi } from '../../../../shared/ipc/api';

/** The bridge's deck channels, read at call time so tests can install a fake first. */
export function deckBridge(): OffsiteApi['deck'] | null {
  return 'api' in window ? window.api.deck : null;
}
