import { execFileSync } from 'node:child_process';
import { mkdir, readdir, readFile, symlink, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nodeFsPort, type FsPort } from '../../../src/main/services/fsPort';
import { readRegularFile } from '../../../src/main/services/regularFile';
import { failureOf, makeServices, readWorkspaceJson, sampleInput } from '../../support/services';

let s: Awaited<ReturnType<typeof makeServices>>;
beforeEach(async () => {
  s = await makeServices();
});
afterEach(() => s.cleanup());

/** Settles within `ms`, or says it hung: a special file must never stall the app. */
async function within<T>(ms: number, promise: Promise<T>): Promise<T | 'hung'> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const hung = new Promise<'hung'>((resolve) => {
    timer = setTimeout(() => resolve('hung'), ms);
  });
  try {
    return await Promise.race([promise, hung]);
  } finally {
    clearTimeout(timer);
  }
}

/** A workspace folder whose workspace.json is replaced by `make(file)`. */
async function folderWith(name: string, make: (file: string) => Promise<void>): Promise<string> {
  const opened = await s.workspaces.create({ ...sampleInput, name }, s.documents);
  await s.workspaces.close(opened.handle);
  const file = join(opened.path, 'workspace.json');
  await unlink(file);
  await make(file);
  return opened.path;
}

const mkfifo = (file: string) => {
  execFileSync('mkfifo', [file]);
  return Promise.resolve();
};

describe('a drive that stops answering', () => {
  it('reading gives up after its time limit with a message, instead of waiting for ever', async () => {
    const dir = await folderWith('Stalled', (file) => writeFile(file, '{}'));
    const stalled: FsPort = {
      ...nodeFsPort,
      // A network drive that accepted the open and then never answered the read.
      open: (() =>
        Promise.resolve({
          stat: () => new Promise(() => undefined),
          read: () => new Promise(() => undefined),
          close: () => Promise.resolve(),
        })) as unknown as FsPort['open'],
    };
    const started = Date.now();
    const failure = await within(
      5_000,
      failureOf(
        readRegularFile(stalled, join(dir, 'workspace.json'), {
          maxBytes: 1024,
          what: 'workspace.json',
          timeoutMs: 200,
        }),
      ),
    );
    expect(failure).not.toBe('hung');
    expect(failure).toMatchObject({ code: 'IO' });
    expect((failure as { message: string }).message).toMatch(/took longer than .* Nothing was changed/);
    expect(Date.now() - started).toBeLessThan(3_000);
  });
});

describe('special files in a workspace folder never stall the app', () => {
  for (const device of ['/dev/zero', '/dev/urandom']) {
    it(`workspace.json linked to ${device} is refused at once, without reading it`, async () => {
      const dir = await folderWith('Device', (file) => symlink(device, file));
      const before = process.memoryUsage().rss;
      const failure = await within(5_000, failureOf(s.workspaces.openFolder(dir)));
      expect(failure).not.toBe('hung');
      expect(failure).toMatchObject({ code: 'NOT_A_WORKSPACE' });
      expect((failure as { message: string }).message).not.toContain(device);
      expect(process.memoryUsage().rss - before).toBeLessThan(200 * 1024 * 1024);
    });
  }

  it('a FIFO named workspace.json is refused at once, and four of them do not freeze file I/O', async () => {
    const dirs = await Promise.all([1, 2, 3, 4].map((i) => folderWith(`Pipe ${i}`, mkfifo)));
    const failures = await within(
      5_000,
      Promise.all(dirs.map((dir) => failureOf(s.workspaces.openFolder(dir)))),
    );
    expect(failures).not.toBe('hung');
    for (const failure of failures as Array<{ code: string; message: string }>) {
      expect(failure.code).toBe('NOT_A_WORKSPACE');
      expect(failure.message).toMatch(/not an ordinary file .* Nothing was changed/);
    }
    // File I/O still answers: a normal workspace opens.
    const healthy = await s.workspaces.create({ ...sampleInput, name: 'Healthy' }, s.documents);
    expect(
      await within(
        5_000,
        s.workspaces.openFolder(healthy.path).catch(() => 'refused'),
      ),
    ).not.toBe('hung');
  });

  it('a link to a file outside the folder is refused without quoting that file', async () => {
    const secret = join(s.root, 'secret.txt');
    await writeFile(secret, 'password=hunter2\n');
    const dir = await folderWith('Linked out', (file) => symlink(secret, file));
    const failure = await failureOf(s.workspaces.openFolder(dir));
    expect(failure).toMatchObject({ code: 'NOT_A_WORKSPACE' });
    expect(failure?.message).toMatch(/outside the workspace folder/);
    expect(failure?.message).not.toContain('hunter2');
    expect(await readFile(secret, 'utf8')).toBe('password=hunter2\n');
  });

  it('a link inside the folder still opens', async () => {
    const opened = await s.workspaces.create(sampleInput, s.documents);
    await s.workspaces.close(opened.handle);
    await mkdir(join(opened.path, 'real'));
    const bytes = await readFile(join(opened.path, 'workspace.json'));
    await writeFile(join(opened.path, 'real', 'workspace.json'), bytes);
    await unlink(join(opened.path, 'workspace.json'));
    await symlink(join(opened.path, 'real', 'workspace.json'), join(opened.path, 'workspace.json'));
    const view = await s.workspaces.openFolder(opened.path);
    expect(view.workspace.name).toBe(sampleInput.name);
  });

  it('a valid file that starts with a UTF-8 byte-order mark opens, and is not quarantined', async () => {
    const opened = await s.workspaces.create(sampleInput, s.documents);
    await s.workspaces.close(opened.handle);
    const file = join(opened.path, 'workspace.json');
    const text = await readFile(file, 'utf8');
    await writeFile(file, `\uFEFF${text}`);
    const view = await s.workspaces.openFolder(opened.path);
    expect(view.workspace.name).toBe(sampleInput.name);
    expect((await readdir(opened.path)).filter((n) => n.includes('damaged'))).toEqual([]);
    await s.workspaces.save(view.handle, view.workspace);
    expect((await readWorkspaceJson(opened.path)).name).toBe(sampleInput.name);
  });
});
