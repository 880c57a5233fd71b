import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  DeckExportService,
  seriesQuartersLoader,
  type DeckExportDeps,
} from '../../../src/main/services/deckExport';
import { nodeFsPort } from '../../../src/main/services/fsPort';
import { SeriesService } from '../../../src/main/services/seriesService';
import type { Workspace } from '../../../src/shared/domain/workspace';
import { validQbrWorkspace } from '../../support/qbrWorkspace';
import { makeServices } from '../../support/services';

// The deck export reads the series' earlier quarters through the series service, from real
// quarter folders on disk, for the trend slides; and names a department's brief in its title.
let s: Awaited<ReturnType<typeof makeServices>>;
let series: SeriesService;
let printed: string[];
let exporter: DeckExportService;
const saveAnswers: string[] = [];

beforeEach(async () => {
  s = await makeServices();
  let ids = 0;
  series = new SeriesService({
    fs: nodeFsPort,
    recents: s.recents,
    workspaces: s.workspaces,
    newId: () => `series-id-${++ids}`,
    clock: () => new Date('2027-09-30T09:00:00Z'),
  });
  printed = [];
  exporter = exporterWith(seriesQuartersLoader(series));
});

function exporterWith(loadSeries: DeckExportDeps['loadSeries']): DeckExportService {
  return new DeckExportService({
    fs: nodeFsPort,
    clock: () => new Date(2027, 8, 30, 10, 0),
    printToPdf: (html) => {
      printed.push(html);
      return Promise.resolve(new TextEncoder().encode('%PDF-1.4\n<< /Type /Page >>\n%%EOF'));
    },
    fontFaceCss: () => Promise.resolve(''),
    chooseSaveFile: () => Promise.resolve(saveAnswers.shift() ?? null),
    showItemInFolder: () => undefined,
    ...(loadSeries ? { loadSeries } : {}),
  });
}
afterEach(async () => {
  await s.workspaces.closeAll();
  await s.cleanup();
});

type Open = { handle: string; path: string; workspace: Workspace };

/** Q1 after its offsite: a revealed round of five ballots (W = 0.69) and four graded commitments. */
async function firstQuarter(): Promise<Open> {
  const opened = await s.workspaces.create(
    { name: 'Q1 2027 Leadership Offsite', period: '2027-Q1', organisation: 'Northwind Traders', kind: 'qbr' },
    s.documents,
  );
  const filled = validQbrWorkspace({ base: opened.workspace });
  await s.workspaces.save(opened.handle, filled);
  return { handle: opened.handle, path: opened.path, workspace: filled };
}

/** "Next quarter…" as the window does it: create, apply the link, save, open the new one. */
async function next(open: Open, name: string, period: string, quarterLabel: string): Promise<Open> {
  const made = await series.createNextQuarter({ handle: open.handle, name, period, quarterLabel });
  await s.workspaces.save(open.handle, { ...open.workspace, series: made.previousSeries });
  await s.workspaces.close(open.handle);
  const opened = await s.workspaces.openFolder(made.folder);
  return { handle: opened.handle, path: opened.path, workspace: opened.workspace };
}

const withTrends = (w: Workspace): Workspace => ({
  ...w,
  deck: {
    templateId: null,
    confidential: true,
    sections: [{ id: 'trends', type: 'trends', title: 'Alignment trends', markdown: '' }],
  },
});

describe('exporting a deck with trend slides from the third quarter of a series', () => {
  it('prints the earlier quarters’ figures read from their folders, and the arrows against them', async () => {
    const q1 = await firstQuarter();
    const q2 = await next(q1, 'Q2 2027 Leadership Offsite', '2027-Q2', 'Q2 2027');
    const q3 = await next(q2, 'Q3 2027 Leadership Offsite', '2027-Q3', 'Q3 2027');
    const workspace = withTrends(q3.workspace);
    await exporter.exportPdf({ dir: q3.path, name: workspace.name }, workspace, {
      handle: q3.handle,
      day: '2027-09-30',
    });
    const html = printed.at(-1)!;
    // Each quarter under the label its series gives it (Q1 joined the series under its period).
    expect(html).toContain('Quarters: 2027-Q1 → Q2 2027 → Q3 2027 (this quarter)');
    expect(html).toContain('>0.69</text>');
    expect(html).toContain('Q3 2027: no figure. No revealed ranking round with two ballots or more.');
    expect(html).toContain('>63%</text>');
    expect(html).toContain('Q3 2027: Now 100% · Next 0% · Later 0%; Later → about the same as last quarter.');
    expect(html).not.toContain('not part of a series');
    expect(html).not.toContain('could not be read');
  });

  it('says so in one line when the series cannot be read, and still prints', async () => {
    const q1 = await firstQuarter();
    const q2 = await next(q1, 'Q2 2027 Leadership Offsite', '2027-Q2', 'Q2 2027');
    const failing = exporterWith(() => Promise.reject(new Error('disk gone')));
    const workspace = withTrends(q2.workspace);
    await failing.exportPdf({ dir: q2.path, name: workspace.name }, workspace, { handle: q2.handle });
    expect(printed.at(-1)).toContain(
      'The other quarters of the series could not be read: this quarter’s own figures, no arrows.',
    );
  });
});

describe('a department brief’s title', () => {
  it('names the brief, the workspace and the period; the QBR deck keeps its own', async () => {
    const q1 = await firstQuarter();
    const folder = { dir: q1.path, name: q1.workspace.name };
    saveAnswers.push(join(s.documents, 'Sales brief.pdf'), join(s.documents, 'Board pack.pdf'));
    const brief = await exporter.chooseExportPath(folder, '2027-01-15', 'Sales');
    await exporter.exportPdf(folder, q1.workspace, { path: brief! });
    expect(printed.at(-1)).toContain('<title>Sales brief – Q1 2027 Leadership Offsite – 2027-Q1</title>');
    const deck = await exporter.chooseExportPath(folder, '2027-01-15');
    await exporter.exportPdf(folder, q1.workspace, { path: deck! });
    expect(printed.at(-1)).toContain('<title>Q1 2027 Leadership Offsite – QBR</title>');
  });
});
