import { castBallot } from '../../../../shared/domain/rounds';
import type { RoomEventMessage } from '../../../../shared/ipc/roomContract';
import { bridge } from '../../bridge';
import { documentActions, useDocument } from '../../document';
import { useRoom } from './roomStore';

type PhoneBallot = Extract<RoomEventMessage, { type: 'ballot' }>;

/**
 * A phone's ballot, cast into the open document exactly as the laptop's own voting screen
 * casts one (castBallot through the document's edit: the same checks, undo and autosave),
 * then answered to main, which acknowledges or refuses it on the phone. Refused, with the
 * words the voter reads, when the document cannot take it: another workspace is open, it is
 * read-only, the round was revealed, or the domain says no.
 */
export async function answerPhoneBallot(event: PhoneBallot): Promise<void> {
  const message = castPhoneBallot(event);
  await bridge().room.ballotResult({
    requestId: event.requestId,
    ok: message === null,
    ...(message === null ? {} : { message }),
  });
}

function castPhoneBallot({ roundId, participantId, content }: PhoneBallot): string | null {
  const current = useDocument.getState().current;
  const link = useRoom.getState().link;
  if (!current || !link || link.handle !== current.handle || link.roundId !== roundId) {
    return 'The laptop has moved on from this vote: your ballot was not saved.';
  }
  if (current.readOnly) {
    return 'The laptop cannot save changes to this workspace right now. Tell the facilitator.';
  }
  const refusal = documentActions.tryEdit((w) => castBallot(w, roundId, participantId, content, new Date()));
  if (refusal) return refusal;
  // An edit the document's own save check turned down is not in the document: say so.
  const saved = useDocument
    .getState()
    .current?.workspace.rounds.find((r) => r.id === roundId)
    ?.ballots.find((b) => b.participantId === participantId);
  if (!saved || JSON.stringify(saved.content) !== JSON.stringify(content)) {
    return 'The laptop could not save your ballot. Send it again, or tell the facilitator.';
  }
  return null;
}
