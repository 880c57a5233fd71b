import type { Agenda, AgendaBlock, AgendaRun, Workspace } from '../workspace';
import { addMinutes as timerAddMinutes, pauseTimer, resumeTimer, type BlockTimer } from './timer';

/**
 * Running the day: which block is on, its timer, and the time actually spent on each
 * block. Time spent is counted from `countingSince` and settled into the block whenever
 * the timer stops, pauses or moves on, so a reload or a crash loses at most what the
 * last autosave had not written.
 */

const withRun = (w: Workspace, agenda: Agenda): Workspace => ({ ...w, agenda });

/** Time spent on a block so far, counting the running stretch. */
export function spentMs(agenda: Agenda, block: AgendaBlock, now: number): number {
  const counting =
    agenda.run.blockId === block.id && agenda.run.countingSince !== null
      ? Math.max(0, now - agenda.run.countingSince)
      : 0;
  return block.spentMs + counting;
}

/** Adds the running stretch to the current block; counting goes on from `now` while running. */
function settle(agenda: Agenda, now: number): Agenda {
  const { run } = agenda;
  if (run.blockId === null || run.countingSince === null) return agenda;
  const stretch = Math.max(0, Math.round(now - run.countingSince));
  return {
    ...agenda,
    blocks: agenda.blocks.map((b) =>
      b.id === run.blockId ? { ...b, spentMs: Math.min(b.spentMs + stretch, 7 * 24 * 3_600_000) } : b,
    ),
    run: { ...run, countingSince: run.timer.state === 'running' ? now : null },
  };
}

function setRun(agenda: Agenda, run: Partial<AgendaRun>): Agenda {
  return { ...agenda, run: { ...agenda.run, ...run } };
}

/** Starts (or restarts) a block: its timer runs for what is left of its planned length. */
export function startBlock(w: Workspace, blockId: string, now: number): Workspace {
  const settled = settle(w.agenda, now);
  const block = settled.blocks.find((b) => b.id === blockId);
  if (!block) return w;
  const totalMs = block.minutes * 60_000;
  const timer: BlockTimer = { state: 'running', endsAt: now + totalMs - block.spentMs, totalMs };
  const blocks = settled.blocks.map((b) => (b.id === blockId ? { ...b, done: false } : b));
  return withRun(w, setRun({ ...settled, blocks }, { blockId, timer, countingSince: now }));
}

export function pauseBlock(w: Workspace, now: number): Workspace {
  if (w.agenda.run.timer.state !== 'running') return w;
  const settled = settle(w.agenda, now);
  return withRun(w, setRun(settled, { timer: pauseTimer(settled.run.timer, now), countingSince: null }));
}

export function resumeBlock(w: Workspace, now: number): Workspace {
  if (w.agenda.run.timer.state !== 'paused') return w;
  return withRun(w, setRun(w.agenda, { timer: resumeTimer(w.agenda.run.timer, now), countingSince: now }));
}

/** +1 / −1 min on the running block: the timer's end moves; the rest of the plan does not. */
export function addTime(w: Workspace, minutes: number): Workspace {
  if (w.agenda.run.timer.state === 'idle') return w;
  return withRun(w, setRun(w.agenda, { timer: timerAddMinutes(w.agenda.run.timer, minutes) }));
}

/** The current block is done; the next one in running order starts (none: the day is over). */
export function nextBlock(w: Workspace, now: number): Workspace {
  const settled = settle(w.agenda, now);
  const index = settled.blocks.findIndex((b) => b.id === settled.run.blockId);
  const blocks = settled.blocks.map((b, i) => (i === index ? { ...b, done: true } : b));
  const next = index < 0 ? blocks.find((b) => !b.done) : blocks[index + 1];
  const done = { ...settled, blocks };
  if (!next) {
    return withRun(w, setRun(done, { timer: { state: 'idle' }, countingSince: null }));
  }
  return startBlock(withRun(w, setRun(done, { countingSince: null })), next.id, now);
}

/** Back to the block before: it is not done after all, and its timer carries on from what was spent. */
export function previousBlock(w: Workspace, now: number): Workspace {
  const settled = settle(w.agenda, now);
  const index = settled.blocks.findIndex((b) => b.id === settled.run.blockId);
  const previous = index > 0 ? settled.blocks[index - 1] : undefined;
  if (!previous) return w;
  return startBlock(withRun(w, setRun(settled, { countingSince: null })), previous.id, now);
}

/** Stops the timer; the time spent so far stays with the block. */
export function stopTimer(w: Workspace, now: number): Workspace {
  const settled = settle(w.agenda, now);
  return withRun(w, setRun(settled, { timer: { state: 'idle' }, countingSince: null }));
}

export function setChime(w: Workspace, chime: boolean): Workspace {
  return withRun(w, setRun(w.agenda, { chime }));
}

export function currentBlock(agenda: Agenda): AgendaBlock | null {
  return agenda.blocks.find((b) => b.id === agenda.run.blockId) ?? null;
}

/** The block after the current one in running order (or the first not done). */
export function upcomingBlock(agenda: Agenda): AgendaBlock | null {
  const index = agenda.blocks.findIndex((b) => b.id === agenda.run.blockId);
  return index < 0 ? (agenda.blocks.find((b) => !b.done) ?? null) : (agenda.blocks[index + 1] ?? null);
}
