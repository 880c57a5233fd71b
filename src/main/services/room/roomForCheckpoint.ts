import type { Workspace } from '../../../shared/domain/workspace';
import type { PhoneCheckpoint } from '../../../shared/room/checkpointProtocol';
import type { Seat } from '../../../shared/room/roomProtocol';

export type RoomCheckpoint = {
  checkpoint: PhoneCheckpoint;
  seats: Seat[];
  answered: string[];
};

/**
 * What the room link takes from a workspace for one alignment checkpoint, and nothing more:
 * its title, whether it is anonymous, its questions, the voters' names and who has
 * answered already (never an answer: an anonymous one is not even kept per person).
 * Throws with a sentence for the facilitator when the checkpoint cannot be answered.
 */
export function roomForCheckpoint(workspace: Workspace, checkpointId: string): RoomCheckpoint {
  const checkpoint = workspace.checkpoints.find((c) => c.id === checkpointId);
  if (!checkpoint) throw new Error('That checkpoint has been deleted.');
  if (checkpoint.status !== 'open')
    throw new Error('That checkpoint has been revealed: its answers are closed.');
  const seats = workspace.participants
    .filter((p) => p.votes)
    .map((p) => ({ participantId: p.id, name: p.name }));
  const voters = new Set(seats.map((s) => s.participantId));
  return {
    checkpoint: {
      id: checkpoint.id,
      title: checkpoint.title,
      anonymous: checkpoint.anonymous,
      questions: checkpoint.questions.map(({ id, wording }) => ({ id, wording })),
    },
    seats,
    answered: checkpoint.answeredBy.filter((id) => voters.has(id)),
  };
}
