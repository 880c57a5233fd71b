import { newestRevealedRound } from '../deck/rounds';
import { roundResults } from '../rounds/roundResults';
import type { AgendaBlock, Workspace } from '../workspace';
import { spentMs } from './run';

/**
 * Where the time went: planned against actual minutes per block, and the minutes spent on
 * each priority ("Launch EU: 34 min across 3 blocks"): a block's whole time counts for
 * each priority it is about. The contested ones are those the newest revealed round found
 * contested: the time it took to settle a conflict between priorities, made visible.
 */
export type BlockTime = { block: AgendaBlock; plannedMinutes: number; actualMinutes: number };
export type PriorityTime = {
  priorityId: string;
  title: string;
  minutes: number;
  blocks: number;
  contested: boolean;
};

export type TimeSpent = {
  blocks: BlockTime[];
  priorities: PriorityTime[];
  /** Totals over the blocks that have been run (time spent, or marked done). */
  plannedRun: number;
  actualRun: number;
};

const minutesOf = (ms: number) => Math.round(ms / 60_000);

export function timeSpent(w: Workspace, now: number): TimeSpent {
  const blocks = w.agenda.blocks.map((block) => ({
    block,
    plannedMinutes: block.minutes,
    actualMinutes: minutesOf(spentMs(w.agenda, block, now)),
  }));
  const priorities = priorityTimes(w, now, contestedIds(w));
  const run = blocks.filter((b) => b.actualMinutes > 0 || b.block.done);
  return {
    blocks,
    priorities,
    plannedRun: run.reduce((s, b) => s + b.plannedMinutes, 0),
    actualRun: run.reduce((s, b) => s + b.actualMinutes, 0),
  };
}

/**
 * The minutes spent on each priority, most first; `contested` marks those a round found
 * contested. A screen that already holds a round's analysis passes its contested items
 * rather than have the newest round analysed again.
 */
export function priorityTimes(w: Workspace, now: number, contested: ReadonlySet<string>): PriorityTime[] {
  const byPriority = new Map<string, { ms: number; blocks: number }>();
  for (const block of w.agenda.blocks) {
    const ms = spentMs(w.agenda, block, now);
    if (ms <= 0) continue;
    for (const id of block.priorityIds) {
      const entry = byPriority.get(id) ?? { ms: 0, blocks: 0 };
      byPriority.set(id, { ms: entry.ms + ms, blocks: entry.blocks + 1 });
    }
  }
  const titles = new Map(w.priorities.map((p) => [p.id, p.title]));
  return [...byPriority.entries()]
    .filter(([id]) => titles.has(id))
    .map(([id, e]) => ({
      priorityId: id,
      title: titles.get(id)!,
      minutes: minutesOf(e.ms),
      blocks: e.blocks,
      contested: contested.has(id),
    }))
    .sort((a, b) => b.minutes - a.minutes || a.title.localeCompare(b.title));
}

/** "34 min across 3 blocks". */
export function priorityTimeText(t: PriorityTime): string {
  return `${t.minutes} min across ${t.blocks} ${t.blocks === 1 ? 'block' : 'blocks'}`;
}

function contestedIds(w: Workspace): Set<string> {
  const roundId = newestRevealedRound(w);
  const round = w.rounds.find((r) => r.id === roundId);
  if (!round) return new Set();
  const results = roundResults(w, round);
  return results.ok ? new Set(results.analysis.topContested.map((c) => c.candidate)) : new Set();
}
