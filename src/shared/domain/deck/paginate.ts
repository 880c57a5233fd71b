/** Rows per slide for each table, chosen so a 16:9 slide never cuts a row off. */
export const ROWS_PER_SLIDE = {
  kpi: 9,
  commitments: 9,
  decisions: 4,
  actionItems: 9,
  risks: 9,
  priorities: 10,
  rankingPlaces: 10,
  distances: 12,
} as const;

/** How tall a row will be on the slide, in CSS px, and how much room a slide has for rows. */
export type Fit<T> = { height: (row: T) => number; budget: number; firstBudget?: number };

/**
 * Splits a list into slide-sized parts: at most `perSlide` rows, and, when a `fit` is
 * given, no more rows than fit the slide's height by estimate (long comments wrap, so a
 * slide of wordy rows holds fewer). A row taller than a whole slide gets one of its own.
 * An empty list is one empty part (the slide says so).
 */
export function paginate<T>(rows: readonly T[], perSlide: number, fit?: Fit<T>): T[][] {
  if (rows.length === 0) return [[]];
  const parts: T[][] = [];
  let page: T[] = [];
  let used = 0;
  for (const row of rows) {
    const height = fit ? fit.height(row) : 0;
    const budget = fit ? (parts.length === 0 ? (fit.firstBudget ?? fit.budget) : fit.budget) : Infinity;
    if (page.length > 0 && (page.length >= perSlide || used + height > budget)) {
      parts.push(page);
      page = [];
      used = 0;
    }
    page.push(row);
    used += height;
  }
  parts.push(page);
  return parts;
}

/** Lines a text takes when about `perLine` characters fit on a line. */
export function lines(text: string, perLine: number): number {
  return Math.max(1, Math.ceil(text.length / perLine));
}

/** "Scorecard (2/3)" for a section continued over three slides; the plain title otherwise. */
export function partTitle(title: string, index: number, count: number): string {
  return count > 1 ? `${title} (${index + 1}/${count})` : title;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "15 January 2027" from "2027-01-15"; anything else is shown as given. */
export function formatDay(day: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(day);
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  return match && month ? `${Number(match[3])} ${month} ${match[1]}` : day;
}
