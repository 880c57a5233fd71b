import { useEffect, useState } from 'react';
import type { Round, Workspace } from '../../../../shared/domain/workspace';
import type { RoomLink } from '../../../../shared/ipc/roomContract';
import { CLOSE_MESSAGES } from '../../../../shared/room/roomProtocol';
import { hasBridge } from '../../bridge';
import { RoomCheckDialog } from './RoomCheckDialog';
import { RoomSeats, type RoomTarget } from './RoomSeats';
import { SeatCardsDialog } from './SeatCardsDialog';
import { interfaceLabel, NetworkPicker, useNetworkChoice } from './NetworkPicker';
import { QrImage } from './QrImage';
import { roomActions, useRoom } from './roomStore';
import './room.css';

const ACTION: Record<RoomTarget['kind'], string> = {
  round: 'Vote',
  checkpoint: 'Answer',
  department: 'Rank',
};

/** The round's own target: its ballots say who has voted. */
const roundTarget = (round: Round): RoomTarget => ({
  kind: 'round',
  id: round.id,
  title: round.question,
  done: new Set(round.ballots.map((b) => b.participantId)),
});

const isFor = (link: RoomLink | null, target: RoomTarget): link is RoomLink =>
  link !== null &&
  link.roundId === target.id &&
  (link.kind ?? 'round') === target.kind &&
  link.departmentId === target.departmentId;

/**
 * The room link on an open round (or an open checkpoint, or a department's ranking): open
 * it on a network the facilitator picks, then the room QR, the address and the join code,
 * the seats as phones join and answer, and the controls (release a seat, send a round's
 * results at the reveal, close). The projector shows the same QR on the "who has voted"
 * board; with one screen this panel is enough.
 */
export function RoomLinkPanel(
  props: { workspace: Workspace; readOnly: boolean; openLabel?: string } & (
    { round: Round; target?: undefined } | { target: RoomTarget; round?: undefined }
  ),
) {
  const { workspace, readOnly } = props;
  const target = props.target ?? roundTarget(props.round);
  const link = useRoom((s) => s.link);
  const opening = useRoom((s) => s.opening);
  const problem = useRoom((s) => s.problem);
  const closed = useRoom((s) => s.closed);
  const interfaces = useRoom((s) => s.interfaces);
  const shareResults = useRoom((s) => s.shareResults);
  const { choice, picked, setChosen } = useNetworkChoice(interfaces);
  const [checking, setChecking] = useState(false);
  const [cards, setCards] = useState(false);

  // Listed afresh each time: the facilitator may have just joined the room's Wi-Fi.
  useEffect(() => {
    if (hasBridge()) void roomActions.loadInterfaces();
  }, []);

  if (!hasBridge()) return null;
  const here = isFor(link, target) ? link : null;
  const elsewhere = link && !here ? elsewhereTitle(workspace, link) : null;

  return (
    <section className="room-link" aria-label="Room link">
      {problem ? (
        <p className="room-problem" role="alert">
          {problem}{' '}
          <button type="button" className="button button-small" onClick={roomActions.dismissProblem}>
            OK
          </button>
        </p>
      ) : null}
      {here ? (
        <>
          <div className="room-join">
            <QrImage svg={here.qrSvg} label={`Room QR code: ${here.roomUrl}`} className="room-qr" />
            <div className="room-join-words">
              <h3>{ACTION[target.kind]} from your phone</h3>
              <p>
                Scan the code, or open <strong className="room-url">{here.url}</strong> and type
              </p>
              <p className="room-code" aria-label={`Join code ${here.code.split('').join(' ')}`}>
                {here.code}
              </p>
              <p className="muted">
                On {interfaceLabel(here.interface)}. Nothing leaves this laptop; each phone sees its own
                {target.kind === 'checkpoint' ? ' answers' : ' ballot'} only.
              </p>
              {here.phonePageMissing ? (
                <p className="room-problem" role="alert">
                  {here.phonePageMissing}
                </p>
              ) : null}
            </div>
          </div>
          <RoomSeats link={here} target={target} />
          <div className="room-controls">
            {target.kind === 'round' ? (
              <label className="room-share">
                <input
                  type="checkbox"
                  checked={shareResults}
                  onChange={(e) => roomActions.setShareResults(e.target.checked)}
                />{' '}
                Send the results to the phones at the reveal
              </label>
            ) : null}
            <button type="button" className="button" onClick={() => setCards(true)}>
              Seat cards…
            </button>
            <button type="button" className="button" onClick={() => void roomActions.close('stopped')}>
              Close room link
            </button>
          </div>
        </>
      ) : (
        <div className="room-closed">
          <p>
            <strong>Room link:</strong> everyone {target.kind === 'round' ? 'votes' : 'answers'} on their own
            phone over this room’s network. No cloud, no account, nothing to install.
          </p>
          {closed?.roundId === target.id ? (
            <p className="muted" role="status">
              The room link closed. {CLOSE_MESSAGES[closed.reason]}
            </p>
          ) : null}
          {elsewhere ? (
            <p className="muted">The room link is open for “{elsewhere}”. Opening it here closes that one.</p>
          ) : null}
          <div className="room-open-row">
            <NetworkPicker interfaces={interfaces} value={choice} onChange={setChosen} />
            <button
              type="button"
              className="button button-primary"
              disabled={readOnly || opening !== null}
              onClick={() =>
                void roomActions.open(target.id, choice || undefined, {
                  kind: target.kind,
                  ...(target.departmentId ? { departmentId: target.departmentId } : {}),
                })
              }
            >
              {opening === target.id ? 'Opening…' : (props.openLabel ?? 'Open room link')}
            </button>
            <button type="button" className="button" onClick={() => setChecking(true)}>
              Room check…
            </button>
          </div>
          {picked && !picked.reachableByPhones ? (
            <p className="room-warning" role="note">
              Phones cannot reach {picked.name}. Join a Wi-Fi network or turn on this laptop’s hotspot, then
              choose it here.
            </p>
          ) : null}
        </div>
      )}
      {checking ? <RoomCheckDialog onClose={() => setChecking(false)} /> : null}
      {cards && here ? <SeatCardsDialog question={target.title} onClose={() => setCards(false)} /> : null}
    </section>
  );
}

/** What the link open elsewhere is for, as the facilitator named it. */
function elsewhereTitle(workspace: Workspace, link: RoomLink): string {
  if (link.kind === 'checkpoint')
    return workspace.checkpoints.find((c) => c.id === link.roundId)?.title ?? 'a checkpoint';
  if (link.kind === 'department') return `${link.departmentName ?? 'a department'}’s ranking`;
  return workspace.rounds.find((r) => r.id === link.roundId)?.question ?? 'another round';
}
