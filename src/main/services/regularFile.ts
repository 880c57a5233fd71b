import { constants } from 'node:fs';
import { dirname, relative, resolve, isAbsolute } from 'node:path';
import { realpath } from 'node:fs/promises';
import type { FsPort } from './fsPort';
import { ServiceError } from './serviceError';

/**
 * Reads a file only if it is a regular file, up to a hard byte limit, from the opened
 * descriptor. A workspace folder is the user's, and anything can sit in it under the
 * workspace file's name: a link to /dev/zero (stat says 0 bytes, reading never ends), a
 * FIFO (opening or reading blocks a libuv thread for good; four of them freeze all file
 * I/O). So: open without blocking, check what was opened with fstat, and never read past
 * `maxBytes`, whatever stat said before.
 */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

export type RegularFileLimits = {
  maxBytes: number;
  what: string;
  /** Give up after this long (a network drive that stopped answering); default 20 s. */
  timeoutMs?: number;
};

export const READ_TIMEOUT_MS = 20_000;

export function readRegularFile(fs: FsPort, file: string, limits: RegularFileLimits): Promise<Buffer> {
  const ms = limits.timeoutMs ?? READ_TIMEOUT_MS;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new ServiceError(
            'IO',
            `Reading ${limits.what} took longer than ${Math.round(ms / 1000)} seconds (a network or cloud drive that stopped answering?). Nothing was changed: try again, or copy the folder to this computer.`,
          ),
        ),
      ms,
    );
  });
  return Promise.race([readWithin(fs, file, limits), timedOut]).finally(() => clearTimeout(timer));
}

async function readWithin(fs: FsPort, file: string, limits: RegularFileLimits): Promise<Buffer> {
  await refuseLinkOutOfFolder(file, limits.what);
  const handle = await fs.open(file, OPEN_FLAGS);
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) {
      throw new ServiceError(
        'NOT_A_WORKSPACE',
        `${limits.what} is not an ordinary file (it is a device, a pipe or a folder), so Offsite did not read it. Nothing was changed. Replace it with a workspace file, or open another folder.`,
      );
    }
    if (stat.size > limits.maxBytes) throw tooLarge(limits, stat.size);
    // Read straight into one buffer of the size stat gave (a byte more, to see the end):
    // no chunk copies and no final concatenation, each of which would hold up the main
    // thread for tens of milliseconds on a large file. Shared memory, so a worker thread
    // can decode the bytes without a copy (see workspaceDecoder).
    let buffer = sharedBuffer(stat.size + 1);
    let total = 0;
    for (;;) {
      if (total === buffer.length) {
        // The file grew while it was read: keep going up to the limit, never past it.
        if (total > limits.maxBytes) throw tooLarge(limits, total);
        const bigger = sharedBuffer(Math.min(buffer.length * 2, limits.maxBytes + 1));
        buffer.copy(bigger, 0, 0, total);
        buffer = bigger;
      }
      const { bytesRead } = await handle.read(
        buffer,
        total,
        Math.min(READ_CHUNK, buffer.length - total),
        null,
      );
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > limits.maxBytes) throw tooLarge(limits, total);
    }
    return buffer.subarray(0, total);
  } finally {
    await handle.close();
  }
}

/** One read at a time is at most this much, so a slow disk still answers in steps. */
const READ_CHUNK = 1 << 20;

const sharedBuffer = (bytes: number): Buffer => Buffer.from(new SharedArrayBuffer(bytes));

function tooLarge(limits: RegularFileLimits, size: number): ServiceError {
  const mb = Math.round(limits.maxBytes / 1024 / 1024);
  return new ServiceError(
    'TOO_LARGE',
    `${limits.what} is more than ${mb} MB (${(size / 1024 / 1024).toFixed(0)} MB or more); Offsite opens workspaces up to ${mb} MB. The file was not read or changed.`,
  );
}

/**
 * A link inside the folder is fine; one that leads out of it (to a system file, another
 * user's folder) is refused before it is opened, and the message never quotes its target.
 */
async function refuseLinkOutOfFolder(file: string, what: string): Promise<void> {
  let target: string;
  let folder: string;
  try {
    [target, folder] = await Promise.all([realpath(file), realpath(dirname(file))]);
  } catch {
    return; // missing: the open reports it
  }
  const inside = relative(folder, resolve(target));
  if (inside.startsWith('..') || isAbsolute(inside)) {
    throw new ServiceError(
      'NOT_A_WORKSPACE',
      `${what} is a link to a file outside the workspace folder, so Offsite did not read it. Nothing was changed. Copy the real workspace file into the folder, or open the folder it belongs to.`,
    );
  }
}
