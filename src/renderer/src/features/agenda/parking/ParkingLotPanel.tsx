import './parking.css';
import { useState } from 'react';
import { topByDots, untriaged } from '../../../../../shared/domain/agenda';
import type { Workspace } from '../../../../../shared/domain/workspace';
import { COMMANDS, shortcutText } from '../../../../../shared/commands';
import { CarryTransfer, type TransferNote } from './CarryTransfer';
import { DotVote } from './DotVote';
import { ParkedItemRow } from './ParkedItemRow';

const isMac = navigator.userAgent.includes('Mac');

/**
 * The parking lot: every item with when and where it was parked, each triaged in place;
 * the top 3 by dots first when the room has voted. For the Agenda tab (`titled`) and the
 * window-wide dialog the counter opens.
 */
export function ParkingLotPanel({
  workspace,
  readOnly,
  titled = true,
}: {
  workspace: Workspace;
  readOnly: boolean;
  titled?: boolean;
}) {
  const [voting, setVoting] = useState(false);
  const [note, setNote] = useState<TransferNote | null>(null);
  const open = untriaged(workspace);
  const top = topByDots(workspace, 3);
  const rank = new Map(top.map((item, i) => [item.id, i + 1]));
  const openInOrder = [...top, ...open.filter((item) => !rank.has(item.id))];
  const triaged = workspace.parkingLot.filter((item) => item.outcome !== 'open');

  return (
    <section className="parking-lot" aria-label="Parking lot">
      <header className="parking-lot-head">
        {titled ? <h2>Parking lot</h2> : null}
        <p className="parking-lot-summary">
          {open.length} not triaged · {triaged.length} triaged
        </p>
        <div className="parking-lot-tools">
          {readOnly ? null : (
            <button
              type="button"
              className="button button-small"
              disabled={voting || open.length < 2}
              title={open.length < 2 ? 'A dot vote needs at least two open items.' : undefined}
              onClick={() => {
                setNote(null);
                setVoting(true);
              }}
            >
              Pick the top 3 to solve now
            </button>
          )}
          <CarryTransfer workspace={workspace} readOnly={readOnly} onNote={setNote} />
        </div>
      </header>
      <div role="status" className="parking-lot-note">
        {note ? <p className={note.tone === 'error' ? 'form-error' : 'parking-note'}>{note.text}</p> : null}
      </div>
      {voting ? (
        <DotVote
          workspace={workspace}
          onDone={(summary) => {
            setVoting(false);
            if (summary) setNote({ tone: 'info', text: summary });
          }}
        />
      ) : null}
      {workspace.parkingLot.length === 0 ? (
        <p className="empty">
          Nothing parked yet. Press {shortcutText(COMMANDS.parkItem.shortcut, isMac)} on any screen to set
          something aside.
        </p>
      ) : null}
      {openInOrder.length > 0 ? (
        <>
          <h3 className="parking-lot-group">Not triaged ({open.length})</h3>
          <ul className="parking-list" aria-label="Not triaged">
            {openInOrder.map((item) => (
              <ParkedItemRow
                key={item.id}
                item={item}
                workspace={workspace}
                readOnly={readOnly}
                top={rank.get(item.id) ?? null}
              />
            ))}
          </ul>
        </>
      ) : null}
      {triaged.length > 0 ? (
        <>
          <h3 className="parking-lot-group">Triaged ({triaged.length})</h3>
          <ul className="parking-list" aria-label="Triaged">
            {triaged.map((item) => (
              <ParkedItemRow key={item.id} item={item} workspace={workspace} readOnly={readOnly} top={null} />
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
