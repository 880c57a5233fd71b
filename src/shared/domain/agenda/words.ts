import type { BlockKind } from '../workspace';

/** What each kind of agenda block is called, on screen and in the deck alike. */
export const BLOCK_KIND_LABELS: Record<BlockKind, string> = {
  ranking: 'Ranking round',
  board: 'Board',
  discussion: 'Discussion',
  break: 'Break',
  checkpoint: 'Checkpoint',
  'qbr-review': 'QBR review',
};

/** "45 min", "1 h", "5 h 45 min", "−15 min": how a facilitator writes a length of time. */
export function formatMinutes(minutes: number): string {
  const whole = Math.round(minutes);
  const sign = whole < 0 ? '−' : '';
  const abs = Math.abs(whole);
  if (abs < 60) return `${sign}${abs} min`;
  const h = Math.floor(abs / 60);
  const m = abs % 60;
  return `${sign}${m === 0 ? `${h} h` : `${h} h ${m} min`}`;
}
