import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nodeFsPort } from '../../../src/main/services/fsPort';
import { SeriesService } from '../../../src/main/services/seriesService';
import { summarizeQuarter } from '../../../src/shared/domain/series/quarterSummary';
import { decodeWorkspace, encodeWorkspace, type Workspace } from '../../../src/shared/domain/workspace';
import type { SeriesQuarter } from '../../../src/shared/ipc/seriesContract';
import { validQbrWorkspace } from '../../support/qbrWorkspace';
import { failureOf, makeServices, readWorkspaceJson } from '../../support/services';

let s: Awaited<ReturnType<typeof makeServices>>;
let series: SeriesService;
beforeEach(async () => {
  s = await makeServices();
  let ids = 0;
  series = new SeriesService({
    fs: nodeFsPort,
    recents: s.recents,
    workspaces: s.workspaces,
    newId: () => `series-id-${++ids}`,
    clock: () => new Date('2027-03-30T09:00:00Z'),
  });
});
afterEach(async () => {
  await s.workspaces.closeAll();
  await s.cleanup();
});

const Q1 = { name: 'Q1 2027 Leadership Offsite', period: '2027-Q1', organisation: 'Northwind Traders' };

/** Q1 after its offsite (a revealed round of five ballots, three commitments), saved and open. */
async function openFirstQuarter() {
  const opened = await s.workspaces.create({ ...Q1, kind: 'qbr' }, s.documents);
  const filled = validQbrWorkspace({ base: opened.workspace });
  await s.workspaces.save(opened.handle, filled);
  return { handle: opened.handle, path: opened.path, workspace: filled };
}

/** "Next quarter…" as the window does it: create, apply the returned link, save, open the new one. */
async function next(open: { handle: string; workspace: Workspace }, name: string, period: string) {
  const made = await series.createNextQuarter({ handle: open.handle, name, period, quarterLabel: period });
  const applied = { ...open.workspace, series: made.previousSeries };
  await s.workspaces.save(open.handle, applied);
  await s.workspaces.close(open.handle);
  const opened = await s.workspaces.openFolder(made.folder);
  return { handle: opened.handle, path: opened.path, workspace: opened.workspace };
}

async function threeQuarters() {
  const q1 = await openFirstQuarter();
  const q2 = await next(q1, 'Q2 2027 Leadership Offsite', '2027-Q2');
  const q3 = await next(q2, 'Q3 2027 Leadership Offsite', '2027-Q3');
  return { q1, q2, q3 };
}

const names = (quarters: SeriesQuarter[]) =>
  quarters.map((q) => (q.missing ? `missing: ${q.previous.name}` : q.name));

