import type { Agenda, AgendaBlock, AgendaDay } from '../workspace';

/**
 * The agenda as planned: when each block starts and ends. A flexible block starts when
 * the one before it ends; a fixed block starts at its time. A fixed start earlier than the
 * end of the block before it is a conflict, shown as such and never moved: only the
 * facilitator decides what gives.
 */
export type ScheduledBlock = {
  block: AgendaBlock;
  start: number;
  end: number;
  /** The block before it runs past this fixed start, by this many minutes (0: no conflict). */
  conflictMinutes: number;
  /** Free minutes before a fixed block (the room waits for lunch). */
  gapBefore: number;
};

export type ScheduledDay = {
  day: AgendaDay;
  blocks: ScheduledBlock[];
  /** When the last block ends (the day's start when it has none). */
  end: number;
  /** Minutes past the day's set end (0 when it fits). */
  overrun: number;
  plannedMinutes: number;
};

export function blocksOfDay(agenda: Agenda, dayId: string): AgendaBlock[] {
  return agenda.blocks.filter((b) => b.dayId === dayId);
}

export function scheduleDay(agenda: Agenda, day: AgendaDay): ScheduledDay {
  const blocks: ScheduledBlock[] = [];
  let at = day.start;
  let planned = 0;
  for (const block of blocksOfDay(agenda, day.id)) {
    const start = block.fixedStart ?? at;
    const conflictMinutes = block.fixedStart !== null ? Math.max(0, at - block.fixedStart) : 0;
    const gapBefore = block.fixedStart !== null ? Math.max(0, block.fixedStart - at) : 0;
    blocks.push({ block, start, end: start + block.minutes, conflictMinutes, gapBefore });
    // After a conflict the day goes on from whichever ends later: the clash is not hidden.
    at = Math.max(at, start + block.minutes);
    planned += block.minutes;
  }
  return { day, blocks, end: at, overrun: Math.max(0, at - day.end), plannedMinutes: planned };
}

export function scheduleAgenda(agenda: Agenda): ScheduledDay[] {
  return agenda.days.map((day) => scheduleDay(agenda, day));
}

/** Each block's planned start, by id: what the console's list and the deck print. */
export function plannedStarts(agenda: Agenda): Map<string, number> {
  return new Map(scheduleAgenda(agenda).flatMap((d) => d.blocks.map((s) => [s.block.id, s.start] as const)));
}
