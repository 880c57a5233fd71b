import { extname, join } from 'node:path';
import { writeFileAtomic } from './atomicWrite';
import { folderNameFor } from './folderNames';
import type { FsPort } from './fsPort';
import { fromFsError } from './serviceError';

/** Exports (board images, decks) go next to the workspace file, where the team will look. */
export const EXPORTS_FOLDER = 'exports';

/** "Q1 2027 Leadership Offsite - board 2027-01-10.png", safe on every OS. */
export function exportFileName(workspaceName: string, what: string, day: string, extension: string): string {
  return `${folderNameFor(`${workspaceName} - ${what} ${day}`)}.${extension}`;
}

/** `name`, or `name (2)`, `name (3)`… so an earlier export is never overwritten. */
async function freeName(fs: FsPort, dir: string, name: string): Promise<string> {
  const ext = extname(name);
  const stem = name.slice(0, name.length - ext.length);
  for (let n = 1; n < 1000; n++) {
    const candidate = join(dir, n === 1 ? name : `${stem} (${n})${ext}`);
    try {
      await fs.lstat(candidate);
    } catch {
      return candidate;
    }
  }
  return join(dir, `${stem} ${Date.now()}${ext}`);
}

/**
 * Writes an export into the workspace's exports folder, atomically: a full disk or a
 * missing permission leaves no partial file, and the error says what to do.
 */
export async function writeExport(
  fs: FsPort,
  workspaceDir: string,
  fileName: string,
  bytes: Uint8Array,
): Promise<string> {
  const dir = join(workspaceDir, EXPORTS_FOLDER);
  try {
    await fs.mkdir(dir, { recursive: true });
    const target = await freeName(fs, dir, fileName);
    await writeFileAtomic(fs, target, bytes);
    return target;
  } catch (error) {
    throw fromFsError(error, 'export the file', dir);
  }
}
