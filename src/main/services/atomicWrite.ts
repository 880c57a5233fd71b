import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import type { FsPort } from './fsPort';

/**
 * Write `data` to `target` so that, whatever happens (crash, power cut, full disk), the
 * target holds either its old bytes or the new ones, never a mix (docs/quality.md D1/D2):
 * temp file in the same folder → write → fsync → rename over the target → fsync the
 * folder so the rename itself is durable. On failure the temp file is removed.
 */
export async function writeFileAtomic(fs: FsPort, target: string, data: string | Uint8Array): Promise<void> {
  const dir = dirname(target);
  const temp = join(dir, `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  let renamed = false;
  try {
    const handle = await fs.open(temp, 'wx', 0o644);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temp, target);
    renamed = true;
    await syncDirectory(fs, dir);
  } catch (error) {
    if (!renamed) await fs.unlink(temp).catch(() => undefined);
    throw error;
  }
}

/** Folders cannot be opened for fsync on Windows; there the rename is already durable enough. */
async function syncDirectory(fs: FsPort, dir: string): Promise<void> {
  let handle;
  try {
    handle = await fs.open(dir, 'r');
  } catch {
    return;
  }
  try {
    await handle.sync();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EISDIR' && code !== 'EPERM' && code !== 'EINVAL' && code !== 'EBADF') throw error;
  } finally {
    await handle.close();
  }
}

export function isTempFileName(name: string): boolean {
  return name.startsWith('.') && name.endsWith('.tmp');
}
