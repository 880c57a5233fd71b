import * as nodeFs from 'node:fs/promises';

/**
 * The file-system calls the services make, as one injectable object. Production passes
 * `node:fs/promises`; tests pass a wrapper that fails the k-th call with ENOSPC/EIO/
 * EACCES to prove the previous file survives (docs/quality.md D2).
 */
export type FsPort = Pick<
  typeof nodeFs,
  'open' | 'rename' | 'unlink' | 'readFile' | 'stat' | 'lstat' | 'mkdir' | 'readdir' | 'access' | 'cp' | 'rm'
>;

export const nodeFsPort: FsPort = nodeFs;
