import { execFile } from 'node:child_process';
import { chmod, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * Makes a folder truly read-only for this process: chmod 555, and for root (whom
 * permissions do not stop) the immutable attribute as well. Throws if writing still
 * works, so a test that relies on it cannot pass vacuously. Returns the undo.
 */
export async function makeReadOnly(dir: string): Promise<() => Promise<void>> {
  await chmod(dir, 0o555);
  const root = process.getuid?.() === 0;
  if (root) await run('chattr', ['+i', dir]);
  const undo = async () => {
    if (root) await run('chattr', ['-i', dir]);
    await chmod(dir, 0o755);
  };
  const probe = join(dir, '.write-probe');
  const writable = await writeFile(probe, 'x').then(
    () => true,
    () => false,
  );
  if (writable) {
    await rm(probe, { force: true });
    await undo();
    throw new Error(`Could not make ${dir} read-only on this machine.`);
  }
  return undo;
}