describe('a series of quarters on disk', () => {
  it('makes each next quarter beside the last, carrying its commitments, and lists all three in order', async () => {
    const { q1, q2, q3 } = await threeQuarters();
    expect(q2.path).toBe(join(s.documents, 'Q2 2027 Leadership Offsite'));
    expect(q3.workspace.series?.previous).toMatchObject({ name: q2.workspace.name, folderHint: q2.path });
    expect(q2.workspace.carriedIn?.commitments.map((c) => c.title)).toEqual([
      'Launch EU',
      'Self-serve onboarding',
      'SOC 2 audit',
    ]);
    // The first quarter joined the series through the link the window applied and saved.
    expect((await readWorkspaceJson(q1.path)).series?.seriesId).toBe(q3.workspace.series?.seriesId);
    expect((await s.recents.list()).map((r) => r.name)).toContain('Q3 2027 Leadership Offsite');

    const quarters = await series.quarters({ handle: q3.handle });
    expect(names(quarters)).toEqual([Q1.name, q2.workspace.name, q3.workspace.name]);
    const [first] = quarters;
    expect(first).toMatchObject({ missing: false, current: false, folder: q1.path });
    // The figures of a quarter read from its file are those of the whole workspace.
    expect(first?.missing === false && first.summary).toEqual(summarizeQuarter(q1.workspace));
    expect(first?.missing === false && first.summary?.rankingAgreement?.voters).toBe(5);
    expect(quarters.map((q) => !q.missing && q.current)).toEqual([false, false, true]);
  });

  it('finds the later quarters of the open one among the recent workspaces', async () => {
    const { q3, q1 } = await threeQuarters();
    await s.workspaces.close(q3.handle);
    const reopened = await s.workspaces.openFolder(q1.path);
    expect(names(await series.quarters({ handle: reopened.handle }))).toEqual([
      Q1.name,
      'Q2 2027 Leadership Offsite',
      'Q3 2027 Leadership Offsite',
    ]);
  });

  it('explains a quarter whose folder was renamed, and finds it again once re-pointed', async () => {
    const { q1, q2, q3 } = await threeQuarters();
    await s.workspaces.close(q3.handle);
    const moved = join(s.documents, 'Archive 2027-Q1');
    await rename(q1.path, moved);

    const fromQ3 = await s.workspaces.openFolder(q3.path);
    const seen = await series.quarters({ handle: fromQ3.handle });
    expect(names(seen)).toEqual([`missing: ${Q1.name}`, q2.workspace.name, q3.workspace.name]);
    // The broken link is Q2's: Q3's window names where to fix it.
    expect(seen[0]).toMatchObject({
      missing: true,
      linkIsHere: false,
      reason: expect.stringMatching(/moved, renamed or deleted.*open it to re-point/),
    });
    await s.workspaces.close(fromQ3.handle);

    const fromQ2 = await s.workspaces.openFolder(q2.path);
    const here = await series.quarters({ handle: fromQ2.handle });
    expect(here[0]).toMatchObject({ missing: true, linkIsHere: true, previous: { folderHint: q1.path } });
    // Another quarter's folder is refused in words.
    expect(await failureOf(series.repoint({ handle: fromQ2.handle, folder: q3.path }))).toMatchObject({
      message: `That folder holds “Q3 2027 Leadership Offsite”, not “${Q1.name}” (2027-Q1).`,
    });
    const { series: repointed } = await series.repoint({ handle: fromQ2.handle, folder: moved });
    expect(repointed.previous).toMatchObject({ workspaceId: q1.workspace.id, folderHint: moved });
    const fixed = { ...fromQ2.workspace, series: repointed };
    const after = await series.quarters({ handle: fromQ2.handle, current: fixed });
    expect(after[0]).toMatchObject({ missing: false, folder: moved, name: Q1.name });
  });

  it('explains a link to a folder that is gone, and loses nothing', async () => {
    const { q1, q2, q3 } = await threeQuarters();
    const before = await readFile(join(q2.path, 'workspace.json'), 'utf8');
    await rm(q1.path, { recursive: true });
    const quarters = await series.quarters({ handle: q3.handle });
    expect(quarters[0]).toMatchObject({
      missing: true,
      previous: { name: Q1.name, period: '2027-Q1', folderHint: q1.path },
      reason: expect.stringContaining(
        `“${Q1.name}” (2027-Q1) is not where the link last saw it (${q1.path})`,
      ),
    });
    expect(names(quarters).slice(1)).toEqual([q2.workspace.name, q3.workspace.name]);
    expect(await readFile(join(q2.path, 'workspace.json'), 'utf8')).toBe(before);
  });

  it('explains a link whose folder now holds another workspace, and does not take it for the quarter', async () => {
    const { q1, q3 } = await threeQuarters();
    await rename(q1.path, join(s.documents, 'Q1 kept elsewhere'));
    const stranger = { ...q1.workspace, id: 'someone-else', name: 'Budget 2028' };
    await mkdir(q1.path);
    await writeFile(join(q1.path, 'workspace.json'), encodeWorkspace(stranger));
    const [first] = await series.quarters({ handle: q3.handle });
    expect(first).toMatchObject({
      missing: true,
      previous: { workspaceId: q1.workspace.id },
      reason: expect.stringContaining(`(${q1.path}) now holds “Budget 2028”, another workspace.`),
    });
  });

  it('explains a link to a workspace of another organisation, and will not re-point to it', async () => {
    const { q1, q2 } = await threeQuarters();
    await s.workspaces.close(q2.handle);
    const other = { ...(await readWorkspaceJson(q1.path)), organisation: 'Globex' };
    await writeFile(join(q1.path, 'workspace.json'), encodeWorkspace(other));
    const fromQ2 = await s.workspaces.openFolder(q2.path);
    const quarters = await series.quarters({ handle: fromQ2.handle });
    expect(quarters[0]).toMatchObject({
      missing: true,
      linkIsHere: true,
      reason: expect.stringContaining('belongs to Globex, not Northwind Traders'),
    });
    expect(await failureOf(series.repoint({ handle: fromQ2.handle, folder: q1.path }))).toMatchObject({
      message: expect.stringContaining('a series stays within one organisation'),
    });
  });

  it('reads twelve quarters for the trends without decoding the whole workspaces', async () => {
    const quarter = (q: number): Workspace => {
      const base = validQbrWorkspace();
      return {
        ...base,
        id: `quarter-${q}`,
        name: `Quarter ${q}`,
        period: `${2025 + Math.floor((q - 1) / 4)}-Q${((q - 1) % 4) + 1}`,
        series: {
          seriesId: 'three-years',
          quarterLabel: `Quarter ${q}`,
          previous:
            q === 1
              ? null
              : {
                  workspaceId: `quarter-${q - 1}`,
                  name: `Quarter ${q - 1}`,
                  period: '',
                  folderHint: join(s.documents, `Quarter ${q - 1}`),
                },
        },
      };
    };
    for (let q = 1; q <= 11; q++) {
      const folder = join(s.documents, `Quarter ${q}`);
      await mkdir(folder);
      // A board the app would refuse to open: the trends do not read the board, so they do not mind.
      const w = quarter(q);
      const text = JSON.stringify({ ...w, board: { ...w.board, notes: [{ broken: true }] } });
      expect(decodeWorkspace(text).ok).toBe(false);
      await writeFile(join(folder, 'workspace.json'), text);
    }
    const last = join(s.documents, 'Quarter 12');
    await mkdir(last);
    await writeFile(join(last, 'workspace.json'), encodeWorkspace(quarter(12)));
    const opened = await s.workspaces.openFolder(last);
    const quarters = await series.quarters({ handle: opened.handle });
    expect(names(quarters)).toEqual(Array.from({ length: 12 }, (_, i) => `Quarter ${i + 1}`));
    const expected = summarizeQuarter(quarter(1));
    for (const q of quarters) {
      expect(q.missing === false && q.summary?.rankingAgreement).toEqual(expected.rankingAgreement);
    }
  });
});
