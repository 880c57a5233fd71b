import * as nodeFs from 'node:fs/promises';
import type { FsPort } from '../../src/main/services/fsPort';

type Counter = { calls: number };

/**
 * Real `node:fs/promises`, except that the k-th operation (counting file-handle writes,
 * syncs and closes too) fails with `code`. Proves that a failure at any step leaves the
 * previous file intact (docs/quality.md D2).
 */
export function faultyFs(failAt: number, code: 'ENOSPC' | 'EIO' | 'EACCES'): FsPort & Counter {
  const counter: Counter = { calls: 0 };
  const step = () => {
    counter.calls++;
    if (counter.calls === failAt) {
      const error = new Error(`${code}: simulated failure`) as NodeJS.ErrnoException;
      error.code = code;
      throw error;
    }
  };
  const wrap =
    <A extends unknown[], R>(fn: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      step();
      return fn(...args);
    };
  const port: FsPort = {
    rename: wrap(nodeFs.rename),
    unlink: nodeFs.unlink, // cleanup itself must not be the thing that fails
    readFile: wrap(nodeFs.readFile) as FsPort['readFile'],
    stat: wrap(nodeFs.stat) as FsPort['stat'],
    lstat: wrap(nodeFs.lstat) as FsPort['lstat'],
    mkdir: wrap(nodeFs.mkdir) as FsPort['mkdir'],
    readdir: wrap(nodeFs.readdir) as FsPort['readdir'],
    access: wrap(nodeFs.access),
    cp: wrap(nodeFs.cp),
    rm: wrap(nodeFs.rm),
    open: async (...args: Parameters<typeof nodeFs.open>) => {
      step();
      const handle = await nodeFs.open(...args);
      return new Proxy(handle, {
        get(target, prop, receiver) {
          const value = Reflect.get(target, prop, receiver) as unknown;
          if (typeof value !== 'function') return value;
          if (prop === 'writeFile' || prop === 'sync' || prop === 'write') {
            return (...a: unknown[]) => {
              step();
              return (value as (...x: unknown[]) => unknown).apply(target, a);
            };
          }
          return (value as (...x: unknown[]) => unknown).bind(target);
        },
      });
    },
  };
  return Object.defineProperty(port, 'calls', { get: () => counter.calls }) as FsPort & Counter;
}
