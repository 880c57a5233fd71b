import { useEffect, useMemo, useRef, useState } from 'react';
import { scheduleAgenda, spentMs } from '../../../../shared/domain/agenda';
import type { Workspace } from '../../../../shared/domain/workspace';
import { UndoToast } from '../../ui/UndoToast';
import { documentActions } from '../../document';
import { agendaActions, currentWorkspace } from './AgendaActions';
import type { BlockPlace } from './AgendaBlockRow';
import { AgendaDaySection } from './AgendaDaySection';
import { AgendaDnd } from './AgendaDnd';
import { AgendaEmpty } from './AgendaEmpty';
import { AgendaInput } from './AgendaInput';
import { ParkingLotPanel } from './parking';
import './agenda.css';

type Removal = { message: string; after: Workspace };

/**
 * The Agenda tab: the days of the session with their blocks and computed times, in the
 * agenda's stated time zone. Clashes and days running late are shown where they are and
 * left for the facilitator to resolve. Every change is one edit, undone with Ctrl+Z.
 */
export function AgendaView({ workspace, readOnly }: { workspace: Workspace; readOnly: boolean }) {
  const agenda = workspace.agenda;
  const [selectedId, setSelectedId] = useState<string | null>(null);
  /** The block just added: its editor opens with its title selected, ready to be typed over. */
  const [addedId, setAddedId] = useState<string | null>(null);
  const [removal, setRemoval] = useState<Removal | null>(null);
  const refocusId = useRef<string | null>(null);
  const now = useNow(agenda.run.countingSince !== null);
  const days = useMemo(() => scheduleAgenda(agenda), [agenda]);
  const order = days.flatMap((d) => d.blocks.map((s) => s.block.id));

  // A block moved to another day is drawn anew in that day's list: its handle gets the
  // focus back, so the next Alt+arrow moves it on.
  useEffect(() => {
    const id = refocusId.current;
    if (id === null) return;
    refocusId.current = null;
    document.querySelector<HTMLElement>(`[data-block-id="${CSS.escape(id)}"] .drag-handle`)?.focus();
  }, [workspace]);

  const step = (blockId: string, direction: -1 | 1) => {
    const dayIndex = days.findIndex((d) => d.blocks.some((s) => s.block.id === blockId));
    const day = days[dayIndex];
    if (!day) return;
    const index = day.blocks.findIndex((s) => s.block.id === blockId);
    const to = index + direction;
    if (to >= 0 && to < day.blocks.length) {
      agendaActions.moveBlock(blockId, day.day.id, to);
    } else {
      const neighbour = days[dayIndex + direction];
      if (!neighbour) return;
      // Past the day's edge: the last block of the day before, or the first of the day after.
      refocusId.current = blockId;
      agendaActions.moveBlock(blockId, neighbour.day.id, direction < 0 ? neighbour.blocks.length : 0);
    }
  };
  const moveByDrag = (blockId: string, dayId: string, index: number) => {
    const from = days.find((d) => d.blocks.some((s) => s.block.id === blockId));
    if (from && from.day.id !== dayId) refocusId.current = blockId;
    agendaActions.moveBlock(blockId, dayId, index);
  };
  const placeOf = (blockId: string): BlockPlace => ({
    index: order.indexOf(blockId),
    count: order.length,
    step: (direction) => step(blockId, direction),
  });
  const offerUndo = (message: string) => {
    const after = currentWorkspace();
    if (after) setRemoval({ message, after });
  };
  const addBlock = (dayId: string | null, afterId: string | null) => {
    const added = agendaActions.addBlock(
      { title: 'New block', minutes: 30, kind: 'discussion', ...(dayId ? { dayId } : {}) },
      afterId,
    );
    if ('id' in added) {
      setSelectedId(added.id);
      setAddedId(added.id);
    }
  };
  const removeBlock = (blockId: string, title: string) => {
    if (agendaActions.removeBlock(blockId) === null) offerUndo(`Removed “${title}”.`);
  };
  const removeDay = (dayId: string, name: string) => {
    if (agendaActions.removeDay(dayId) === null)
      offerUndo(`Removed ${name}; its blocks joined the day next to it.`);
  };

  return (
    <div className="agenda-view">
      <header className="agenda-toolbar">
        <h2>Agenda</h2>
        <p className="agenda-zone">
          Times are in <strong>{agenda.timeZone}</strong>
        </p>
        {readOnly ? null : (
          <div className="agenda-zone-field">
            <label htmlFor="agenda-time-zone">Time zone</label>
            <AgendaInput
              id="agenda-time-zone"
              errorId="agenda-time-zone-error"
              value={agenda.timeZone}
              spellCheck={false}
              onCommit={agendaActions.setTimeZone}
            />
          </div>
        )}
        {readOnly || agenda.blocks.length === 0 ? null : (
          <div className="agenda-toolbar-actions">
            <button type="button" className="button button-small" onClick={() => addBlock(null, selectedId)}>
              {selectedId && order.includes(selectedId)
                ? 'Add a block after the selected one'
                : 'Add a block'}
            </button>
            <button type="button" className="button button-small" onClick={() => agendaActions.addDay()}>
              Add a day
            </button>
          </div>
        )}
      </header>
      {agenda.blocks.length === 0 ? (
        <AgendaEmpty workspace={workspace} readOnly={readOnly} onAddBlock={() => addBlock(null, null)} />
      ) : (
        <AgendaDnd days={days} onMove={moveByDrag}>
          <div className="agenda-days">
            {days.map((scheduled, dayIndex) => (
              <AgendaDaySection
                key={scheduled.day.id}
                workspace={workspace}
                scheduled={scheduled}
                dayIndex={dayIndex}
                placeOf={placeOf}
                selectedId={selectedId}
                addedId={addedId}
                onSelect={(id) => {
                  setSelectedId(id);
                  setAddedId(null);
                }}
                onRemoveBlock={removeBlock}
                onRemoveDay={removeDay}
                onAddBlock={addBlock}
                spentOf={(blockId) => {
                  const block = agenda.blocks.find((b) => b.id === blockId);
                  return block ? spentMs(agenda, block, now) : 0;
                }}
                readOnly={readOnly}
              />
            ))}
          </div>
        </AgendaDnd>
      )}
      {/* What the room set aside during the day, triaged where the day is planned. */}
      <ParkingLotPanel workspace={workspace} readOnly={readOnly} />
      {removal && removal.after === workspace ? (
        <UndoToast
          key={removal.message}
          message={removal.message}
          onUndo={() => documentActions.undo()}
          onDismiss={() => setRemoval(null)}
        />
      ) : null}
    </div>
  );
}

/** The time now, ticking every 15 s while the timer counts time spent (for the actual minutes). */
function useNow(ticking: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!ticking) return;
    const timer = setInterval(() => setNow(Date.now()), 15_000);
    return () => clearInterval(timer);
  }, [ticking]);
  return now;
}
