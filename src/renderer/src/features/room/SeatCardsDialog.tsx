import { useEffect, useState } from 'react';
import type { SeatCard } from '../../../../shared/ipc/roomContract';
import { bridge } from '../../bridge';
import { Dialog } from '../../ui/Dialog';
import { QrImage } from './QrImage';

/**
 * Printable seat cards: one per person, their own QR that takes their seat without a code
 * or a name to pick. Printed from the facilitator's window (the print styles show only the
 * cards); each card works once, on the first phone that scans it.
 */
export function SeatCardsDialog({ question, onClose }: { question: string; onClose: () => void }) {
  const [cards, setCards] = useState<SeatCard[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void bridge()
      .room.seatCards({})
      .then((result) => {
        if (!live) return;
        if (result.ok) setCards(result.value);
        else setProblem(result.message);
      });
    return () => {
      live = false;
    };
  }, []);
  return (
    <Dialog
      title="Seat cards"
      onClose={onClose}
      width={820}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            Close
          </button>
          <button
            type="button"
            className="button button-primary"
            disabled={!cards}
            onClick={() => window.print()}
          >
            Print seat cards
          </button>
        </>
      }
    >
      <p className="muted">
        Hand each person their own card. Scanning it takes their seat for this vote; a second phone scanning
        the same card is refused and shown here. Keep the cards private, as you would a ballot.
      </p>
      {problem ? (
        <p className="room-problem" role="alert">
          {problem}
        </p>
      ) : null}
      {cards ? (
        <ul className="seat-cards" aria-label="Seat cards">
          {cards.map((card) => (
            <li key={card.participantId} className="seat-card">
              <QrImage svg={card.qrSvg} label={`Seat card QR for ${card.name}`} className="seat-card-qr" />
              <p className="seat-card-name" dir="auto">
                {card.name}
              </p>
              <p className="seat-card-question" dir="auto">
                {question}
              </p>
              <p className="seat-card-url">{card.joinUrl}</p>
            </li>
          ))}
        </ul>
      ) : problem ? null : (
        <p role="status">Making the cards…</p>
      )}
    </Dialog>
  );
}
