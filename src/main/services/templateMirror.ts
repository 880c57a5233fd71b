import { join } from 'node:path';
import {
  MAX_MIRROR_BYTES,
  MIRROR_FORMAT,
  MIRROR_VERSION,
  MirrorFile,
  type MirrorSnapshot,
  type Template,
} from '../../shared/domain/templates';
import { parseJsonSafely } from '../../shared/domain/workspace';
import { writeFileAtomic } from './atomicWrite';
import type { FsPort } from './fsPort';
import { fromFsError, ServiceError } from './serviceError';

export const MIRROR_FILE = 'templates.json';
export const MIRROR_QUARANTINE_PATTERN = /^templates\.damaged-[0-9TZ]+\.json$/;
const WHERE = 'the Offsite data folder';

/**
 * The user's templates, mirrored from the renderer's IndexedDB to a JSON file in the
 * app's data folder (docs/quality.md I2). Written atomically, so a crash leaves the previous
 * copy; a damaged copy is renamed aside (never deleted) and reported, not trusted.
 */
export class TemplateMirror {
  private readonly file: string;
  /** Writes run one after another, in the order they were asked for. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly fs: FsPort,
    private readonly dataDir: string,
    private readonly clock: () => Date,
  ) {
    this.file = join(dataDir, MIRROR_FILE);
  }

  /** The mirrored templates, or null when there is no copy yet. */
  async read(): Promise<MirrorSnapshot | null> {
    let size: number;
    try {
      size = (await this.fs.stat(this.file)).size;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw fromFsError(error, 'read the copy of your templates', WHERE);
    }
    if (size > MAX_MIRROR_BYTES) {
      throw await this.setAside(`it is ${(size / 1024 / 1024).toFixed(0)} MB, far more than templates take`);
    }
    let text: string;
    try {
      text = await this.fs.readFile(this.file, 'utf8');
    } catch (error) {
      throw fromFsError(error, 'read the copy of your templates', WHERE);
    }
    const json = parseJsonSafely(text);
    if (!json.ok) throw await this.setAside(json.message.replace(/^The file/, 'it'));
    const version = (json.value as { version?: unknown } | null)?.version;
    if (typeof version === 'number' && version > MIRROR_VERSION) {
      throw new ServiceError(
        'TOO_NEW',
        'The copy of your templates on disk was written by a newer version of Offsite. Update Offsite to use it.',
      );
    }
    const parsed = MirrorFile.safeParse(json.value);
    if (!parsed.success) throw await this.setAside(parsed.error.issues[0]?.message ?? 'it is not valid');
    return { savedAt: parsed.data.savedAt, templates: parsed.data.templates };
  }

  async write(templates: Template[]): Promise<{ savedAt: string }> {
    const run = this.queue.then(() => this.writeNow(templates));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async writeNow(templates: Template[]): Promise<{ savedAt: string }> {
    const savedAt = this.clock().toISOString();
    const file: MirrorFile = { format: MIRROR_FORMAT, version: MIRROR_VERSION, savedAt, templates };
    try {
      await this.fs.mkdir(this.dataDir, { recursive: true });
      await writeFileAtomic(this.fs, this.file, JSON.stringify(file));
    } catch (error) {
      throw fromFsError(error, 'keep a copy of your templates on disk', WHERE);
    }
    return { savedAt };
  }

  private async setAside(reason: string): Promise<ServiceError> {
    const name = `templates.damaged-${this.clock().toISOString().replace(/[-:.]/g, '')}.json`;
    const moved = await this.fs.rename(this.file, join(this.dataDir, name)).then(
      () => true,
      () => false,
    );
    const where = moved ? ` It was set aside as ${name} in ${WHERE}.` : '';
    return new ServiceError('CORRUPT', `The copy of your templates on disk is damaged (${reason}).${where}`);
  }
}
