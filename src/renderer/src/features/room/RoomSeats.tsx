import type { Round } from '../../../../shared/domain/workspace';
import type { RoomLink } from '../../../../shared/ipc/roomContract';
import { roomActions, useRoom } from './roomStore';

type Seat = RoomLink['seats'][number];

/**
 * Each seat's state, in words: "voted" is read from the round itself, so a ballot cast on
 * the laptop (pass-the-laptop in the same round) counts the same as one sent from a phone.
 */
function seatState(seat: Seat, voted: boolean): { word: string; tone: string } {
  if (voted) return { word: seat.connected ? 'Voted ✓ · on phone' : 'Voted ✓', tone: 'voted' };
  if (seat.connected) return { word: 'On phone · voting', tone: 'connected' };
  if (seat.claimed) return { word: 'Joined · phone asleep or offline', tone: 'claimed' };
  return { word: 'Not joined', tone: 'waiting' };
}

export function RoomSeats({ link, round }: { link: RoomLink; round: Round }) {
  const notices = useRoom((s) => s.notices);
  const voted = new Set(round.ballots.map((b) => b.participantId));
  const joined = link.seats.filter((s) => s.claimed).length;
  const done = link.seats.filter((s) => voted.has(s.participantId)).length;
  return (
    <div className="room-seats">
      <p className="room-tally" role="status" aria-live="polite">
        {joined} of {link.seats.length} joined · {done} of {link.seats.length} voted
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
          const state = seatState(seat, voted.has(seat.participantId));
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
