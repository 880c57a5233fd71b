import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SeriesTrendsView } from '../../../src/renderer/src/features/series/SeriesTrendsView';
import type { QuarterSummary } from '../../../src/shared/domain/series/quarterSummary';
import { seriesTrends } from '../../../src/shared/domain/series/trends';

const base = (period: string): QuarterSummary => ({
  period,
  label: period,
  rankingAgreement: null,
  committedEffort: null,
  commitmentCompletion: null,
  contestedMinutes: null,
  checkpoint: null,
  supportAverage: null,
});

/**
 * Support 2.5 then 3.4 (+0.9, better) then 3.5 (+0.1 ≤ 0.25, same).
 * Sales τ-b 0.2, then −0.4 (−0.6, worse), then no check at all.
 * Legal only in Q2, where no one from it replied.
 */
const QUARTERS: QuarterSummary[] = [
  { ...base('Q1 2027'), supportAverage: 2.5, translation: [{ name: 'Sales', tauB: 0.2, respondents: 3 }] },
  {
    ...base('Q2 2027'),
    supportAverage: 3.4,
    translation: [
      { name: 'Sales', tauB: -0.4, respondents: 2 },
      { name: 'Legal', tauB: null, respondents: 0 },
    ],
  },
  { ...base('Q3 2027'), supportAverage: 3.5, translation: null },
];

/** What a cell shows on screen: its text without the words kept for screen readers. */
function shown(cell: HTMLElement): string {
  const copy = cell.cloneNode(true) as HTMLElement;
  copy.querySelectorAll('.sr-only').forEach((e) => e.remove());
  return copy.textContent ?? '';
}

describe('support and translation in the Series trends', () => {
  it('charts the support average with its arrows in words', () => {
    render(<SeriesTrendsView trends={seriesTrends(QUARTERS)} />);
    const row = screen.getByRole('row', { name: /^Support between departments/ });
    expect(within(row).getAllByRole('cell').map(shown)).toEqual([
      '2.5 / 5',
      '3.4 / 5↑ better',
      '3.5 / 5→ same',
    ]);
    expect(
      screen.getByRole('img', { name: /^Support between departments/ }).getAttribute('aria-label'),
    ).toContain('Q2 2027: 3.4 / 5 (↑ 0.9 higher than last quarter (better))');
  });

  it('reads each department’s τ-b per quarter in a table of its own, missing quarters in words', () => {
    render(<SeriesTrendsView trends={seriesTrends(QUARTERS)} />);
    const table = screen.getByRole('table', { name: 'How each department reads the strategy' });
    const sales = within(table).getByRole('row', { name: /^Sales/ });
    expect(within(sales).getAllByRole('cell').map(shown)).toEqual(['0.20n = 3', '−0.40↓ worsen = 2', '—']);
    const legal = within(table).getByRole('row', { name: /^Legal/ });
    expect(within(legal).getAllByRole('cell').map(shown)).toEqual(['—', '—', '—']);
    const notes = within(table.parentElement!).getByRole('list', { name: 'Why some figures are missing' });
    // One note for both departments: the quarter had no check at all.
    expect(notes.textContent).toContain('Sales and Legal, Q3 2027: No translation check with replies.');
    expect(notes.textContent).toContain('Legal, Q2 2027: No one from Legal replied.');
    expect(notes.textContent).toContain('Legal, Q1 2027: Legal was not in this quarter’s translation check.');
    // Not among the measures' own charts and table.
    expect(screen.queryByRole('img', { name: /reading of the strategy/ })).toBeNull();
  });
});
