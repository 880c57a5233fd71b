import { dirname, extname, join } from 'node:path';
import type { DeckSeries, SeriesQuarterLike } from '../../shared/domain/deck/deckSeries';
import type { Workspace } from '../../shared/domain/workspace';
import { writeFileAtomic } from './atomicWrite';
import type { SaveFileDialog } from './dialogs';
import { KeyedQueue } from './keyedQueue';
import { folderNameFor } from './folderNames';
import type { FsPort } from './fsPort';
import type { SeriesService } from './seriesService';
import { fromFsError, ServiceError } from './serviceError';
import { localDay } from '../../shared/domain/calendarDay';

/** Exports go into the workspace's own folder, beside workspace.json, where the team will look. */
export const EXPORTS_FOLDER = 'exports';

/** Prints static HTML to PDF bytes: Electron's hidden window in the app, Chromium's page.pdf in tests. */
export type DeckPrinter = (html: string) => Promise<Uint8Array>;

export type DeckExportStage = 'building' | 'printing' | 'writing' | 'done';
export type DeckExportProgress = { stage: DeckExportStage; slides: number };

export type DeckExportDeps = {
  fs: FsPort;
  clock: () => Date;
  printToPdf: DeckPrinter;
  /** @font-face rules with the bundled fonts inlined, for the characters of `text` (see deckFonts.ts). */
  fontFaceCss: (text: string) => Promise<string>;
  /** Absent where the platform has no save dialog: exports then go to the exports folder. */
  chooseSaveFile: SaveFileDialog | undefined;
  showItemInFolder: (path: string) => void;
  onProgress?: (progress: DeckExportProgress) => void;
  /**
   * The quarters of the open workspace's series (the series service's answer), for the
   * trend slides; absent where there is none to ask, and the slides then say so.
   */
  loadSeries?: (handle: string, workspace: Workspace) => Promise<readonly SeriesQuarterLike[]>;
};

export type DeckExportOptions = {
  day?: string;
  path?: string;
  /** The open workspace's handle, to read the other quarters of its series by. */
  handle?: string;
};

/**
 * The series service as the export's loader: the quarters around the open one, the open
 * one named by the fields of the document being exported (its link may be unsaved).
 */
export function seriesQuartersLoader(
  series: Pick<SeriesService, 'quarters'>,
): NonNullable<DeckExportDeps['loadSeries']> {
  return (handle, w) =>
    series.quarters({
      handle,
      current: { id: w.id, name: w.name, period: w.period, organisation: w.organisation, series: w.series },
    });
}

/** Where a workspace lives, as the workspace service knows it. */
export type WorkspaceFolder = { dir: string; name: string };

export type DeckExportResult = { path: string; pages: number; bytes: number };

/** "2027-01-15" in the user's own time zone: the day the deck is dated. */
export { localDay } from '../../shared/domain/calendarDay';

/** Pages in a PDF as Chromium writes it (one uncompressed /Type /Page object per page). */
export function countPdfPages(pdf: Uint8Array): number {
  return (
    Buffer.from(pdf)
      .toString('latin1')
      .match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0
  );
}

/**
 * The QBR deck to PDF. The HTML is built from the workspace by the shared builder, printed
 * by the injected printer (asynchronously, so the window never blocks) and written
 * atomically: a full disk or a read-only folder leaves no partial file and says so.
 * The renderer may only write where the user pointed the save dialog, and only reveal
 * files this service wrote (docs/quality.md V3).
 */
export class DeckExportService {
  private readonly chosen = new Set<string>();
  private readonly written = new Set<string>();
  /** Paths the save dialog gave for a department's brief, with the department's name. */
  private readonly briefs = new Map<string, string>();
  /**
   * One export at a time: the printer's request filter belongs to its session, and two
   * exports at once would replace each other's filter (or clear it while the other is
   * still loading); two exports of one day would also pick the same free file name.
   */
  private readonly exports = new KeyedQueue();

  constructor(private readonly deps: DeckExportDeps) {}

  /**
   * "Q1 2027 Leadership Offsite - QBR 2027-01-15.pdf", or "… - Sales brief 2027-01-15.pdf"
   * for a department's brief; safe on every OS.
   */
  defaultFileName(workspaceName: string, day: string, brief?: string): string {
    const what = brief === undefined ? 'QBR' : `${brief} brief`;
    return `${folderNameFor(`${workspaceName} - ${what} ${day}`)}.pdf`;
  }

  /**
   * The save dialog, starting in the workspace's exports folder; null when cancelled.
   * `brief`: a department's name when its brief is exported rather than the QBR deck.
   */
  async chooseExportPath(
    folder: WorkspaceFolder,
    day = localDay(this.deps.clock()),
    brief?: string,
  ): Promise<string | null> {
    const exportsDir = join(folder.dir, EXPORTS_FOLDER);
    // The dialog opens in the exports folder, so it must exist; if it cannot be made, the
    // dialog falls back to a folder of the OS's choosing and the write reports the problem.
    await this.deps.fs.mkdir(exportsDir, { recursive: true }).catch(() => undefined);
    const defaultPath = join(exportsDir, this.defaultFileName(folder.name, day, brief));
    if (!this.deps.chooseSaveFile)
      throw new ServiceError('INTERNAL', 'Choosing a file is not available here.');
    const picked = await this.deps.chooseSaveFile({
      title: brief === undefined ? 'Export the QBR deck as PDF' : `Export the ${brief} brief as PDF`,
      defaultPath,
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    });
    if (picked === null) return null;
    const path = /\.pdf$/i.test(picked) ? picked : `${picked}.pdf`;
    this.chosen.add(path);
    if (brief === undefined) this.briefs.delete(path);
    else this.briefs.set(path, brief);
    return path;
  }

