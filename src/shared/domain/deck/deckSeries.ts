import type { QuarterSummary } from '../series/quarterSummary';

/**
 * The series' other quarters as the deck's trend slides need them: the summaries of the
 * quarters before the open one, oldest first, under the labels the series gives them, and
 * a sentence for each quarter that could not be found or read. The open quarter's own
 * figures are never taken from here: the deck sums them up from the workspace as it is.
 */
export type DeckSeries = {
  earlier: QuarterSummary[];
  /** "“Q1 2027 Offsite” (2027-Q1) could not be found: its figures are left out." */
  unread: string[];
};

/** The shape of the series service's answer this reads (shared/ipc's SeriesQuarter). */
export type SeriesQuarterLike =
  | { missing: true; previous: { name: string; period: string } }
  | {
      missing: false;
      current: boolean;
      name: string;
      period: string;
      quarterLabel: string;
      summary: QuarterSummary | null;
      problem: string | null;
    };

const named = (name: string, period: string) => `“${name}”${period ? ` (${period})` : ''}`;

/** The quarters before the open one; quarters after it belong to later decks, not this one. */
export function deckSeriesOf(quarters: readonly SeriesQuarterLike[]): DeckSeries {
  const here = quarters.findIndex((q) => !q.missing && q.current);
  const before = here < 0 ? [] : quarters.slice(0, here);
  const earlier: QuarterSummary[] = [];
  const unread: string[] = [];
  for (const q of before) {
    if (q.missing) {
      unread.push(
        `${named(q.previous.name, q.previous.period)} could not be found (see the Series tab): its figures are left out.`,
      );
    } else if (!q.summary) {
      const why = q.problem ? `: ${q.problem.replace(/[.\s]+$/, '')}` : '';
      unread.push(`${named(q.name, q.period)} could not be read${why}. Its figures are left out.`);
    } else {
      earlier.push({ ...q.summary, label: q.quarterLabel.trim() || q.summary.label });
    }
  }
  return { earlier, unread };
}
