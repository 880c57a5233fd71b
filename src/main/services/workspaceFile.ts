import { createHash } from 'node:crypto';
import { constants } from 'node:fs';
import { join } from 'node:path';
import {
  decodeWorkspace,
  encodeWorkspace,
  type Migration,
  type Workspace,
} from '../../shared/domain/workspace';
import { writeFileAtomic } from './atomicWrite';
import type { FsPort } from './fsPort';
import { readRegularFile } from './regularFile';
import { fromFsError, ServiceError } from './serviceError';
import {
  inlineDecoder,
  parseDocument,
  type WorkspaceDecoder,
  type WorkspaceSummary,
} from './workspaceDecoder';

export const WORKSPACE_FILE = 'workspace.json';
/** Refused before reading (docs/quality.md V1): no real workspace comes near this. */
export const MAX_WORKSPACE_BYTES = 50 * 1024 * 1024;

/** What the file looked like when we last read or wrote it: the basis of conflict checks (D5). */
export type Fingerprint = { mtimeMs: number; size: number; hash: string };

export const hashText = (text: string | Uint8Array): string =>
  createHash('sha256').update(text).digest('hex');

export type LoadedWorkspace = {
  /** Built from `document` on first use: opening a workspace never needs it in this process. */
  readonly workspace: Workspace;
  summary: WorkspaceSummary;
  /** The validated, current-format workspace as UTF-8 JSON: what the window receives. */
  document: Uint8Array;
  fingerprint: Fingerprint;
  fromVersion: number;
  migrated: boolean;
  /** The file's bytes as read: what a pre-migration backup keeps. */
  bytes: Buffer;
  newerVersion?: number;
  /** After a migration: the file in today's format, to write back. */
  upgraded?: { bytes: Uint8Array; hash: string };
};

export async function readWorkspaceFile(
  fs: FsPort,
  dir: string,
  decode: WorkspaceDecoder = inlineDecoder(),
): Promise<LoadedWorkspace> {
  const file = join(dir, WORKSPACE_FILE);
  let stat;
  try {
    stat = await fs.stat(dir);
  } catch (error) {
    throw fromFsError(error, 'open the workspace', `the folder ${dir}`);
  }
  if (!stat.isDirectory()) {
    throw new ServiceError('NOT_A_WORKSPACE', `${dir} is a file, not a workspace folder. Pick a folder.`);
  }
  let fileStat;
  try {
    fileStat = await fs.stat(file);
  } catch {
    throw new ServiceError(
      'NOT_A_WORKSPACE',
      `This folder has no ${WORKSPACE_FILE}, so it is not an Offsite workspace. Pick the folder that contains ${WORKSPACE_FILE}, or create a new workspace.`,
    );
  }
  let bytes: Buffer;
  try {
    bytes = await readWorkspaceBytes(fs, file);
  } catch (error) {
    throw fromFsError(error, 'read the workspace', file);
  }
  let decoded;
  try {
    decoded = await decode(bytes);
  } catch (error) {
    throw new ServiceError(
      'IO',
      'Offsite could not finish reading this workspace. Nothing was changed; try again.',
      error instanceof Error ? error.message : String(error),
    );
  }
  if (!decoded.ok) {
    const lead =
      decoded.code === 'TOO_NEW' ? '' : 'This workspace file is damaged or was not written by Offsite. ';
    throw new ServiceError(decoded.code, `${lead}${decoded.message}`, decoded.details);
  }
  const { document } = decoded;
  let workspace: Workspace | undefined;
  return {
    get workspace() {
      return (workspace ??= parseDocument(document));
    },
    summary: decoded.summary,
    document,
    fingerprint: { mtimeMs: fileStat.mtimeMs, size: fileStat.size, hash: decoded.hash },
    fromVersion: decoded.fromVersion,
    migrated: decoded.migrated,
    bytes,
    ...(decoded.newerVersion !== undefined ? { newerVersion: decoded.newerVersion } : {}),
    ...(decoded.upgraded ? { upgraded: decoded.upgraded } : {}),
  };
}

