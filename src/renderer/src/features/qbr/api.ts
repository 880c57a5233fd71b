import type { OffsiteApi } from '../../../../shared/ipc/api';
import { bridge, hasBridge } from '../../bridge';

/** The bridge's deck channels, or null where there is none. */
export function deckBridge(): OffsiteApi['deck'] | null {
  return hasBridge() ? bridge().deck : null;
}
