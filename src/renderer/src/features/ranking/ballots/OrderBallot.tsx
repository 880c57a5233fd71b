import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
} from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { useMemo, useState } from 'react';
import { ballotProblem, shuffledStart } from '../../../../../shared/domain/rounds';
import type { BallotContent } from '../../../../../shared/domain/workspace';
import { BallotFrame } from './BallotFrame';
import { itemLookup } from './itemLookup';
import { OrderRow } from './OrderRow';
import {
  canMove,
  dropAt,
  initialTiers,
  moveStep,
  moveToEdge,
  placesOf,
  setTied,
  toRows,
  type Tiers,
} from './orderTiers';
import type { BallotEditorProps } from './types';

const INSTRUCTIONS =
  'To pick up an item, press Space. Use the up and down arrow keys to move it, Space again to drop it, ' +
  'Escape to put it back. Alt with the up or down arrow moves it one place without picking it up.';

/** From this many items, rows also get “to the top” / “to the bottom”. */
export const LONG_BALLOT_ITEMS = 7;

/** An order in progress; an untouched list is checked before it goes in. */
export type OrderDraft = { kind: 'order'; tiers: Tiers; moved: boolean };

/** Put the round's items in order, best first; ties allowed. */
export function OrderBallot(props: BallotEditorProps<OrderDraft>) {
  const { round, items, voterName, initial, onSubmit, onCancel, onLater, shuffleSeed, draft, onDraft } =
    props;
  // The voter's own earlier ballot is a deliberate start; otherwise a shuffle, so the
  // items typed first get no head start.
  const ownStart = initial?.kind === 'order';
  const shuffled = !ownStart && shuffleSeed !== undefined;
  const [tiers, setTiers] = useState<Tiers>(() => {
    if (draft) return initialTiers(round.itemIds, { kind: 'order', tiers: draft.tiers });
    return initialTiers(shuffled ? shuffledStart(round.itemIds, shuffleSeed) : round.itemIds, initial);
  });
  const [moved, setMoved] = useState(() => draft?.moved ?? false);
  const [confirming, setConfirming] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const item = useMemo(() => itemLookup(items), [items]);
  const rows = toRows(tiers);
  const places = placesOf(tiers);
  const content: BallotContent = { kind: 'order', tiers };
  const problem = ballotProblem(round, content);

  const update = (next: Tiers, id: string) => {
    if (next === tiers) return;
    setTiers(next);
    setMoved(true);
    onDraft?.({ kind: 'order', tiers: next, moved: true });
    setAnnouncement(describePlace(next, id, item(id).title));
  };
  const submit = () => {
    if (moved || ownStart) onSubmit(content);
    else setConfirming(true);
  };
  const long = round.itemIds.length >= LONG_BALLOT_ITEMS;

  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const ids = rows.map((row) => row.id);
  const title = (id: string | number) => item(String(id)).title;
  const announcements: Announcements = {
    onDragStart: ({ active }) => `Picked up ${title(active.id)}.`,
    onDragOver: ({ active, over }) =>
      over ? `${title(active.id)} is over place ${ids.indexOf(String(over.id)) + 1}.` : undefined,
    onDragEnd: ({ active, over }) =>
      over ? `Dropped ${title(active.id)} at place ${ids.indexOf(String(over.id)) + 1}.` : undefined,
    onDragCancel: ({ active }) => `${title(active.id)} put back where it was.`,
  };
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    const id = String(active.id);
    update(dropAt(tiers, id, ids.indexOf(String(over.id))), id);
  };

  return (
    <BallotFrame
      voterName={voterName}
      question={round.question}
      problem={problem}
      submitLabel="Submit my ranking"
      onSubmit={submit}
      onCancel={onCancel}
      onLater={onLater}
      confirm={
        confirming ? (
          <>
            <p className="ballot-confirm" role="alert">
              You have not moved anything. <strong>Submit the list as it is?</strong>
            </p>
            <button type="button" className="button button-large" onClick={() => setConfirming(false)}>
              Keep ordering
            </button>
            <button
              type="button"
              className="button button-primary button-large"
              onClick={() => onSubmit(content)}
            >
              Submit as it is
            </button>
          </>
        ) : undefined
      }
      hint={
        <>
          Most important at the top. Drag a row, or click it and press <kbd>Alt</kbd>+<kbd>↑</kbd> /{' '}
          <kbd>Alt</kbd>+<kbd>↓</kbd> to move it (or <kbd>Space</kbd>, arrows, <kbd>Space</kbd> to carry it).
          Tick “Tied with the one above” when two matter equally.
          {long ? <> ⤒ and ⤓ take an item straight to the top or the bottom.</> : null}
          {shuffled ? (
            <>
              <br />
              <strong>Shown in a random order so no item gets a head start.</strong>
            </>
          ) : null}
        </>
      }
    >
      <DndContext
        sensors={sensors}
        collisionDetection={closestCenter}
        onDragEnd={onDragEnd}
        accessibility={{ announcements, screenReaderInstructions: { draggable: INSTRUCTIONS } }}
      >
        <SortableContext items={ids} strategy={verticalListSortingStrategy}>
          <ol className="ballot-list" aria-label="Your order, most important first">
            {rows.map((row, i) => (
              <OrderRow
                key={row.id}
                item={item(row.id)}
                place={places.get(row.id) ?? i + 1}
                tied={row.tied}
                first={i === 0}
                canMoveUp={canMove(tiers, row.id, -1)}
                canMoveDown={canMove(tiers, row.id, 1)}
                onMove={(direction) => update(moveStep(tiers, row.id, direction), row.id)}
                onTie={(tied) => update(setTied(tiers, row.id, tied), row.id)}
                onEdge={long ? (edge) => update(moveToEdge(tiers, row.id, edge), row.id) : undefined}
              />
            ))}
          </ol>
        </SortableContext>
      </DndContext>
      <p className="sr-only" aria-live="polite">
        {announcement}
      </p>
    </BallotFrame>
  );
}

function describePlace(tiers: Tiers, id: string, title: string): string {
  const t = tiers.findIndex((tier) => tier.includes(id));
  const place = placesOf(tiers).get(id) ?? 0;
  const total = tiers.reduce((n, tier) => n + tier.length, 0);
  const others = (tiers[t]?.length ?? 1) - 1;
  const tie = others > 0 ? `, tied with ${others} other${others > 1 ? 's' : ''}` : '';
  return `${title}: place ${place} of ${total}${tie}.`;
}
