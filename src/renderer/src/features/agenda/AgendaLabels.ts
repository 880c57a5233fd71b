import type { BlockKind } from '../../../../shared/domain/workspace';

/** What each kind of block is called on screen. */
export const BLOCK_KIND_LABELS: Record<BlockKind, string> = {
  ranking: 'Ranking round',
  board: 'Board',
  discussion: 'Discussion',
  break: 'Break',
  checkpoint: 'Checkpoint',
  'qbr-review': 'QBR review',
};

/** "45 min", "1 h", "6 h 30 min". */
export function formatMinutes(minutes: number): string {
  const whole = Math.round(minutes);
  if (whole < 60) return `${whole} min`;
  const h = Math.floor(whole / 60);
  const m = whole % 60;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

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
