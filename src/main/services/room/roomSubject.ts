import type { RoomOpenRequest } from '../../../shared/ipc/roomContract';
import { departmentRound } from '../../../shared/room/departmentRound';
import type { Workspace } from '../../../shared/domain/workspace';
import { roomForCheckpoint } from './roomForCheckpoint';
import { roomForRound } from './roomForRound';
import type { RoomServerOptions, RoomSubject } from './roomTypes';

export type RoomSubjectOf = {
  options: RoomSubject & Pick<RoomServerOptions, 'seats'>;
  department?: { id: string; name: string };
};

/**
 * What one open request puts on the room link: a ranking round, a checkpoint, or a
 * department round (that department's issued ballots as seats, named by respondent or
 * "Respondent n"; the ballots' tokens stay here, never in a seat a phone sees). Throws with
 * a sentence for the facilitator when there is nothing to open.
 */
export function roomSubjectOf(
  workspace: Workspace,
  request: Pick<RoomOpenRequest, 'roundId' | 'kind' | 'departmentId'>,
): RoomSubjectOf {
  switch (request.kind ?? 'round') {
    case 'round':
      return { options: roomForRound(workspace, request.roundId) };
    case 'checkpoint':
      return { options: roomForCheckpoint(workspace, request.roundId) };
    case 'department': {
      if (request.departmentId === undefined) throw new Error('Choose the department whose members rank.');
      const dept = departmentRound(workspace, request.roundId, request.departmentId);
      const ballots = Object.fromEntries(
        Object.entries(dept.orders).map(([seat, order]) => [
          seat,
          { kind: 'order' as const, tiers: order.map((id) => [id]) },
        ]),
      );
      return {
        options: {
          round: dept.round,
          seats: dept.seats.map(({ participantId, name }) => ({ participantId, name })),
          ballots,
          ...(dept.round.questions ? { roundAnswers: dept.answers } : {}),
        },
        department: { id: request.departmentId, name: dept.department },
      };
    }
  }
}
