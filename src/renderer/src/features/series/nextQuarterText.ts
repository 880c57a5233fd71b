/**
 * The next quarter's name, period and label, suggested from the current ones: the first
 * quarter written in them ("2027-Q1", "2027 Q1", "Q1 2027", "Q1-2027") moves on by one, in
 * the same form, the fourth into the next year's first. Text with no quarter in it is left
 * as it is, for the facilitator to change.
 */
const YEAR_FIRST = /(\d{4})(\s*-?\s*)Q([1-4])(?!\d)/i;
const QUARTER_FIRST = /(?<![A-Za-z0-9])Q([1-4])(\s*-?\s*)(\d{4})/i;

export function nextQuarterIn(text: string): string {
  const yearFirst = YEAR_FIRST.exec(text);
  const quarterFirst = QUARTER_FIRST.exec(text);
  // Whichever comes first in the text is the quarter it names.
  if (yearFirst && (!quarterFirst || yearFirst.index <= quarterFirst.index)) {
    const [whole, year, gap, quarter] = yearFirst as unknown as [string, string, string, string];
    const next = bump(Number(year), Number(quarter));
    const q = whole.includes('q') ? 'q' : 'Q';
    return replaceAt(text, yearFirst.index, whole, `${next.year}${gap}${q}${next.quarter}`);
  }
  if (quarterFirst) {
    const [whole, quarter, gap, year] = quarterFirst as unknown as [string, string, string, string];
    const next = bump(Number(year), Number(quarter));
    const q = whole.startsWith('q') ? 'q' : 'Q';
    return replaceAt(text, quarterFirst.index, whole, `${q}${next.quarter}${gap}${next.year}`);
  }
  return text;
}

function bump(year: number, quarter: number): { year: number; quarter: number } {
  return quarter === 4 ? { year: year + 1, quarter: 1 } : { year, quarter: quarter + 1 };
}

function replaceAt(text: string, at: number, whole: string, by: string): string {
  return text.slice(0, at) + by + text.slice(at + whole.length);
}
