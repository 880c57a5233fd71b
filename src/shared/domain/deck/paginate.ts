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

/** Splits a list into slide-sized parts; an empty list is one empty part (the slide says so). */
export function paginate<T>(rows: readonly T[], perSlide: number): T[][] {
  if (rows.length === 0) return [[]];
  const parts: T[][] = [];
  for (let i = 0; i < rows.length; i += perSlide) parts.push(rows.slice(i, i + perSlide));
  return parts;
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
