import { dirname, isAbsolute, join, resolve } from 'node:path';
import { z } from 'zod';
import { isDomainError } from '../../shared/domain/domainError';
import { nextQuarter, repointPrevious } from '../../shared/domain/series';
import { summarizeQuarter } from '../../shared/domain/series/quarterSummary';
import { summarizeQuarterFromJson } from '../../shared/domain/series/quarterSummaryJson';
import { parseJsonSafely, Series, type PreviousQuarterLink } from '../../shared/domain/workspace';
import type { RecentEntry } from '../../shared/ipc/contract';
import type {
  FoundQuarter,
  MissingQuarter,
  NextQuarterCreated,
  NextQuarterRequest,
  SeriesQuarter,
  SeriesQuartersRequest,
  SeriesRepointed,
  SeriesRepointRequest,
} from '../../shared/ipc/seriesContract';
import { folderNameFor, uniqueChild } from './folderNames';
import type { FsPort } from './fsPort';
import type { RecentStore } from './recentStore';
import { fromFsError, ServiceError } from './serviceError';
import { readWorkspaceBytes, WORKSPACE_FILE, writeWorkspaceFile } from './workspaceFile';
import { entryFor } from './workspaceFolderOps';
import type { WorkspaceService } from './workspaceService';

export type SeriesServiceDeps = {
  fs: FsPort;
  recents: RecentStore;
  workspaces: Pick<WorkspaceService, 'folderOf' | 'readFromDisk'>;
  newId: () => string;
  clock: () => Date;
};

/** A series longer than this is taken to loop back on itself (three years is twelve). */
const MAX_QUARTERS = 200;

/**
 * What a quarter's file says about who it is and what it follows: read from the JSON as
 * it is, without decoding the whole workspace (the trends read only their own fields).
 */
const Header = z.object({
  id: z.string(),
  name: z.string(),
  period: z.string(),
  organisation: z.string().catch(''),
  series: Series.nullable().catch(null).optional(),
});
type Header = z.infer<typeof Header>;

type Read =
  | { kind: 'ok'; header: Header; text: string; folder: string }
  | { kind: 'gone' }
  | { kind: 'unreadable'; message: string };

/**
 * Quarter series on disk: the next quarter written beside the open one, the quarters of a
 * series found by their ids (the folder a link remembers first, then the recent
 * workspaces), and a moved quarter re-pointed. The open workspace is never written here:
 * its new series link goes back to the window, whose document is the truth while it is open.
 */
export class SeriesService {
  constructor(private readonly deps: SeriesServiceDeps) {}

  async createNextQuarter(request: NextQuarterRequest): Promise<NextQuarterCreated> {
    const { fs } = this.deps;
    const { dir } = this.deps.workspaces.folderOf(request.handle);
    const previous = request.workspace ?? (await this.deps.workspaces.readFromDisk(request.handle));
    let made: ReturnType<typeof nextQuarter>;
    try {
      made = nextQuarter(previous, {
        name: request.name,
        period: request.period,
        quarterLabel: request.quarterLabel,
        now: this.deps.clock(),
        newId: this.deps.newId,
        previousFolder: dir,
      });
    } catch (error) {
      if (isDomainError(error)) throw new ServiceError('BAD_REQUEST', error.message);
      throw error;
    }
    const parent = dirname(dir);
    let folder: string;
    try {
      folder = await uniqueChild(fs, parent, folderNameFor(made.workspace.name));
      await fs.mkdir(folder);
    } catch (error) {
      throw fromFsError(error, 'create the next quarter', parent);
    }
    try {
      await writeWorkspaceFile(fs, folder, made.workspace);
    } catch (error) {
      await fs.rm(folder, { recursive: true, force: true }).catch(() => undefined);
      throw fromFsError(error, 'create the next quarter', folder);
    }
    await this.deps.recents.touch(entryFor(folder, made.workspace, this.deps.clock())).catch(() => undefined);
    return { folder, previousSeries: made.previous.series! };
  }

