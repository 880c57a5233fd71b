import type { ParkedItem, Workspace } from '../../../../../shared/domain/workspace';
import { isTimeZone, OUTCOME_LABELS } from '../../../../../shared/domain/agenda';
import type { CaptureLink } from './parkingStore';

/** Block titles can run to 200 characters: beside an item, the start of one says enough. */
const BLOCK_TITLE_SHOWN = 60;

function clip(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max
    ? text
    : `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}

const blockTitle = (w: Workspace, id: string | null) => {
  const title = id === null ? undefined : w.agenda.blocks.find((b) => b.id === id)?.title;
  return title === undefined ? null : clip(title, BLOCK_TITLE_SHOWN);
};
const priorityTitle = (w: Workspace, id: string | null) =>
  id === null ? null : (w.priorities.find((p) => p.id === id)?.title ?? null);

/** "Rank the bets · Launch in the EU"; what a new item will be linked to (or was). */
export function linkWords(w: Workspace, link: CaptureLink): string | null {
  const parts = [blockTitle(w, link.blockId), priorityTitle(w, link.priorityId)].filter(
    (s): s is string => s !== null,
  );
  return parts.length > 0 ? parts.join(' · ') : null;
}

/** "10:42" today, "Tue 14 Jan 10:42" another day, in the agenda's time zone. */
export function whenParked(item: ParkedItem, timeZone: string, now = new Date()): string {
  const zone = isTimeZone(timeZone) ? timeZone : undefined;
  const at = new Date(item.parkedAt);
  const day = (d: Date) =>
    new Intl.DateTimeFormat('en-GB', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    }).format(d);
  const time = new Intl.DateTimeFormat('en-GB', {
    timeZone: zone,
    hour: '2-digit',
    minute: '2-digit',
  }).format(at);
  if (day(at) === day(now)) return time;
  const date = new Intl.DateTimeFormat('en-GB', {
    timeZone: zone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
  }).format(at);
  return `${date} ${time}`;
}

/** "Parked 10:42 during “Rank the bets”, about “Launch in the EU”". */
export function whereParked(w: Workspace, item: ParkedItem): string {
  const block = blockTitle(w, item.blockId);
  const priority = priorityTitle(w, item.priorityId);
  return [
    `Parked ${whenParked(item, w.agenda.timeZone)}`,
    block ? `during “${block}”` : null,
    priority ? `about “${priority}”` : null,
  ]
    .filter((s): s is string => s !== null)
    .join(', ');
}

/** What the item became, in words: "Action item · Ngozi Okonkwo-Adeyemi · due 2027-01-31". */
export function outcomeWords(w: Workspace, item: ParkedItem): string {
  const label = OUTCOME_LABELS[item.outcome];
  switch (item.outcome) {
    case 'action': {
      const action = w.actionItems.find((a) => a.id === item.resultId);
      if (!action) return label;
      return [label, action.owner || 'no owner yet', action.due ? `due ${action.due}` : 'no due date'].join(
        ' · ',
      );
    }
    case 'decision': {
      const decision = w.decisions.find((d) => d.id === item.resultId);
      return decision?.why ? `${label} · ${decision.why}` : label;
    }
    case 'dropped':
      return item.reason ? `${label} · ${item.reason}` : label;
    default:
      return label;
  }
}
