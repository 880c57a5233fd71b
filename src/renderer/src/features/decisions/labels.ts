import type { ActionStatus, DecisionKind } from '../../../../shared/domain/workspace';

/** Each kind has a word and a symbol as well as a colour: never colour alone (projectors, colour blindness). */
export const KIND_INFO: Record<DecisionKind, { label: string; symbol: string }> = {
  commit: { label: 'Commit', symbol: '✓' },
  defer: { label: 'Defer', symbol: '‖' },
  drop: { label: 'Drop', symbol: '✕' },
  decision: { label: 'Decision', symbol: '◆' },
};

export const STATUS_LABELS: Record<ActionStatus, string> = {
  open: 'Open',
  'in-progress': 'In progress',
  done: 'Done',
};

/** “12 Jan 2027”: unambiguous in every locale the room may come from. */
export function readableDay(day: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return day;
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const month = months[Number(match[2]) - 1];
  return month ? `${Number(match[3])} ${month} ${match[1]}` : day;
}
