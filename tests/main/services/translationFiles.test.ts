import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createDispatcher, trustedSenderCheck } from '../../../src/main/ipc/dispatch';
import { createHandlers } from '../../../src/main/ipc/handlers';
import type { RecentStore } from '../../../src/main/services/recentStore';
import {
  readReplyFiles,
  safeBallotFileName,
  TranslationFiles,
} from '../../../src/main/services/translationFiles';
import type { WorkspaceService } from '../../../src/main/services/workspaceService';
import { BALLOT_FILE_FORMAT, type BallotFileData } from '../../../src/shared/domain/translation';
import { MAX_REPLY_FILE_BYTES, MAX_REPLY_FILES } from '../../../src/shared/ipc/translationContract';

const TEMPLATE = `<!doctype html><html><head><title>Ballot</title><script type="module" crossorigin>console.log(1)</script></head><body><main id="app"></main></body></html>`;

const data = (token: string, respondent: string | null = 'Ada Lovelace'): BallotFileData => ({
  format: BALLOT_FILE_FORMAT,
  version: 2,
  workspaceId: 'ws-1',
  roundId: 'check-1',
  token,
  organisation: 'Northwind',
  department: 'Sales',
  respondent,
  question: 'In what order should your team work on the company’s priorities?',
  items: [
    { id: 'p1', title: 'Grow the Nordics', description: '' },
    { id: 'p2', title: 'Fewer churned customers', description: '' },
  ],
  questions: [],
});

const cleanups: string[] = [];
afterEach(async () => {
  for (const dir of cleanups.splice(0)) await rm(dir, { recursive: true, force: true });
});

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'offsite-translation-'));
  cleanups.push(dir);
  return dir;
}

/** A built page in one folder, and an empty folder the dialog answers with. */
async function setUp(answer: 'folder' | 'cancel' = 'folder') {
  const pageDir = await tempDir();
  await writeFile(join(pageDir, 'index.html'), TEMPLATE);
  const folder = await tempDir();
  const asked: string[] = [];
  const files = new TranslationFiles({
    ballotFileDir: pageDir,
    chooseFolder: (title) => {
      asked.push(title);
      return Promise.resolve(answer === 'folder' ? folder : null);
    },
  });
  return { files, folder, asked };
}

const embedded = (html: string) =>
  JSON.parse(
    /<script type="application\/json" id="ballot-data">([\s\S]*?)<\/script>/.exec(html)![1]!,
  ) as unknown;

describe('writing ballot files', () => {
  it('writes one page per ballot into the chosen folder, each opening with its own respondent’s data', async () => {
    const { files, folder, asked } = await setUp();
    const result = await files.writeBallotFiles([
      { fileName: 'Sales - Ada Lovelace', data: data('tok_aaaaaaaa') },
      { fileName: 'Sales - Grace Hopper', data: data('tok_bbbbbbbb', 'Grace Hopper') },
    ]);
    expect(result).toEqual({ folder, written: 2 });
    // The folder dialog says what the folder is for, not "the workspace folder".
    expect(asked).toEqual(['Where should the ballot files go?']);
    expect((await readdir(folder)).sort()).toEqual([
      'Sales - Ada Lovelace.html',
      'Sales - Grace Hopper.html',
    ]);
    const grace = await readFile(join(folder, 'Sales - Grace Hopper.html'), 'utf8');
    expect(grace).toContain('Content-Security-Policy');
    expect(embedded(grace)).toEqual(data('tok_bbbbbbbb', 'Grace Hopper'));
  });

  it('keeps names inside the folder: separators, “..” and leading dots are taken out', async () => {
    const { files, folder } = await setUp();
    await files.writeBallotFiles([
      { fileName: '../../etc/passwd', data: data('tok_aaaaaaaa') },
      { fileName: '..\\..\\win.ini', data: data('tok_bbbbbbbb') },
      { fileName: '.hidden', data: data('tok_cccccccc') },
    ]);
    const names = await readdir(folder);
    expect(names).toHaveLength(3);
    for (const name of names) {
      expect(name).not.toMatch(/[/\\]|\.\.|^\./);
      expect(name).toMatch(/\.html$/);
    }
    expect(safeBallotFileName('Łukasz Wróblewski')).toBe('Łukasz Wróblewski.html');
    expect(safeBallotFileName('a/b:c*?"<>|')).toBe('a-b-c.html');
    expect(safeBallotFileName('///')).toBe('ballot.html');
  });

  it('never overwrites a file already there, nor one written in the same batch: it adds “ (2)”', async () => {
    const { files, folder } = await setUp();
    await writeFile(join(folder, 'Sales.html'), 'a ballot handed out last week');
    await files.writeBallotFiles([
      { fileName: 'Sales', data: data('tok_aaaaaaaa', null) },
      { fileName: 'Sales', data: data('tok_bbbbbbbb', null) },
    ]);
    expect((await readdir(folder)).sort()).toEqual(['Sales (2).html', 'Sales (3).html', 'Sales.html']);
    expect(await readFile(join(folder, 'Sales.html'), 'utf8')).toBe('a ballot handed out last week');
    expect(embedded(await readFile(join(folder, 'Sales (3).html'), 'utf8'))).toMatchObject({
      token: 'tok_bbbbbbbb',
    });
  });

  it('writes nothing and returns null when the folder dialog is cancelled', async () => {
    const { files, folder } = await setUp('cancel');
    expect(await files.writeBallotFiles([{ fileName: 'x', data: data('tok_aaaaaaaa') }])).toBeNull();
    expect(await readdir(folder)).toEqual([]);
  });

  it('says the page is not built, before asking for a folder, when the app has none', async () => {
    let asked = false;
    const unbuilt = new TranslationFiles({
      ballotFileDir: await tempDir(),
      chooseFolder: () => Promise.resolve(void (asked = true)).then(() => null),
    });
    await expect(unbuilt.writeBallotFiles([{ fileName: 'x', data: data('tok_aaaaaaaa') }])).rejects.toThrow(
      /not built/,
    );
    const none = new TranslationFiles({
      ballotFileDir: undefined,
      chooseFolder: () => Promise.resolve(null),
    });
    await expect(none.writeBallotFiles([{ fileName: 'x', data: data('tok_aaaaaaaa') }])).rejects.toThrow(
      /npm run build/,
    );
    expect(asked).toBe(false);
  });
});

