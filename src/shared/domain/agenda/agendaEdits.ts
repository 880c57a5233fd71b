import { DomainError } from '../domainError';
import {
  AGENDA_LIMITS,
  type AgendaBlock,
  type AgendaDay,
  type BlockKind,
  type Workspace,
} from '../workspace';
import { isTimeZone } from './clock';

/**
 * Edits to the agenda. Each refuses bad input with a message a facilitator can act on
 * ("A block lasts at most 8 hours") and leaves the workspace as it was; each is one
 * undoable edit like every other.
 */
export class AgendaError extends DomainError {
  constructor(message: string) {
    super('agenda', message);
  }
}

export type BlockChange = Partial<
  Pick<
    AgendaBlock,
    'title' | 'kind' | 'minutes' | 'minMinutes' | 'fixedStart' | 'roundId' | 'priorityIds' | 'sectionId'
  >
>;

export type NewBlock = {
  title: string;
  minutes: number;
  kind: BlockKind;
  dayId?: string;
  fixedStart?: number | null;
  minMinutes?: number;
  roundId?: string | null;
  priorityIds?: string[];
  sectionId?: string | null;
};

const withAgenda = (w: Workspace, agenda: Workspace['agenda']): Workspace => ({ ...w, agenda });

export function checkMinutes(minutes: number, what = 'A block'): number {
  if (!Number.isFinite(minutes) || !Number.isInteger(minutes)) {
    throw new AgendaError(`${what} lasts a whole number of minutes.`);
  }
  if (minutes < AGENDA_LIMITS.minMinutes) throw new AgendaError(`${what} lasts at least 1 minute.`);
  if (minutes > AGENDA_LIMITS.maxMinutes) {
    throw new AgendaError(`${what} lasts at most 8 hours (480 minutes).`);
  }
  return minutes;
}

function checkTitle(title: string): string {
  const trimmed = title.trim();
  if (trimmed.length === 0) throw new AgendaError('A block needs a title.');
  if (trimmed.length > AGENDA_LIMITS.title) {
    throw new AgendaError(
      `A block title can be at most ${AGENDA_LIMITS.title} characters (this one has ${trimmed.length}).`,
    );
  }
  return trimmed;
}

function checkTime(minute: number | null): number | null {
  if (minute === null) return null;
  if (!Number.isInteger(minute) || minute < 0 || minute > 1439) {
    throw new AgendaError('A time of day is from 00:00 to 23:59.');
  }
  return minute;
}

export function setTimeZone(w: Workspace, timeZone: string): Workspace {
  const zone = timeZone.trim();
  if (!isTimeZone(zone) || zone.length > AGENDA_LIMITS.timeZone) {
    throw new AgendaError(`“${zone}” is not a time zone this computer knows (try Europe/London).`);
  }
  return withAgenda(w, { ...w.agenda, timeZone: zone });
}

export function addBlock(
  w: Workspace,
  input: NewBlock,
  id: string,
  afterId: string | null = null,
): Workspace {
  if (w.agenda.blocks.length >= AGENDA_LIMITS.blocks) {
    throw new AgendaError(`An agenda holds at most ${AGENDA_LIMITS.blocks} blocks.`);
  }
  const after = afterId === null ? undefined : w.agenda.blocks.find((b) => b.id === afterId);
  const dayId = input.dayId ?? after?.dayId ?? w.agenda.days[w.agenda.days.length - 1]!.id;
  if (!w.agenda.days.some((d) => d.id === dayId)) throw new AgendaError('That day is not on the agenda.');
  const minutes = checkMinutes(input.minutes);
  const block: AgendaBlock = {
    id,
    dayId,
    title: checkTitle(input.title),
    kind: input.kind,
    minutes,
    minMinutes: Math.min(minutes, checkMinutes(input.minMinutes ?? minutes, 'A block’s shortest length')),
    fixedStart: checkTime(input.fixedStart ?? null),
    roundId: input.roundId ?? null,
    priorityIds: input.priorityIds ?? [],
    sectionId: input.sectionId ?? null,
    spentMs: 0,
    done: false,
  };
  const blocks = [...w.agenda.blocks];
  const afterIndex = after ? blocks.indexOf(after) : -1;
  if (afterIndex >= 0) blocks.splice(afterIndex + 1, 0, block);
  else blocks.push(block);
  return withAgenda(w, { ...w.agenda, blocks });
}

export function updateBlock(w: Workspace, id: string, change: BlockChange): Workspace {
  const block = w.agenda.blocks.find((b) => b.id === id);
  if (!block) return w;
  const next: AgendaBlock = { ...block, ...change };
  if (change.title !== undefined) next.title = checkTitle(change.title);
  if (change.minutes !== undefined) {
    next.minutes = checkMinutes(change.minutes);
    // A shorter block takes its shortest length down with it.
    if (change.minMinutes === undefined) next.minMinutes = Math.min(block.minMinutes, next.minutes);
  }
  if (change.minMinutes !== undefined) {
    checkMinutes(change.minMinutes, 'A block’s shortest length');
    if (change.minMinutes > next.minutes) {
      throw new AgendaError(
        `“${next.title}” cannot shrink to ${change.minMinutes} min: it lasts ${next.minutes} min.`,
      );
    }
  }
  if (change.fixedStart !== undefined) next.fixedStart = checkTime(change.fixedStart);
  if (change.priorityIds !== undefined) {
    next.priorityIds = [...new Set(change.priorityIds)].slice(0, AGENDA_LIMITS.linkedPriorities);
  }
  return withAgenda(w, {
    ...w.agenda,
    blocks: w.agenda.blocks.map((b) => (b.id === id ? next : b)),
  });
}

