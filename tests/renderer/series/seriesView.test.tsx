import { act, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { documentActions } from '../../../src/renderer/src/document';
import { workspaceActions } from '../../../src/renderer/src/features/workspaces';
import { newPriority } from '../../../src/shared/domain/priorities';
import type { QuarterSummary } from '../../../src/shared/domain/series/quarterSummary';
import type { Series } from '../../../src/shared/domain/workspace';
import type { SeriesQuarter } from '../../../src/shared/ipc/seriesContract';
import { renderApp, settle } from '../renderApp';
import { installSeriesMain } from './fakeSeriesMain';

let fake: ReturnType<typeof installSeriesMain>;
beforeEach(() => {
  fake = installSeriesMain();
});

const LINK: Series = {
  seriesId: 'series-1',
  quarterLabel: 'Q3 2027',
  previous: {
    workspaceId: 'ws-q2',
    name: 'Q2 2027 Offsite',
    period: '2027-Q2',
    folderHint: '/old/Q2 2027 Offsite',
  },
};

function summary(period: string, w: number, completion: number, later: number): QuarterSummary {
  return {
    period,
    label: period,
    rankingAgreement: { w, question: 'Which bets matter most?', voters: 5 },
    committedEffort: { now: 100 - later - 20, next: 20, later },
    commitmentCompletion: { percent: completion, graded: 4 },
    contestedMinutes: null,
    checkpoint: null,
    supportAverage: null,
  };
}

function found(name: string, label: string, s: QuarterSummary | null, current = false): SeriesQuarter {
  return {
    missing: false,
    workspaceId: `id-${label}`,
    name,
    period: s?.period ?? '',
    quarterLabel: label,
    folder: `/work/${name}`,
    current,
    summary: s,
    problem: null,
  };
}

/** Q3, open on its Setup tab: committed effort 90 on Now and 10 on Later, no ranking round yet. */
async function openSeries(quarters: (current: SeriesQuarter) => SeriesQuarter[]) {
  const path = fake.main.seed({ name: 'Q3 2027 Offsite', period: '2027-Q3' });
  const w = fake.main.onDisk(path)!;
  w.series = LINK;
  w.priorities = [
    newPriority({ title: 'Launch EU', impact: 9, effort: 9, status: 'committed', horizon: 'now' }, 'pr1'),
    newPriority({ title: 'Platform', impact: 6, effort: 1, status: 'committed', horizon: 'later' }, 'pr2'),
  ];
  fake.series.quarters = quarters(found('Q3 2027 Offsite', 'Q3 2027', null, true));
  const app = await renderApp();
  await act(() => workspaceActions.openRecent(path));
  // The Setup tab shows the series once main has answered with its quarters.
  await settle();
  return { ...app, path };
}

const rowOf = (measure: string) => screen.getByRole('row', { name: new RegExp(`^${measure}`) });
/** What a cell shows on screen: its text without the words kept for screen readers. */
function shown(cell: HTMLElement): string {
  const copy = cell.cloneNode(true) as HTMLElement;
  copy.querySelectorAll('.sr-only').forEach((e) => e.remove());
  return copy.textContent ?? '';
}
const cells = (row: HTMLElement) => within(row).getAllByRole('cell').map(shown);

describe('the series on the Setup tab', () => {
  it('lists the quarters in order and reads each measure per quarter, with arrows in words and the warning', async () => {
    await openSeries((current) => [
      found('Q1 2027 Offsite', 'Q1 2027', summary('2027-Q1', 0.4, 50, 30)),
      found('Q2 2027 Offsite', 'Q2 2027', summary('2027-Q2', 0.62, 50, 20)),
      current,
    ]);
    const list = screen.getByRole('list', { name: 'Quarters in this series' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.querySelector('.series-quarter-label')?.textContent),
    ).toEqual(['Q1 2027', 'Q2 2027', 'Q3 2027']);
    expect(screen.getByText(/this quarter/).closest('li')?.textContent).toContain('Q3 2027 Offsite');
    expect(cells(rowOf('Ranking agreement'))).toEqual(['0.40', '0.62↑ better', '—']);
    // Screen readers hear the arrow in a sentence.
    expect(within(rowOf('Ranking agreement')).getAllByRole('cell')[1]!.textContent).toContain(
      '↑ 0.22 higher than last quarter (better)',
    );
    expect(cells(rowOf('Commitments completed'))).toEqual(['50%', '50%→ same', '—']);
    // The open quarter's own figures are read from the window's document: 10 of 100 on Later.
    expect(cells(rowOf('Committed effort on Later'))).toEqual(['30%', '20%↓ lower', '10%↓ lower']);
    expect(document.querySelector('.series-warning')?.textContent).toMatch(
      /Later shrank two quarters in a row \(30% in Q1 2027, 20% in Q2 2027, 10% in Q3 2027\)/,
    );
    // A missing figure is explained in words, not left as a dash.
    expect(screen.getByRole('list', { name: 'Why some figures are missing' }).textContent).toContain(
      'Ranking agreement (Kendall’s W, final round), Q3 2027: No revealed ranking round with two ballots or more.',
    );
    expect(screen.getByRole('img', { name: /^Ranking agreement/ }).getAttribute('aria-label')).toContain(
      'Q2 2027: 0.62 (↑ 0.22 higher than last quarter (better))',
    );
  });

  it('explains a broken link, re-points it to the folder chosen, and asks for the quarters again', async () => {
    const reason = '“Q2 2027 Offsite” (2027-Q2) is not where the link last saw it (/old/Q2 2027 Offsite).';
    const { user, path } = await openSeries((current) => [
      { missing: true, reason, previous: LINK.previous!, linkIsHere: true },
      current,
    ]);
    expect(screen.getByText(reason)).toBeTruthy();
    fake.main.openDialogPicks('/archive/Q2 2027 Offsite');
    fake.series.repointAnswers.push(
      {
        code: 'BAD_REQUEST',
        message: 'That folder holds “Q4 2026 Offsite”, not “Q2 2027 Offsite” (2027-Q2).',
      },
      { series: { ...LINK, previous: { ...LINK.previous!, folderHint: '/archive/Q2 2027 Offsite' } } },
    );
    await user.click(screen.getByRole('button', { name: 'Re-point…' }));
    await settle();
    expect(screen.getByRole('alert').textContent).toBe(
      'That folder holds “Q4 2026 Offsite”, not “Q2 2027 Offsite” (2027-Q2).',
    );
    await user.click(screen.getByRole('button', { name: 'Re-point…' }));
    await settle();
    await act(() => documentActions.flush());
    expect(fake.main.onDisk(path)?.series?.previous?.folderHint).toBe('/archive/Q2 2027 Offsite');
    const asked = fake.series.requests.filter((r) => r.channel === 'series:quarters');
    expect(asked).toHaveLength(2);
    // The series is followed from the link as the window holds it, saved or not.
    expect(asked[1]?.request).toMatchObject({
      current: { series: { previous: { folderHint: '/archive/Q2 2027 Offsite' } } },
    });
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('removes a broken link on request, keeping the rest of the quarter', async () => {
    const { user, path } = await openSeries((current) => [
      { missing: true, reason: 'Gone.', previous: LINK.previous!, linkIsHere: true },
      current,
    ]);
    await user.click(screen.getByRole('button', { name: 'Remove link' }));
    await act(() => documentActions.flush());
    expect(fake.main.onDisk(path)?.series).toEqual({ ...LINK, previous: null });
    expect(fake.main.onDisk(path)?.priorities).toHaveLength(2);
  });

  it('names where to fix a link broken further back, without offering to change it here', async () => {
    await openSeries((current) => [
      {
        missing: true,
        reason: 'The link is in “Q2 2027 Offsite”: open it to re-point.',
        previous: LINK.previous!,
        linkIsHere: false,
      },
      found('Q2 2027 Offsite', 'Q2 2027', summary('2027-Q2', 0.5, 50, 20)),
      current,
    ]);
    expect(screen.getByText(/open it to re-point/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Re-point…' })).toBeNull();
  });
});