  /** The quarters of the open workspace's series, oldest first; a broken link is explained in place. */
  async quarters(request: SeriesQuartersRequest): Promise<SeriesQuarter[]> {
    const { dir } = this.deps.workspaces.folderOf(request.handle);
    const saved = request.current ? null : await this.deps.workspaces.readFromDisk(request.handle);
    const current = request.current ?? saved!;
    const here: FoundQuarter = {
      missing: false,
      workspaceId: current.id,
      name: current.name,
      period: current.period,
      quarterLabel: current.series?.quarterLabel ?? current.period,
      folder: dir,
      current: true,
      summary: saved && summarizeQuarter(saved),
      problem: null,
    };
    if (!current.series) return [here];
    const recents = new RecentHeaders(
      () => this.deps.recents.list(),
      (folder) => this.read(folder),
      current.organisation,
      dir,
    );
    const seen = new Set([current.id]);
    const earlier: SeriesQuarter[] = [];
    let link = current.series.previous;
    // Whose link is followed: the open workspace's own (null) or an earlier quarter's.
    let linkedFrom: string | null = null;
    while (link && seen.size < MAX_QUARTERS) {
      const found = await this.follow(link, current.organisation, recents);
      if ('reason' in found) {
        earlier.unshift(missing(link, found.reason, linkedFrom));
        break;
      }
      if (seen.has(found.header.id)) break;
      seen.add(found.header.id);
      earlier.unshift(quarterOf(found));
      link = found.header.series?.previous ?? null;
      linkedFrom = found.header.name;
    }
    // Later quarters are found only among the recent workspaces: nothing links forward.
    const later: SeriesQuarter[] = [];
    let last = current.id;
    for (let i = 0; i < MAX_QUARTERS; i++) {
      const next = (await recents.all()).find(
        (r) =>
          r.header.series?.seriesId === current.series!.seriesId &&
          r.header.series.previous?.workspaceId === last &&
          !seen.has(r.header.id),
      );
      if (!next) break;
      seen.add(next.header.id);
      later.push(quarterOf(next));
      last = next.header.id;
    }
    return [...earlier, here, ...later];
  }

  async repoint(request: SeriesRepointRequest): Promise<SeriesRepointed> {
    const current = request.workspace ?? (await this.deps.workspaces.readFromDisk(request.handle));
    const link = current.series?.previous;
    if (!link) throw new ServiceError('BAD_REQUEST', 'This quarter does not follow another one.');
    if (!isAbsolute(request.folder)) {
      throw new ServiceError('BAD_REQUEST', `Expected a full folder path, got "${request.folder}".`);
    }
    const folder = resolve(request.folder);
    const read = await this.read(folder);
    const linked = `“${link.name}” (${link.period})`;
    if (read.kind === 'gone') {
      throw new ServiceError(
        'NOT_A_WORKSPACE',
        `There is no Offsite workspace in ${folder}: choose the folder of ${linked}.`,
      );
    }
    if (read.kind === 'unreadable') {
      throw new ServiceError('CORRUPT', `The workspace in ${folder} cannot be read: ${read.message}`);
    }
    const { header } = read;
    if (header.id !== link.workspaceId) {
      throw new ServiceError('BAD_REQUEST', `That folder holds “${header.name}”, not ${linked}.`);
    }
    if (!sameOrganisation(header.organisation, current.organisation)) {
      throw new ServiceError('BAD_REQUEST', otherOrganisation(header, current.organisation));
    }
    return { series: repointPrevious(current, header, folder).series! };
  }

