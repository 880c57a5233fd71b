import { join } from 'node:path';
import type { FsPort } from './fsPort';

/** A workspace name as a folder name that every OS accepts. */
export function folderNameFor(name: string): string {
  const cleaned = name
    // eslint-disable-next-line no-control-regex -- control characters are exactly what we strip
    .replace(/[<>:"/\\|?*\u0000-\u001f]/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[ .]+|[ .]+$/g, '')
    .slice(0, 80)
    .trim();
  const safe = cleaned.length > 0 ? cleaned : 'Workspace';
  // Reserved device names on Windows cannot be folder names, even with an extension
  // ("con.txt", "LPT1.final"): Windows reads the part before the first dot. A word in
  // front makes the name an ordinary one.
  return isWindowsReservedName(safe) ? `Workspace ${safe}` : safe;
}

/** CON, PRN, AUX, NUL, COM0–9, LPT0–9 (also ¹²³), CONIN$, CONOUT$, with or without an extension. */
export function isWindowsReservedName(name: string): boolean {
  const stem = name.split('.')[0]!.trimEnd();
  return /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)$/i.test(stem);
}

/** `base`, or `base 2`, `base 3`… whichever does not exist yet in `parent`. */
export async function uniqueChild(fs: FsPort, parent: string, base: string): Promise<string> {
  for (let n = 1; n < 1000; n++) {
    const candidate = join(parent, n === 1 ? base : `${base} ${n}`);
    try {
      await fs.lstat(candidate);
    } catch {
      return candidate;
    }
  }
  throw new Error(`No free folder name for "${base}" in ${parent}.`);
}
