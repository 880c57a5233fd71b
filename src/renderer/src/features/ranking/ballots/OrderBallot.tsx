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
import { ballotProblem } from '../../../../../shared/domain/rounds';
import type { BallotContent } from '../../../../../shared/domain/workspace';
import { BallotFrame } from './BallotFrame';
import { itemLookup } from './itemLookup';
import { OrderRow } from './OrderRow';
import { canMove, dropAt, initialTiers, moveStep, placesOf, setTied, toRows, type Tiers } from './orderTiers';
import type { BallotEditorProps } from './types';

const INSTRUCTIONS =
  'To pick up an item, press Space. Use the up and down arrow keys to move it, Space again to drop it, ' +
  'Escape to put it back. Alt with the up or down arrow moves it one place without picking it up.';

/** Put the round's items in order, best first; ties allowed. */
export function OrderBallot({ round, items, voterName, initial, onSubmit, onCancel }: BallotEditorProps) {
  const [tiers, setTiers] = useState<Tiers>(() => initialTiers(round.itemIds, initial));
  const [announcement, setAnnouncement] = useState('');
  const item = useMemo(() => itemLookup(items), [items]);
  const rows = toRows(tiers);
  const places = placesOf(tiers);
  const content: BallotContent = { kind: 'order', tiers };
  const problem = ballotProblem(round, content);

  const update = (next: Tiers, id: string) => {
    if (next === tiers) return;
    setTiers(next);
    setAnnouncement(describePlace(next, id, item(id).title));
  };

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
      onSubmit={() => onSubmit(content)}
      onCancel={onCancel}
      hint={
        <>
          Most important at the top. Drag a row, or click it and press <kbd>Alt</kbd>+<kbd>↑</kbd> /{' '}
          <kbd>Alt</kbd>+<kbd>↓</kbd> to move it (or <kbd>Space</kbd>, arrows, <kbd>Space</kbd> to carry it).
          Tick “Tied with the one above” when two matter equally.
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