describe('reading a folder of replies', () => {
  it('reads the .json files directly in the folder, by name, and neither other files nor subfolders', async () => {
    const folder = await tempDir();
    await writeFile(join(folder, 'b.offsite-reply.json'), '{"b":1}');
    await writeFile(join(folder, 'A.JSON'), '{"a":1}');
    await writeFile(join(folder, 'notes.txt'), 'not a reply');
    await mkdir(join(folder, 'old'));
    await writeFile(join(folder, 'old', 'c.json'), '{"c":1}');
    expect(await readReplyFiles(folder)).toEqual([
      { name: 'A.JSON', text: '{"a":1}' },
      { name: 'b.offsite-reply.json', text: '{"b":1}' },
    ]);
  });

  it('names a file too large to be a reply instead of reading it', async () => {
    const folder = await tempDir();
    await writeFile(join(folder, 'huge.json'), 'x'.repeat(MAX_REPLY_FILE_BYTES + 1));
    await writeFile(join(folder, 'fits.json'), 'x'.repeat(MAX_REPLY_FILE_BYTES));
    const read = await readReplyFiles(folder);
    expect(read.find((f) => f.name === 'huge.json')).toEqual({ name: 'huge.json', tooLarge: true });
    expect(read.find((f) => f.name === 'fits.json')).toMatchObject({
      text: 'x'.repeat(MAX_REPLY_FILE_BYTES),
    });
  });

  it(`reads at most ${MAX_REPLY_FILES} files from one folder`, async () => {
    const folder = await tempDir();
    for (let i = 0; i < MAX_REPLY_FILES + 20; i++) {
      await writeFile(join(folder, `r${String(i).padStart(4, '0')}.json`), '{}');
    }
    const read = await readReplyFiles(folder);
    expect(read).toHaveLength(MAX_REPLY_FILES);
    expect(read[0]!.name).toBe('r0000.json');
  });

  it('returns null when the folder dialog is cancelled', async () => {
    const { files } = await setUp('cancel');
    expect(await files.readReplyFolder()).toBeNull();
  });
});

describe('the translation channels', () => {
  const dispatchOver = (folder: string | null, ballotFileDir?: string) =>
    createDispatcher(
      createHandlers({
        workspaces: {} as WorkspaceService,
        recents: {} as RecentStore,
        dialogs: {
          chooseParentFolder: () => Promise.resolve(folder),
          chooseWorkspaceFolder: () => Promise.resolve(null),
        },
        info: { version: '1', platform: 'linux', defaultWorkspaceParent: '/tmp' },
        ...(ballotFileDir ? { ballotFileDir } : {}),
      }),
      { isTrustedSender: trustedSenderCheck(['app://offsite']) },
    );
  const APP = 'app://offsite/index.html';

  it('refuse bad requests before touching the disk', async () => {
    const folder = await tempDir();
    const dispatch = dispatchOver(folder, folder);
    const bad = [
      {},
      { files: [] },
      { files: [{ fileName: 'x', data: { ...data('tok_aaaaaaaa'), token: '../x' } }] },
      { files: [{ fileName: '', data: data('tok_aaaaaaaa') }] },
      { files: [{ fileName: 'x', data: data('tok_aaaaaaaa'), path: '/etc' }] },
    ];
    for (const request of bad) {
      expect(await dispatch('translation:writeBallotFiles', request, APP)).toMatchObject({
        ok: false,
        code: 'BAD_REQUEST',
      });
    }
    expect(await dispatch('translation:readReplyFolder', { folder: '/etc' }, APP)).toMatchObject({
      ok: false,
      code: 'BAD_REQUEST',
    });
    expect(await readdir(folder)).toEqual([]);
  });

  it('say in words that the ballot page is not built', async () => {
    const dispatch = dispatchOver(await tempDir());
    const result = await dispatch(
      'translation:writeBallotFiles',
      { files: [{ fileName: 'x', data: data('tok_aaaaaaaa') }] },
      APP,
    );
    expect(result).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
      message: expect.stringMatching(/ballot file page/),
    });
  });

  it('read the replies of the folder the dialog gave', async () => {
    const folder = await tempDir();
    await writeFile(join(folder, 'r.json'), '{"reply":true}');
    expect(await dispatchOver(folder)('translation:readReplyFolder', {}, APP)).toEqual({
      ok: true,
      value: [{ name: 'r.json', text: '{"reply":true}' }],
    });
  });
});
