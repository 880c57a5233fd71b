import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { z } from 'zod';
import { parseJsonSafely } from '../../shared/domain/workspace';
import { BACKUP_REASONS, type BackupInfo, type BackupReason } from '../../shared/ipc/contract';
import { writeFileAtomic } from './atomicWrite';
import { backupsToKeep, bySequence } from './backupRetention';
import type { FsPort } from './fsPort';
import { ServiceError } from './serviceError';
import { hashText } from './workspaceFile';

const Meta = z.strictObject({
  version: z.literal(1),
  workspaceId: z.string().max(64),
  workspaceName: z.string().max(200),
  workspacePath: z.string().max(4096),
  createdAt: z.string().max(40),
  reason: z.enum(BACKUP_REASONS),
  size: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** The order backups were made in, whatever the clock said (see backupRetention.ts). */
  seq: z.number().int().nonnegative().optional(),
});
type Meta = z.infer<typeof Meta>;

const BACKUP_ID = /^\d{8}T\d{9}Z(-\d+)?$/;

/**
 * Rolling, checksummed snapshots of workspace files, kept in the app's data folder and
 * never inside the workspace (docs/quality.md D4), so losing or syncing the folder does not
 * lose its history. One folder per workspace, named by a hash of its id so a hostile id
 * cannot point anywhere else (V3).
 */
export class BackupStore {
  constructor(
    private readonly fs: FsPort,
    private readonly root: string,
    private readonly clock: () => Date,
  ) {}

  async snapshot(
    workspace: { id: string; name: string; path: string },
    bytes: string | Uint8Array,
    reason: BackupReason,
  ): Promise<BackupInfo> {
    const dir = this.dirFor(workspace.id);
    await this.fs.mkdir(dir, { recursive: true });
    const createdAt = this.clock();
    const id = await this.freeId(dir, createdAt);
    const earlier = await this.metas(dir);
    const seq = Math.max(0, ...[...earlier.values()].map((m) => m.seq ?? 0)) + 1;
    const meta: Meta = {
      version: 1,
      workspaceId: workspace.id,
      workspaceName: workspace.name.slice(0, 200),
      workspacePath: workspace.path,
      createdAt: createdAt.toISOString(),
      reason,
      size: typeof bytes === 'string' ? Buffer.byteLength(bytes) : bytes.length,
      sha256: hashText(bytes),
      seq,
    };
    // Bytes first, then the metadata that vouches for them: a crash in between leaves an
    // unlisted file, never a listed backup without content.
    await writeFileAtomic(this.fs, join(dir, `${id}.json`), bytes);
    await writeFileAtomic(this.fs, join(dir, `${id}.meta.json`), JSON.stringify(meta, null, 2));
    await this.prune(dir, new Map(earlier).set(id, meta));
    return toInfo(id, meta, true);
  }

  /** Newest first; every backup re-hashed, so a damaged one is marked, not offered blindly. */
  async list(workspaceId: string): Promise<BackupInfo[]> {
    const dir = this.dirFor(workspaceId);
    const newestFirst = [...(await this.metas(dir))]
      .map(([id, meta]) => ({ id, meta, createdAt: meta.createdAt, seq: meta.seq }))
      .sort((a, b) => bySequence(b, a));
    const out: BackupInfo[] = [];
    for (const { id, meta } of newestFirst) out.push(toInfo(id, meta, await this.intact(dir, id, meta)));
    return out;
  }

  /** The backup's bytes, after checking them against their checksum. */
  async read(workspaceId: string, backupId: string): Promise<Buffer> {
    if (!BACKUP_ID.test(backupId)) throw new ServiceError('NOT_FOUND', 'That backup does not exist.');
    const dir = this.dirFor(workspaceId);
    const meta = (await this.metas(dir)).get(backupId);
    if (!meta) throw new ServiceError('NOT_FOUND', 'That backup does not exist any more.');
    const bytes = await this.fs.readFile(join(dir, `${backupId}.json`)).catch(() => null);
    if (!bytes || hashText(bytes) !== meta.sha256) {
      throw new ServiceError(
        'CORRUPT',
        'That backup is damaged (its checksum does not match). Pick another one.',
      );
    }
    return bytes;
  }

  /** The folder the workspace lived in when this backup was made, or null if there is no such backup. */
  async recordedPath(workspaceId: string, backupId: string): Promise<string | null> {
    if (!BACKUP_ID.test(backupId)) return null;
    return (await this.metas(this.dirFor(workspaceId))).get(backupId)?.workspacePath ?? null;
  }

  /** Backups whose workspace last lived at `path`: how a damaged file (unreadable id) finds its history. */
  async findByPath(path: string): Promise<{ workspaceId: string; backups: BackupInfo[] } | null> {
    let folders: string[];
    try {
      folders = await this.fs.readdir(this.root);
    } catch {
      return null;
    }
    let best: { workspaceId: string; newest: string } | null = null;
    for (const folder of folders) {
      for (const [, meta] of await this.metas(join(this.root, folder))) {
        if (meta.workspacePath === path && (!best || meta.createdAt > best.newest)) {
          best = { workspaceId: meta.workspaceId, newest: meta.createdAt };
        }
      }
    }
    return best ? { workspaceId: best.workspaceId, backups: await this.list(best.workspaceId) } : null;
  }

  private async prune(dir: string, metas: Map<string, Meta>): Promise<void> {
    const all = [...metas].map(([id, m]) => ({ id, createdAt: m.createdAt, seq: m.seq }));
    const keep = backupsToKeep(all, this.clock());
    for (const { id } of all) {
      if (keep.has(id)) continue;
      await this.fs.unlink(join(dir, `${id}.meta.json`)).catch(() => undefined);
      await this.fs.unlink(join(dir, `${id}.json`)).catch(() => undefined);
    }
  }

  private async metas(dir: string): Promise<Map<string, Meta>> {
    const out = new Map<string, Meta>();
    let names: string[];
    try {
      names = await this.fs.readdir(dir);
    } catch {
      return out;
    }
    for (const name of names) {
      const id = name.endsWith('.meta.json') ? name.slice(0, -'.meta.json'.length) : null;
      if (!id || !BACKUP_ID.test(id)) continue;
      const json = parseJsonSafely(await this.fs.readFile(join(dir, name), 'utf8').catch(() => ''));
      const meta = json.ok ? Meta.safeParse(json.value) : null;
      if (meta?.success) out.set(id, meta.data);
    }
    return out;
  }

  private async intact(dir: string, id: string, meta: Meta): Promise<boolean> {
    const bytes = await this.fs.readFile(join(dir, `${id}.json`)).catch(() => null);
    return bytes !== null && bytes.length === meta.size && hashText(bytes) === meta.sha256;
  }

  private async freeId(dir: string, at: Date): Promise<string> {
    const base = at.toISOString().replace(/[-:.]/g, '');
    const names = new Set(await this.fs.readdir(dir).catch(() => [] as string[]));
    for (let n = 0; ; n++) {
      const id = n === 0 ? base : `${base}-${n}`;
      if (!names.has(`${id}.json`) && !names.has(`${id}.meta.json`)) return id;
    }
  }

  private dirFor(workspaceId: string): string {
    return join(this.root, createHash('sha256').update(workspaceId).digest('hex').slice(0, 32));
  }
}

function toInfo(id: string, meta: Meta, intact: boolean): BackupInfo {
  return {
    id,
    createdAt: meta.createdAt,
    size: meta.size,
    reason: meta.reason,
    workspaceName: meta.workspaceName,
    intact,
  };
}
