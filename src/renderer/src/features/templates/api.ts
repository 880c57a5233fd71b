import type { OffsiteApi } from '../../../../shared/ipc/api';
import { bridge, hasBridge } from '../../bridge';

/** The bridge's template channels, or null where there is none (the library works offline). */
export function templatesBridge(): OffsiteApi['templates'] | null {
  return hasBridge() ? bridge().templates : null;
}