/** Removes the block; a timer running on it stops (its time spent goes with it; Undo brings both back). */
export function removeBlock(w: Workspace, id: string): Workspace {
  if (!w.agenda.blocks.some((b) => b.id === id)) return w;
  const run =
    w.agenda.run.blockId === id
      ? { ...w.agenda.run, blockId: null, timer: { state: 'idle' as const }, countingSince: null }
      : w.agenda.run;
  return withAgenda(w, { ...w.agenda, blocks: w.agenda.blocks.filter((b) => b.id !== id), run });
}

/**
 * Moves a block to `index` among the blocks of `dayId` (another day or the same): the
 * start times of both days recompute from the new order.
 */
export function moveBlock(w: Workspace, id: string, dayId: string, index: number): Workspace {
  const block = w.agenda.blocks.find((b) => b.id === id);
  if (!block) return w;
  if (!w.agenda.days.some((d) => d.id === dayId)) throw new AgendaError('That day is not on the agenda.');
  const others = w.agenda.blocks.filter((b) => b.id !== id);
  const moved = { ...block, dayId };
  const sameDay = others.filter((b) => b.dayId === dayId);
  const at = Math.max(0, Math.min(index, sameDay.length));
  let blocks: AgendaBlock[];
  if (sameDay.length === 0) {
    // The first block of a day goes after the blocks of the days before it.
    const dayOrder = w.agenda.days.map((d) => d.id);
    const rank = (b: AgendaBlock) => dayOrder.indexOf(b.dayId);
    const insertAt = others.findIndex((b) => rank(b) > dayOrder.indexOf(dayId));
    blocks =
      insertAt < 0 ? [...others, moved] : [...others.slice(0, insertAt), moved, ...others.slice(insertAt)];
  } else {
    const anchor = sameDay[at] ?? null;
    const anchorIndex = anchor ? others.indexOf(anchor) : others.indexOf(sameDay[sameDay.length - 1]!) + 1;
    blocks = [...others.slice(0, anchorIndex), moved, ...others.slice(anchorIndex)];
  }
  return withAgenda(w, { ...w.agenda, blocks });
}

/** A day after the last one: the next calendar day, the same hours. */
export function addDay(w: Workspace, id: string): Workspace {
  if (w.agenda.days.length >= AGENDA_LIMITS.days) {
    throw new AgendaError(`An agenda spans at most ${AGENDA_LIMITS.days} days.`);
  }
  const last = w.agenda.days[w.agenda.days.length - 1]!;
  const day: AgendaDay = { id, date: nextDate(last.date), start: last.start, end: last.end };
  return withAgenda(w, { ...w.agenda, days: [...w.agenda.days, day] });
}

export function updateDay(w: Workspace, id: string, change: Partial<Omit<AgendaDay, 'id'>>): Workspace {
  const day = w.agenda.days.find((d) => d.id === id);
  if (!day) return w;
  const next = { ...day, ...change };
  if (change.date !== undefined && change.date !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(change.date)) {
    throw new AgendaError('Dates are written as YYYY-MM-DD.');
  }
  checkTime(next.start);
  if (!Number.isInteger(next.end) || next.end > 1440 || next.end <= next.start) {
    throw new AgendaError('The day must end after it starts, by midnight.');
  }
  return withAgenda(w, { ...w.agenda, days: w.agenda.days.map((d) => (d.id === id ? next : d)) });
}

/** Removes a day; its blocks join the day before (or after), so nothing on it is lost. */
export function removeDay(w: Workspace, id: string): Workspace {
  const index = w.agenda.days.findIndex((d) => d.id === id);
  if (index < 0) return w;
  if (w.agenda.days.length === 1) throw new AgendaError('The agenda needs at least one day.');
  const heir = w.agenda.days[index === 0 ? 1 : index - 1]!.id;
  const blocks = w.agenda.blocks.map((b) => (b.dayId === id ? { ...b, dayId: heir } : b));
  // Keep running order: the heir's blocks, then the moved ones (or the other way round).
  const ordered = w.agenda.days
    .filter((d) => d.id !== id)
    .flatMap((d) => {
      const own = blocks.filter(
        (b) => b.dayId === d.id && w.agenda.blocks.find((o) => o.id === b.id)!.dayId === d.id,
      );
      const moved = blocks.filter((b) => b.dayId === d.id && !own.includes(b));
      return d.id !== heir ? own : index === 0 ? [...moved, ...own] : [...own, ...moved];
    });
  return withAgenda(w, { ...w.agenda, days: w.agenda.days.filter((d) => d.id !== id), blocks: ordered });
}

function nextDate(date: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return '';
  const next = new Date(`${date}T12:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}
