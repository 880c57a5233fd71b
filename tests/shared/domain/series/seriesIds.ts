import type { Workspace } from '../../../../src/shared/domain/workspace';

/**
 * Every id a workspace gives to something in it, the workspace's own and its series'
 * included: none may equal another, or a link by id could land on the wrong thing.
 */
export function idsOf(w: Workspace): string[] {
  const lists: Array<ReadonlyArray<{ id: string }>> = [
    w.participants,
    w.priorities,
    w.links,
    w.rounds,
    w.board.notes,
    w.decisions,
    w.actionItems,
    w.deck?.sections ?? [],
    w.agenda.days,
    w.agenda.blocks,
    w.parkingLot,
    w.carriedIn?.commitments ?? [],
    w.carriedIn?.kpiRows ?? [],
  ];
  return [w.id, ...(w.series ? [w.series.seriesId] : []), ...lists.flatMap((l) => l.map((x) => x.id))];
}