  exportPdf(
    folder: WorkspaceFolder,
    workspace: Workspace,
    options: DeckExportOptions = {},
  ): Promise<DeckExportResult> {
    return this.exports.run('deck', () => this.exportNow(folder, workspace, options));
  }

  private async exportNow(
    folder: WorkspaceFolder,
    workspace: Workspace,
    options: DeckExportOptions,
  ): Promise<DeckExportResult> {
    const deck = workspace.deck;
    if (!deck) throw new ServiceError('INVALID', 'This workspace has no QBR deck yet: make one first.');
    if (options.path !== undefined && !this.chosen.has(options.path)) {
      throw new ServiceError('FORBIDDEN', 'Choose where to save the PDF with the Save dialog first.');
    }
    const day = options.day ?? localDay(this.deps.clock());
    // Loaded on first export: the deck builders (and their fonts' data) are not needed to
    // start the services, so starting stays quick.
    const { buildSlides, deckDocument, deckSeriesOf } = await import('../../shared/domain/deck');
    const series = await this.seriesFor(workspace, options.handle, deckSeriesOf);
    const build = { date: day, ...(series ? { series } : {}) };
    const brief = options.path === undefined ? undefined : this.briefs.get(options.path);
    const slides = buildSlides(workspace, deck, build).length;
    const progress = (stage: DeckExportStage) => this.deps.onProgress?.({ stage, slides });
    progress('building');
    // The fonts follow the characters the deck holds, so only the scripts it uses are inlined.
    const draft = deckDocument(workspace, deck, { ...build, brief, fontFaceCss: '' });
    const html = deckDocument(workspace, deck, { ...build, brief, fontFaceCss: await this.fontCss(draft) });
    progress('printing');
    let pdf: Uint8Array;
    try {
      pdf = await this.deps.printToPdf(html);
    } catch (error) {
      throw new ServiceError(
        'INTERNAL',
        `The PDF could not be made (${error instanceof Error ? error.message : String(error)}). Nothing was written.`,
      );
    }
    progress('writing');
    const path = options.path ?? (await this.freeTarget(folder.dir, this.defaultFileName(folder.name, day)));
    await this.write(path, pdf, options.path !== undefined);
    this.written.add(path);
    progress('done');
    return { path, pages: countPdfPages(pdf) || slides, bytes: pdf.byteLength };
  }

  /** "Show in folder" for a PDF this service wrote; any other path is refused. */
  showInFolder(path: string): void {
    if (!this.written.has(path)) throw new ServiceError('FORBIDDEN', 'Only an exported deck can be shown.');
    this.deps.showItemInFolder(path);
  }

  /** In the exports folder: `name`, or `name (2)`, `name (3)`… so an earlier export is never overwritten. */
  private async freeTarget(workspaceDir: string, fileName: string): Promise<string> {
    const dir = join(workspaceDir, EXPORTS_FOLDER);
    try {
      await this.deps.fs.mkdir(dir, { recursive: true });
    } catch (error) {
      throw fromFsError(error, 'save the PDF', dir);
    }
    const ext = extname(fileName);
    const stem = fileName.slice(0, fileName.length - ext.length);
    for (let n = 1; n < 1000; n++) {
      const candidate = join(dir, n === 1 ? fileName : `${stem} (${n})${ext}`);
      if (!(await this.exists(candidate))) return candidate;
    }
    return join(dir, `${stem} ${this.deps.clock().getTime()}${ext}`);
  }

  /**
   * Atomic write; when it fails, a file this export created is removed again (even a
   * complete one whose folder could not be synced), so a failure never leaves a file
   * behind. A file the user chose to replace is left to the atomic write: old or new.
   */
  private async write(path: string, pdf: Uint8Array, replacing: boolean): Promise<void> {
    const existed = replacing && (await this.exists(path));
    try {
      await writeFileAtomic(this.deps.fs, path, pdf);
    } catch (error) {
      if (!existed) await this.deps.fs.unlink(path).catch(() => undefined);
      throw fromFsError(error, 'save the PDF', dirname(path));
    }
  }

  private async exists(path: string): Promise<boolean> {
    try {
      await this.deps.fs.lstat(path);
      return true;
    } catch {
      return false;
    }
  }

  /**
   * The series' earlier quarters, read only when the deck has trend slides and the quarter
   * is in a series. A series that cannot be read is no reason to refuse the PDF: the slide
   * says the other quarters could not be read.
   */
  private async seriesFor(
    workspace: Workspace,
    handle: string | undefined,
    toDeck: (quarters: readonly SeriesQuarterLike[]) => DeckSeries,
  ): Promise<DeckSeries | undefined> {
    const wanted = workspace.deck?.sections.some((s) => s.type === 'trends') && workspace.series;
    if (!wanted || handle === undefined || !this.deps.loadSeries) return undefined;
    try {
      return toDeck(await this.deps.loadSeries(handle, workspace));
    } catch {
      return undefined;
    }
  }

  private async fontCss(text: string): Promise<string> {
    try {
      return await this.deps.fontFaceCss(text);
    } catch (error) {
      throw new ServiceError(
        'INTERNAL',
        `The deck's fonts could not be read (${error instanceof Error ? error.message : String(error)}).`,
      );
    }
  }
}
