import { builtInTemplates } from './builtIns';
import type { Template } from './schema';

export type InstalledTemplate = Pick<Template, 'id' | 'origin' | 'builtInVersion'>;

/**
 * Which shipped templates to write: the missing ones, and those installed at an older
 * version. Running it again changes nothing (idempotent). A copy from a newer app is left
 * alone, and so is anything of the user's, whatever its id.
 */
export function planSeed(
  installed: readonly InstalledTemplate[],
  shipped: readonly Template[] = builtInTemplates(),
): Template[] {
  const byId = new Map(installed.map((t) => [t.id, t]));
  return shipped.filter((s) => {
    const have = byId.get(s.id);
    if (!have) return true;
    if (have.origin !== 'builtin') return false;
    return (have.builtInVersion ?? 0) < (s.builtInVersion ?? 0);
  });
}
