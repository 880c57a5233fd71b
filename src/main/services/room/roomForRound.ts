import type { BallotContent, Round, Workspace } from '../../../shared/domain/workspace';
import type { PhoneRound, Seat } from '../../../shared/room/roomProtocol';

export type RoomRound = {
  round: PhoneRound;
  seats: Seat[];
  ballots: Record<string, BallotContent>;
};

/**
 * What the room link takes from a workspace for one round, and nothing more: the question,
 * the method's settings, the items' titles (no descriptions, owners or scores), the voters'
 * names and their ballots (each shown only to its own phone). Without `roundId`, the newest
 * open round. Throws with a sentence for the facilitator when there is none to open.
 */
export function roomForRound(workspace: Workspace, roundId?: string): RoomRound {
  const round =
    roundId === undefined ? newestOpenRound(workspace) : workspace.rounds.find((r) => r.id === roundId);
  if (!round) {
    throw new Error(
      roundId === undefined
        ? 'This workspace has no open round to vote on.'
        : `There is no round "${roundId}".`,
    );
  }
  if (round.status !== 'open')
    throw new Error('That round has been revealed: its ballots can no longer change.');
  const titles = new Map(workspace.priorities.map((p) => [p.id, p.title]));
  const seats = workspace.participants
    .filter((p) => p.votes)
    .map((p) => ({ participantId: p.id, name: p.name }));
  const voters = new Set(seats.map((s) => s.participantId));
  return {
    round: {
      id: round.id,
      question: round.question,
      method: round.method,
      items: round.itemIds.map((id) => ({ id, title: titles.get(id) ?? '(removed item)' })),
      budget: round.budget,
      dots: round.dots,
      ahpStrength: round.ahpStrength,
    },
    seats,
    ballots: Object.fromEntries(
      round.ballots.filter((b) => voters.has(b.participantId)).map((b) => [b.participantId, b.content]),
    ),
  };
}

/** The open round created last (ties: the later one in the list). */
function newestOpenRound(workspace: Workspace): Round | undefined {
  let newest: Round | undefined;
  for (const round of workspace.rounds) {
    if (round.status === 'open' && (!newest || round.createdAt >= newest.createdAt)) newest = round;
  }
  return newest;
}