/** The workspace file's bytes: a regular file only, never more than the size cap. */
export function readWorkspaceBytes(fs: FsPort, file: string): Promise<Buffer> {
  return readRegularFile(fs, file, { maxBytes: MAX_WORKSPACE_BYTES, what: WORKSPACE_FILE });
}

/** Temp files of our own saves (atomicWrite's naming); one left behind means a save was interrupted. */
const STALE_TEMP = /^\.workspace\.json\.[0-9a-f]{12}\.tmp$/;

/** Removes temp files an interrupted save left; only files of exactly our naming, nothing else. */
export async function sweepStaleTemps(fs: FsPort, dir: string): Promise<number> {
  const names = await fs.readdir(dir).catch(() => [] as string[]);
  let removed = 0;
  for (const name of names.filter((n) => STALE_TEMP.test(n))) {
    await fs.unlink(join(dir, name)).then(
      () => removed++,
      () => undefined,
    );
  }
  return removed;
}

export function writeWorkspaceFile(fs: FsPort, dir: string, workspace: Workspace): Promise<Fingerprint> {
  const text = encodeWorkspace(workspace);
  return writeEncodedWorkspace(fs, dir, { bytes: text, hash: hashText(text) });
}

/** Writes a file already encoded (and hashed) elsewhere, such as a migrated file from the decoder. */
export async function writeEncodedWorkspace(
  fs: FsPort,
  dir: string,
  file: { bytes: string | Uint8Array; hash: string },
): Promise<Fingerprint> {
  const path = join(dir, WORKSPACE_FILE);
  try {
    await writeFileAtomic(fs, path, file.bytes);
    const stat = await fs.stat(path);
    return { mtimeMs: stat.mtimeMs, size: stat.size, hash: file.hash };
  } catch (error) {
    throw fromFsError(error, 'save the workspace', dir);
  }
}

/** True when the file on disk is no longer what we loaded or last wrote. */
export async function changedOnDisk(fs: FsPort, dir: string, known: Fingerprint): Promise<boolean> {
  const file = join(dir, WORKSPACE_FILE);
  let stat;
  try {
    stat = await fs.stat(file);
  } catch {
    return true;
  }
  if (stat.size === known.size && stat.mtimeMs === known.mtimeMs) return false;
  // Touching a file (sync tools do) changes the mtime only: compare the bytes too.
  // Anything that cannot be read as a workspace file any more counts as changed.
  const bytes = await readWorkspaceBytes(fs, file).catch(() => null);
  return bytes === null || hashText(bytes) !== known.hash;
}

export async function canWrite(fs: FsPort, dir: string): Promise<boolean> {
  try {
    await fs.access(dir, constants.W_OK);
    await fs.access(join(dir, WORKSPACE_FILE), constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** Damaged files are renamed aside in the same folder, never deleted (docs/quality.md D7). */
export const QUARANTINE_PATTERN = /^workspace\.damaged-[0-9TZ-]+\.json$/;

export async function quarantineWorkspaceFile(fs: FsPort, dir: string, at: Date): Promise<string> {
  const name = `workspace.damaged-${at.toISOString().replace(/[-:.]/g, '')}.json`;
  await fs.rename(join(dir, WORKSPACE_FILE), join(dir, name));
  return name;
}

/** A backup's bytes as a workspace of today's format, or a refusal the user can act on. */
export function decodeBackup(bytes: Uint8Array, migrations: readonly Migration[]): Workspace {
  const decoded = decodeWorkspace(Buffer.from(bytes).toString('utf8'), migrations);
  if (!decoded.ok || decoded.newerVersion !== undefined) {
    throw new ServiceError(
      'CORRUPT',
      'That backup cannot be read by this version of Offsite. Pick another one.',
    );
  }
  return decoded.workspace;
}
