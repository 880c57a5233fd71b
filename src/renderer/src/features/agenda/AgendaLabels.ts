export { BLOCK_KIND_LABELS, formatMinutes } from '../../../../shared/domain/agenda';

/** "Day 2 · Fri 15 Jan" when the date is set, else "Day 2". */
export function dayName(index: number, date: string): string {
  if (date === '') return `Day ${index + 1}`;
  const when = new Date(`${date}T12:00:00Z`);
  const text = when.toLocaleDateString('en-GB', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  });
  return `Day ${index + 1} · ${text}`;
}

/** "12" → 12; anything that is not a plain number goes to the domain as NaN, which refuses it. */
export function toNumber(text: string): number {
  return /^\s*-?\d+(\.\d+)?\s*$/.test(text) ? Number(text) : Number.NaN;
}
