import type { Workspace } from '../workspace';
import { minuteOfDayIn } from './clock';
import { replanDay, type PlannedBlock, type Replan } from './replan';
import { currentBlock } from './run';
import { remainingMs } from './timer';

/**
 * What the console offers when the day runs late: the end of the day as things stand,
 * and the re-plan that brings it back to the day's set end (flexible blocks shrink in
 * proportion, never below their minimum; fixed blocks stay put). Blocks the facilitator
 * picks to drop are left out of the re-plan (they go to the parking lot when accepted).
 */
export type DayProjection = {
  dayId: string;
  /** Time of day now, and when the current block will end at this rate. */
  now: number;
  currentEnd: number;
  /** When the day ends if nothing changes, and its set end. */
  projectedEnd: number;
  dayEnd: number;
  /** Minutes past the set end (0: on time). */
  lateBy: number;
  /** The blocks still to come today, in order. */
  restIds: string[];
  replan: Replan;
  /** When the day ends once re-planned (later than the set end only by the overflow). */
  replannedEnd: number;
};

export function projectDay(
  w: Workspace,
  now: number,
  dropIds: ReadonlySet<string> = new Set(),
): DayProjection | null {
  const { agenda } = w;
  const current = currentBlock(agenda);
  if (!current || agenda.run.timer.state === 'idle') return null;
  const day = agenda.days.find((d) => d.id === current.dayId);
  if (!day) return null;
  const nowMinute = minuteOfDayIn(agenda.timeZone, now);
  const currentEnd = nowMinute + Math.max(0, remainingMs(agenda.run.timer, now)) / 60_000;
  const dayBlocks = agenda.blocks.filter((b) => b.dayId === day.id);
  const rest = dayBlocks.slice(dayBlocks.indexOf(current) + 1).filter((b) => !b.done);
  let projectedEnd = currentEnd;
  for (const block of rest) {
    projectedEnd = Math.max(projectedEnd, block.fixedStart ?? projectedEnd) + block.minutes;
  }
  const kept = rest.filter((b) => !dropIds.has(b.id));
  const replan = neverLonger(
    replanDay(
      kept.map((b) => ({ id: b.id, minutes: b.minutes, minMinutes: b.minMinutes, fixedStart: b.fixedStart })),
      Math.ceil(currentEnd),
      day.end,
    ),
    Math.ceil(currentEnd),
    new Map(kept.map((b) => [b.id, b.minutes])),
  );
  const last = replan.blocks[replan.blocks.length - 1];
  const replannedEnd = last ? last.start + last.minutes : Math.ceil(currentEnd);
  return {
    dayId: day.id,
    now: nowMinute,
    currentEnd,
    projectedEnd,
    dayEnd: day.end,
    lateBy: Math.max(0, Math.round(projectedEnd - day.end)),
    restIds: rest.map((b) => b.id),
    replan,
    replannedEnd: Math.max(replannedEnd, Math.ceil(currentEnd)),
  };
}

/**
 * A re-plan only takes time away: where a stretch before a fixed start has room to spare
 * (the morning before lunch), its blocks keep their planned length rather than growing
 * to fill it, and the room gets the spare minutes back. Starts are recomputed in order.
 */
function neverLonger(replan: Replan, from: number, planned: ReadonlyMap<string, number>): Replan {
  let at = from;
  const blocks = replan.blocks.map((b): PlannedBlock => {
    const minutes = Math.min(b.minutes, planned.get(b.id) ?? b.minutes);
    const start = b.fixedStart ?? at;
    at = Math.max(at, start + minutes);
    return { ...b, minutes, start };
  });
  return { ...replan, blocks };
}
