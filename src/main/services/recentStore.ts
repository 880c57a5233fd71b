import { join } from 'node:path';
import { z } from 'zod';
import { parseJsonSafely } from '../../shared/domain/workspace';
import { RecentEntry } from '../../shared/ipc/contract';
import { writeFileAtomic } from './atomicWrite';
import type { FsPort } from './fsPort';

const MAX_RECENTS = 30;
const StoredRecent = RecentEntry.omit({ missing: true });
type StoredRecent = z.infer<typeof StoredRecent>;
const StoredFile = z.strictObject({ version: z.literal(1), entries: z.array(StoredRecent).max(200) });

/**
 * The recent-workspaces list, kept in the app's data folder (not in any workspace).
 * A damaged list is not worth bothering the user about: it reads as empty and is
 * rewritten on the next change.
 */
export class RecentStore {
  private readonly file: string;

  constructor(
    private readonly fs: FsPort,
    dataDir: string,
  ) {
    this.file = join(dataDir, 'recent-workspaces.json');
  }

  async list(): Promise<RecentEntry[]> {
    const entries = await this.read();
    return Promise.all(entries.map(async (e) => ({ ...e, missing: !(await this.exists(e.path)) })));
  }

  async touch(entry: StoredRecent): Promise<void> {
    const entries = (await this.read()).filter((e) => e.path !== entry.path);
    await this.write([entry, ...entries].slice(0, MAX_RECENTS));
  }

  async update(path: string, change: Partial<Omit<StoredRecent, 'path'>>): Promise<void> {
    const entries = await this.read();
    await this.write(entries.map((e) => (e.path === path ? { ...e, ...change } : e)));
  }

  async remove(path: string): Promise<void> {
    const entries = await this.read();
    await this.write(entries.filter((e) => e.path !== path));
  }

  private async read(): Promise<StoredRecent[]> {
    let text: string;
    try {
      text = await this.fs.readFile(this.file, 'utf8');
    } catch {
      return [];
    }
    const json = parseJsonSafely(text);
    const parsed = json.ok ? StoredFile.safeParse(json.value) : null;
    return parsed?.success ? parsed.data.entries : [];
  }

  private async write(entries: StoredRecent[]): Promise<void> {
    await this.fs.mkdir(join(this.file, '..'), { recursive: true });
    await writeFileAtomic(this.fs, this.file, JSON.stringify({ version: 1, entries }, null, 2));
  }

  private async exists(path: string): Promise<boolean> {
    try {
      await this.fs.access(join(path, 'workspace.json'));
      return true;
    } catch {
      return false;
    }
  }
}
