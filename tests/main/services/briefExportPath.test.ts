import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DeckExportService } from '../../../src/main/services/deckExport';
import { nodeFsPort } from '../../../src/main/services/fsPort';
import type { SaveFileDialog } from '../../../src/main/services/dialogs';
import { contract } from '../../../src/shared/ipc/contract';
import { makeTempDir } from '../../support/tempDir';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

/** The service with a Save dialog that records what it was asked and cancels. */
async function setup() {
  const tmp = await makeTempDir('offsite-brief-');
  cleanups.push(tmp.cleanup);
  const dir = join(tmp.path, 'Q1 2027 Leadership Offsite');
  await mkdir(dir);
  const asked: Array<Parameters<SaveFileDialog>[0]> = [];
  const service = new DeckExportService({
    fs: nodeFsPort,
    clock: () => new Date(2027, 0, 15, 10, 0),
    printToPdf: () => Promise.reject(new Error('not printed here')),
    fontFaceCss: () => Promise.resolve(''),
    chooseSaveFile: (options) => {
      asked.push(options);
      return Promise.resolve(null);
    },
    showItemInFolder: () => undefined,
  });
  return { service, folder: { dir, name: 'Q1 2027 Leadership Offsite' }, dir, asked };
}

describe('the Save dialog for a department brief', () => {
  it('names the department in the dialog and in the suggested file', async () => {
    const { service, folder, dir, asked } = await setup();
    expect(await service.chooseExportPath(folder, '2027-01-15', 'Sales')).toBeNull();
    expect(asked[0]).toMatchObject({
      title: 'Export the Sales brief as PDF',
      defaultPath: join(dir, 'exports', 'Q1 2027 Leadership Offsite - Sales brief 2027-01-15.pdf'),
    });
  });

  it('keeps the QBR deck’s name when no department is given', async () => {
    const { service, folder, dir, asked } = await setup();
    await service.chooseExportPath(folder, '2027-01-15');
    expect(asked[0]).toMatchObject({
      title: 'Export the QBR deck as PDF',
      defaultPath: join(dir, 'exports', 'Q1 2027 Leadership Offsite - QBR 2027-01-15.pdf'),
    });
  });

  it('makes a department name safe as a file name', async () => {
    const { service, folder, dir, asked } = await setup();
    await service.chooseExportPath(folder, '2027-01-15', 'R&D / Labs: "core"');
    const suggested = asked[0]!.defaultPath;
    expect(suggested.startsWith(join(dir, 'exports'))).toBe(true);
    expect(suggested.slice(join(dir, 'exports').length + 1)).not.toMatch(/[/\\:"]/);
  });

  it('takes the department from the request, and refuses an empty one', () => {
    const request = contract['deck:chooseExportPath'].request;
    expect(request.safeParse({ handle: 'h-1', day: '2027-01-15', brief: 'Sales' }).success).toBe(true);
    expect(request.safeParse({ handle: 'h-1', brief: '' }).success).toBe(false);
  });
});
