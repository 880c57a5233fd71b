import { answerCheckpoint } from '../../../../shared/domain/alignment';
import { castBallot } from '../../../../shared/domain/rounds';
import { importTranslationReplies } from '../../../../shared/domain/translation';
import type { RoomEventMessage } from '../../../../shared/ipc/roomContract';
import { departmentSeats, phoneReplyFile } from '../../../../shared/room/departmentRound';
import { bridge } from '../../bridge';
import { documentActions, useDocument } from '../../document';
import { roomActions, useRoom } from './roomStore';

type PhoneBallot = Extract<RoomEventMessage, { type: 'ballot' }>;
type PhoneAnswers = Extract<RoomEventMessage, { type: 'answers' }>;

const MOVED_ON = 'The laptop has moved on from this vote: your ballot was not saved.';
const READ_ONLY = 'The laptop cannot save changes to this workspace right now. Tell the facilitator.';

/**
 * A phone's ballot, cast into the open document exactly as the laptop's own voting screen
 * casts one (castBallot through the document's edit: the same checks, undo and autosave),
 * then answered to main, which acknowledges or refuses it on the phone. Refused, with the
 * words the voter reads, when the document cannot take it: another workspace is open, it is
 * read-only, the round was revealed, or the domain says no. On a department round the
 * ballot is the phone's order of the check's priorities, counted as that seat's reply.
 */
export async function answerPhoneBallot(event: PhoneBallot): Promise<void> {
  const kind = useRoom.getState().link?.kind;
  const message = kind === 'department' ? countDepartmentRanking(event) : castPhoneBallot(event);
  await answer(event.requestId, message);
}

/** A phone's checkpoint answers, saved as the laptop's own answering screen saves them. */
export async function answerPhoneAnswers(event: PhoneAnswers): Promise<void> {
  await answer(event.requestId, savePhoneAnswers(event));
}

async function answer(requestId: string, message: string | null): Promise<void> {
  await bridge().room.ballotResult({
    requestId,
    ok: message === null,
    ...(message === null ? {} : { message }),
  });
}

/** The open document and link, when they are the ones this phone's message is for. */
function documentFor(subjectId: string, kind: 'round' | 'checkpoint' | 'department') {
  const current = useDocument.getState().current;
  const link = useRoom.getState().link;
  if (!current || !link || link.handle !== current.handle || link.roundId !== subjectId) return null;
  if ((link.kind ?? 'round') !== kind) return null;
  return { current, link };
}

function castPhoneBallot({ roundId, participantId, content }: PhoneBallot): string | null {
  const open = documentFor(roundId, 'round');
  if (!open) return MOVED_ON;
  if (open.current.readOnly) return READ_ONLY;
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

/**
 * Checkpoint answers through checkpointEdits.answerCheckpoint, as on the laptop: an
 * anonymous checkpoint stores the seat as "has answered" and the answers with no link to
 * it; a second answer from the same person is refused in the domain's words.
 */
function savePhoneAnswers({ checkpointId, participantId, answers }: PhoneAnswers): string | null {
  const open = documentFor(checkpointId, 'checkpoint');
  if (!open) return 'The laptop has moved on from this checkpoint: your answers were not saved.';
  if (open.current.readOnly) return READ_ONLY;
  const refusal = documentActions.tryEdit((w) => answerCheckpoint(w, checkpointId, participantId, answers));
  if (refusal) return refusal;
  const saved = useDocument
    .getState()
    .current?.workspace.checkpoints.find((c) => c.id === checkpointId)
    ?.answeredBy.includes(participantId);
  return saved ? null : 'The laptop could not save your answers. Send them again, or tell the facilitator.';
}

/**
 * A department member's order, with their answers to the check's questions, counted as
 * their ballot's reply exactly as an imported reply file is (importTranslationReplies over
 * the reply the ballot page would write): a second ranking from the same seat replaces the
 * first (answers and all), and the console says so.
 */
function countDepartmentRanking({ roundId, participantId, content, answers }: PhoneBallot): string | null {
  const open = documentFor(roundId, 'department');
  if (!open) return MOVED_ON;
  if (open.current.readOnly) return READ_ONLY;
  if (content.kind !== 'order') return 'Put the priorities in order, then send.';
  const check = open.current.workspace.translationChecks.find((c) => c.id === roundId);
  const seat = check
    ? departmentSeats(check, open.link.departmentId ?? '').find((s) => s.participantId === participantId)
    : undefined;
  if (!check || !seat) return 'This seat’s ballot is no longer part of the check. Tell the facilitator.';
  const file = phoneReplyFile(
    open.current.workspace,
    roundId,
    seat,
    content.tiers.flat(),
    new Date(),
    answers ?? [],
  );
  const done: { report?: ReturnType<typeof importTranslationReplies>['report'] } = {};
  const refusal = documentActions.tryEdit((w) => {
    const next = importTranslationReplies(w, w.translationChecks, roundId, [file]);
    done.report = next.report;
    return { ...w, translationChecks: next.checks };
  });
  if (refusal) return refusal;
  const problem = done.report?.problems[0];
  if (!done.report || problem) return problem?.message ?? 'The laptop could not count your ranking.';
  // Said with the seat's name, as the console lists it (the reply file's wording names a token).
  if (done.report.replaced.length > 0)
    roomActions.note(`${seat.name} replied twice: the newer ranking is counted and the earlier one is not.`);
  return null;
}
