/**
 * Re-planning the rest of a day when a block overruns or time is added: pure arithmetic on
 * minutes, so the console can offer it in one keystroke and property tests can hold it to
 * its promises — fixed starts never move, no block goes below its minimum, the flexible
 * blocks between two fixed points fill exactly the time there is, the order is kept.
 */

/** A block still to come today. Times are minutes from midnight in the workspace's time zone. */
export type PlanBlock = {
  id: string;
  /** Planned length in minutes. */
  minutes: number;
  /** The shortest the facilitator accepts for it (a flexible block shrinks no further). */
  minMinutes: number;
  /** Lunch at 12:30: a block that starts at a set time and never moves. */
  fixedStart: number | null;
};

export type PlannedBlock = PlanBlock & { start: number };

export type Replan = {
  blocks: PlannedBlock[];
  /**
   * Minutes that do not fit even with every flexible block at its minimum (0 when the plan
   * fits): the facilitator drops blocks to the parking lot, or accepts ending late.
   */
  overflow: number;
  /** Fixed blocks that the blocks before them now run into (shown as conflicts, never moved). */
  conflicts: string[];
};

/**
 * The rest of the day from `now` to `dayEnd`: between two fixed points (now, a fixed
 * block, the end of the day) the flexible blocks are scaled in proportion to their planned
 * length so that they fill the time there is exactly, never below their minimums.
 */
export function replanDay(blocks: readonly PlanBlock[], now: number, dayEnd: number): Replan {
  const out: PlannedBlock[] = [];
  const conflicts: string[] = [];
  let overflow = 0;
  let segmentStart = now;
  let pending: PlanBlock[] = [];
  const closeSegment = (segmentEnd: number) => {
    const fitted = fitSegment(pending, segmentEnd - segmentStart);
    overflow += fitted.overflow;
    let at = segmentStart;
    for (const b of fitted.blocks) {
      out.push({ ...b, start: at });
      at += b.minutes;
    }
    pending = [];
    return at;
  };
  for (const block of blocks) {
    if (block.fixedStart === null) {
      pending.push(block);
      continue;
    }
    const reached = closeSegment(block.fixedStart);
    if (reached > block.fixedStart) conflicts.push(block.id);
    out.push({ ...block, start: block.fixedStart });
    segmentStart = Math.max(reached, block.fixedStart + block.minutes);
  }
  closeSegment(Math.max(segmentStart, dayEnd));
  if (segmentStart > dayEnd) overflow += segmentStart - dayEnd;
  return { blocks: out, overflow, conflicts };
}

/**
 * Flexible blocks scaled to fill `available` minutes: each gets max(minimum, s × planned)
 * for the one factor s that makes the total right, rounded to whole minutes so the total
 * is exact (largest remainders first). With no room even for the minimums, every block
 * gets its minimum and the shortfall is the overflow.
 */
export function fitSegment(
  blocks: readonly PlanBlock[],
  available: number,
): { blocks: PlanBlock[]; overflow: number } {
  if (blocks.length === 0) return { blocks: [], overflow: 0 };
  const minimum = blocks.reduce((sum, b) => sum + b.minMinutes, 0);
  if (available <= minimum) {
    return {
      blocks: blocks.map((b) => ({ ...b, minutes: b.minMinutes })),
      overflow: minimum - Math.max(0, available),
    };
  }
  // Water-filling: blocks whose scaled length would fall under their minimum are held at
  // it; the others share what is left in proportion to their planned length.
  const held = new Set<number>();
  let scale = 0;
  for (;;) {
    const free = blocks.reduce((sum, b, i) => (held.has(i) ? sum : sum + Math.max(b.minutes, 1e-9)), 0);
    const room = available - blocks.reduce((sum, b, i) => (held.has(i) ? sum + b.minMinutes : sum), 0);
    scale = room / free;
    const newlyHeld = blocks.flatMap((b, i) =>
      !held.has(i) && scale * Math.max(b.minutes, 1e-9) < b.minMinutes ? [i] : [],
    );
    if (newlyHeld.length === 0) break;
    for (const i of newlyHeld) held.add(i);
  }
  const exact = blocks.map((b, i) =>
    held.has(i) ? b.minMinutes : Math.max(b.minMinutes, scale * Math.max(b.minutes, 1e-9)),
  );
  const whole = exact.map((x, i) => Math.max(blocks[i]!.minMinutes, Math.floor(x)));
  let left = available - whole.reduce((a, b) => a + b, 0);
  const byRemainder = exact
    .map((x, i) => ({ i, r: x - Math.floor(x) }))
    .sort((a, b) => b.r - a.r || a.i - b.i);
  for (let k = 0; left > 0; k = (k + 1) % byRemainder.length, left--) whole[byRemainder[k]!.i]! += 1;
  return { blocks: blocks.map((b, i) => ({ ...b, minutes: whole[i]! })), overflow: 0 };
}