  /** A quarter's folder read for its header and text; never throws. */
  private async read(folder: string): Promise<Read> {
    let text: string;
    try {
      const bytes = await readWorkspaceBytes(this.deps.fs, join(folder, WORKSPACE_FILE));
      text = bytes.toString('utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException | undefined)?.code;
      if (code === 'ENOENT' || code === 'ENOTDIR') return { kind: 'gone' };
      return { kind: 'unreadable', message: error instanceof Error ? error.message : String(error) };
    }
    const json = parseJsonSafely(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    if (!json.ok) return { kind: 'unreadable', message: json.message };
    const header = Header.safeParse(json.value);
    if (!header.success)
      return { kind: 'unreadable', message: 'it is not in the form Offsite saves workspaces in.' };
    return { kind: 'ok', header: header.data, text, folder };
  }

  /** The folder the link remembers first, then the recent workspaces with the same id. */
  private async follow(
    link: PreviousQuarterLink,
    organisation: string,
    recents: RecentHeaders,
  ): Promise<Extract<Read, { kind: 'ok' }> | { reason: string }> {
    const named = `“${link.name}” (${link.period})`;
    let reason = `${named} is not where the link last saw it${link.folderHint ? ` (${link.folderHint})` : ''}, and it is not among the recent workspaces: its folder was moved, renamed or deleted.`;
    const hinted = link.folderHint && isAbsolute(link.folderHint) ? await this.read(link.folderHint) : null;
    if (hinted?.kind === 'ok' && hinted.header.id === link.workspaceId) {
      if (sameOrganisation(hinted.header.organisation, organisation)) return hinted;
      return { reason: otherOrganisation(hinted.header, organisation) };
    }
    if (hinted?.kind === 'ok') {
      reason = `The folder where ${named} was (${link.folderHint}) now holds “${hinted.header.name}”, another workspace.`;
    } else if (hinted?.kind === 'unreadable') {
      reason = `The file of ${named} in ${link.folderHint} cannot be read: ${hinted.message}`;
    }
    const elsewhere = (await recents.all()).find((r) => r.header.id === link.workspaceId);
    if (elsewhere) {
      if (sameOrganisation(elsewhere.header.organisation, organisation)) return elsewhere;
      return { reason: otherOrganisation(elsewhere.header, organisation) };
    }
    return { reason };
  }
}

/** The recent workspaces' headers, read once per request and only if a search needs them. */
class RecentHeaders {
  private loaded: Promise<Array<Extract<Read, { kind: 'ok' }>>> | null = null;

  constructor(
    private readonly list: () => Promise<RecentEntry[]>,
    private readonly read: (folder: string) => Promise<Read>,
    private readonly organisation: string,
    private readonly openFolder: string,
  ) {}

  all(): Promise<Array<Extract<Read, { kind: 'ok' }>>> {
    return (this.loaded ??= this.load());
  }

  private async load(): Promise<Array<Extract<Read, { kind: 'ok' }>>> {
    const entries = (await this.list()).filter(
      // The recents list knows each one's organisation: another's files are not even read.
      (e) =>
        !e.missing &&
        resolve(e.path) !== this.openFolder &&
        sameOrganisation(e.organisation, this.organisation),
    );
    const reads = await Promise.all(entries.map((e) => this.read(resolve(e.path))));
    return reads.filter((r): r is Extract<Read, { kind: 'ok' }> => r.kind === 'ok');
  }
}

function quarterOf(found: Extract<Read, { kind: 'ok' }>): FoundQuarter {
  const { header } = found;
  let summary: FoundQuarter['summary'] = null;
  let problem: string | null = null;
  try {
    summary = summarizeQuarterFromJson(found.text);
  } catch (error) {
    if (!isDomainError(error)) throw error;
    problem = error.message;
  }
  return {
    missing: false,
    workspaceId: header.id,
    name: header.name,
    period: header.period,
    quarterLabel: header.series?.quarterLabel ?? header.period,
    folder: found.folder,
    current: false,
    summary,
    problem,
  };
}

function missing(link: PreviousQuarterLink, why: string, linkedFrom: string | null): MissingQuarter {
  const what =
    linkedFrom === null
      ? 'Re-point the link to where that quarter is now, or remove the link; nothing else changes.'
      : `The link is in “${linkedFrom}”: open it to re-point or remove the link.`;
  return {
    missing: true,
    reason: `${why} ${what}`,
    previous: {
      workspaceId: link.workspaceId,
      name: link.name,
      period: link.period,
      folderHint: link.folderHint,
    },
    linkIsHere: linkedFrom === null,
  };
}

/** Organisations named alike are the same; an unnamed one never refuses a link. */
function sameOrganisation(a: string, b: string): boolean {
  const norm = (s: string) => s.trim().toLowerCase();
  return norm(a) === '' || norm(b) === '' || norm(a) === norm(b);
}

function otherOrganisation(found: Header, organisation: string): string {
  return `“${found.name}” (${found.period}) belongs to ${found.organisation}, not ${organisation}: a series stays within one organisation.`;
}
