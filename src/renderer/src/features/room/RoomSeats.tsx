import type { RoomLink, RoomSubjectKind } from '../../../../shared/ipc/roomContract';
import { roomActions, useRoom } from './roomStore';

type Seat = RoomLink['seats'][number];

/** What the room link is open on, as the console shows it. */
export type RoomTarget = {
  kind: RoomSubjectKind;
  /** The round's, checkpoint's or translation check's id. */
  id: string;
  departmentId?: string;
  /** The question (or the checkpoint's title): the seat cards print it. */
  title: string;
  /** The seats that are done (voted, answered, ranked), read from the document. */
  done: ReadonlySet<string>;
};

const DONE: Record<RoomSubjectKind, { word: string; doing: string; past: string }> = {
  round: { word: 'Voted ✓', doing: 'voting', past: 'voted' },
  checkpoint: { word: 'Answered ✓', doing: 'answering', past: 'answered' },
  department: { word: 'Ranked ✓', doing: 'ranking', past: 'ranked' },
};

/**
 * Each seat's state, in words: "done" is read from the document itself, so a ballot cast
 * on the laptop (pass-the-laptop in the same round) counts the same as one sent from a
 * phone, and a checkpoint seat shows only that it has answered, never what.
 */
function seatState(seat: Seat, done: boolean, kind: RoomSubjectKind): { word: string; tone: string } {
  const words = DONE[kind];
  if (done) return { word: seat.connected ? `${words.word} · on phone` : words.word, tone: 'voted' };
  if (seat.connected) return { word: `On phone · ${words.doing}`, tone: 'connected' };
  if (seat.claimed) return { word: 'Joined · phone asleep or offline', tone: 'claimed' };
  return { word: 'Not joined', tone: 'waiting' };
}

export function RoomSeats({ link, target }: { link: RoomLink; target: RoomTarget }) {
  const notices = useRoom((s) => s.notices);
  const voted = target.done;
  const joined = link.seats.filter((s) => s.claimed).length;
  const done = link.seats.filter((s) => voted.has(s.participantId)).length;
  return (
    <div className="room-seats">
      <p className="room-tally" role="status" aria-live="polite">
        {joined} of {link.seats.length} joined · {done} of {link.seats.length} {DONE[target.kind].past}
      </p>
      {notices.length > 0 ? (
        <ul className="room-notices" aria-label="Room link alerts">
          {notices.map((n) => (
            <li key={n.id} className={`room-notice room-notice-${n.tone}`} role="alert">
              {n.message}{' '}
              {n.participantId ? (
                <button
                  type="button"
                  className="button button-small"
                  onClick={() => void roomActions.releaseSeat(n.participantId!)}
                >
                  Release seat
                </button>
              ) : null}
              <button
                type="button"
                className="button button-small"
                onClick={() => roomActions.dismissNotice(n.id)}
              >
                Dismiss
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <ul className="room-seat-list" aria-label="Seats">
        {link.seats.map((seat) => {
          const state = seatState(seat, voted.has(seat.participantId), target.kind);
          return (
            <li key={seat.participantId} className={`room-seat room-seat-${state.tone}`}>
              <span className="room-seat-name" dir="auto">
                {seat.name}
              </span>
              <span className="room-seat-state">{state.word}</span>
              {seat.claimed ? (
                <button
                  type="button"
                  className="button button-small"
                  aria-label={`Release ${seat.name}’s seat`}
                  title="Lets another phone take this seat (the current phone is told)"
                  onClick={() => void roomActions.releaseSeat(seat.participantId)}
                >
                  Release
                </button>
              ) : null}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
