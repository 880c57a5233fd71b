import type { Workspace } from '../workspace';
import { AGENDA_LIMITS } from '../workspace';
import { parkItem } from './parkingLot';
import { projectDay } from './replanOffer';

/**
 * Accepting the re-plan (one keystroke on the console): the rest of today's blocks take
 * their re-planned lengths (shorter, never longer), and the blocks the facilitator chose to drop leave the agenda
 * for the parking lot, linked to the block running now and to their first priority.
 */
export function acceptReplan(
  w: Workspace,
  now: number,
  dropIds: ReadonlySet<string>,
  newId: () => string,
): Workspace {
  const projection = projectDay(w, now, dropIds);
  if (!projection) return w;
  const lengths = new Map(projection.replan.blocks.map((b) => [b.id, b.minutes]));
  const dropped = w.agenda.blocks.filter((b) => dropIds.has(b.id) && projection.restIds.includes(b.id));
  let next: Workspace = {
    ...w,
    agenda: {
      ...w.agenda,
      blocks: w.agenda.blocks
        .filter((b) => !dropped.includes(b))
        .map((b) => {
          const minutes = lengths.get(b.id);
          if (minutes === undefined) return b;
          // The offer never lengthens a block (replanOffer.ts); the bounds hold the file valid.
          const fitted = Math.max(b.minMinutes, Math.min(b.minutes, AGENDA_LIMITS.maxMinutes, minutes));
          return { ...b, minutes: fitted };
        }),
    },
  };
  for (const block of dropped) {
    next = parkItem(
      next,
      {
        text: `Block dropped in the re-plan: ${block.title}`.slice(0, AGENDA_LIMITS.parkedText),
        priorityId: block.priorityIds[0] ?? null,
      },
      newId(),
      new Date(now),
    );
  }
  return next;
}
