import { open, readdir, readFile, stat } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import type { BallotFileToWrite, ReplyFileRead } from '../../shared/ipc/translationContract';
import { MAX_REPLY_FILE_BYTES, MAX_REPLY_FILES } from '../../shared/ipc/translationContract';
import { ballotFileHtml, loadBallotFileTemplate } from './ballotFiles';
import { fromFsError, ServiceError } from './serviceError';

/**
 * The translation check's files on disk: ballot files written into a chosen folder, and
 * reply files read back from one. Nothing here knows the workspace; the window decides
 * what goes in a ballot and counts what comes back.
 */

const UNSAFE = /[^\p{L}\p{N} ._()-]+/gu;
const MAX_NAME = 120;

/**
 * A file name that stays in its folder on every system: letters, digits, spaces and a few
 * marks only (no separators, no "..", no leading dot), ending in .html.
 */
export function safeBallotFileName(suggested: string): string {
  const stem = suggested
    .replace(/\.html?$/i, '')
    .replace(UNSAFE, '-')
    .replace(/\.{2,}/g, '.')
    .replace(/^[\s.-]+|[\s.-]+$/g, '')
    .slice(0, MAX_NAME)
    .trim();
  return `${stem || 'ballot'}.html`;
}

/** "name.html", then "name (2).html", "name (3).html"…: the first that is not there yet. */
function candidate(fileName: string, attempt: number): string {
  if (attempt === 1) return fileName;
  return fileName.replace(/\.html$/, ` (${attempt}).html`);
}

async function writeNew(folder: string, fileName: string, html: string): Promise<string> {
  const root = resolve(folder);
  for (let attempt = 1; attempt <= 1000; attempt++) {
    const path = resolve(join(root, candidate(fileName, attempt)));
    // The name is already safe; this is the last guard that nothing lands outside the folder.
    if (!path.startsWith(root + sep))
      throw new ServiceError('BAD_REQUEST', 'That file name leaves the folder.');
    try {
      // 'wx' fails when the file exists: an earlier ballot or reply is never overwritten.
      const handle = await open(path, 'wx');
      try {
        await handle.writeFile(html, 'utf8');
      } finally {
        await handle.close();
      }
      return path;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') continue;
      throw fromFsError(error, 'write the ballot files', folder);
    }
  }
  throw new ServiceError(
    'EXISTS',
    `Could not write ${fileName}: the folder already holds too many files of that name.`,
  );
}

const NOT_BUILT = {
  built: false,
  message: 'Offsite was started without the ballot file page: run `npm run build` to make it.',
} as const;

export type TranslationFilesOptions = {
  /** The built ballot page (out/ballot-file); without it no ballot file can be made. */
  ballotFileDir: string | undefined;
  /** The folder dialog, titled for what the folder is for. */
  chooseFolder: (title: string) => Promise<string | null>;
};

export class TranslationFiles {
  constructor(private readonly options: TranslationFilesOptions) {}

  /** One HTML file per ballot in a folder the user chooses; null when they cancel. */
  async writeBallotFiles(
    files: readonly BallotFileToWrite[],
  ): Promise<{ folder: string; written: number } | null> {
    // Said before the folder is asked for: choosing one would be for nothing.
    const dir = this.options.ballotFileDir;
    const template = dir === undefined ? NOT_BUILT : await loadBallotFileTemplate(dir);
    if (!template.built) throw new ServiceError('NOT_FOUND', template.message);
    const folder = await this.options.chooseFolder('Where should the ballot files go?');
    if (folder === null) return null;
    let written = 0;
    for (const file of files) {
      await writeNew(folder, safeBallotFileName(file.fileName), ballotFileHtml(template.html, file.data));
      written++;
    }
    return { folder, written };
  }

  /** The *.json files directly in a folder the user chooses (never its subfolders); null when they cancel. */
  async readReplyFolder(): Promise<ReplyFileRead[] | null> {
    const folder = await this.options.chooseFolder('Which folder holds the reply files?');
    if (folder === null) return null;
    return readReplyFiles(folder);
  }
}

/** The folder's reply files, by name: at most MAX_REPLY_FILES, each read only when small enough. */
export async function readReplyFiles(folder: string): Promise<ReplyFileRead[]> {
  let entries;
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    throw fromFsError(error, 'read the replies', folder);
  }
  const names = entries
    .filter((e) => e.isFile() && e.name.toLowerCase().endsWith('.json'))
    .map((e) => e.name)
    .sort((a, b) => a.localeCompare(b))
    .slice(0, MAX_REPLY_FILES);
  const read: ReplyFileRead[] = [];
  for (const name of names) {
    const path = join(folder, name);
    try {
      if ((await stat(path)).size > MAX_REPLY_FILE_BYTES) {
        read.push({ name, tooLarge: true });
        continue;
      }
      read.push({ name, text: await readFile(path, 'utf8') });
    } catch (error) {
      throw fromFsError(error, `read ${name}`, folder);
    }
  }
  return read;
}
