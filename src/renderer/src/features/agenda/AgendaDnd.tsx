import {
  closestCenter,
  DndContext,
  useDroppable,
  type Announcements,
  type DragEndEvent,
} from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { useSortableSensors, verticalOnly } from '../../ui/SortableSections';
import type { ReactNode } from 'react';
import type { ScheduledDay } from '../../../../shared/domain/agenda';
import { dayName } from './AgendaLabels';

/** The drop target of a day with no blocks yet (a day with blocks takes drops on its blocks). */
const emptyDayTarget = (dayId: string) => `day:${dayId}`;

type AgendaDndProps = {
  days: readonly ScheduledDay[];
  /** Put the block at `index` among the blocks of `dayId` (its own day or another). */
  onMove: (blockId: string, dayId: string, index: number) => void;
  children: ReactNode;
};

/**
 * One drag-and-drop space over all the days, so a block dragged by its handle (or lifted
 * with Space and moved with the arrows) can land in another day as well as its own.
 */
export function AgendaDnd({ days, onMove, children }: AgendaDndProps) {
  const sensors = useSortableSensors();
  const where = (id: string | number) => {
    const key = String(id);
    for (const [dayIndex, d] of days.entries()) {
      if (key === emptyDayTarget(d.day.id)) return { dayIndex, day: d, index: 0 };
      const index = d.blocks.findIndex((s) => s.block.id === key);
      if (index >= 0) return { dayIndex, day: d, index };
    }
    return null;
  };
  const title = (id: string | number) =>
    days.flatMap((d) => d.blocks).find((s) => s.block.id === String(id))?.block.title ?? 'the block';
  const place = (id: string | number) => {
    const at = where(id);
    return at ? `${dayName(at.dayIndex, '')}, position ${at.index + 1}` : '';
  };
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    const to = over ? where(over.id) : null;
    const from = where(active.id);
    if (!over || !to || !from || active.id === over.id) return;
    // Into another day: before the block it is dropped on, or after it when dropped on its lower half.
    const dragged = active.rect.current.translated;
    const below =
      from.day !== to.day &&
      dragged !== null &&
      dragged.top + dragged.height / 2 > over.rect.top + over.rect.height / 2;
    onMove(String(active.id), to.day.day.id, to.index + (below ? 1 : 0));
  };
  const announcements: Announcements = {
    onDragStart: ({ active }) => `Picked up “${title(active.id)}”, ${place(active.id)}.`,
    onDragOver: ({ active, over }) => (over ? `“${title(active.id)}” is over ${place(over.id)}.` : ''),
    onDragEnd: ({ active, over }) =>
      over ? `Dropped “${title(active.id)}” at ${place(over.id)}.` : `Dropped “${title(active.id)}”.`,
    onDragCancel: ({ active }) => `Moving “${title(active.id)}” cancelled.`,
  };
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      modifiers={[verticalOnly]}
      onDragEnd={onDragEnd}
      accessibility={{
        announcements,
        screenReaderInstructions: {
          draggable:
            'To move a block, press Space to pick it up, the arrow keys to move it, within its day or to another, and Space again to drop it. Escape cancels. Alt with an arrow key moves it one place at once.',
        },
      }}
    >
      {children}
    </DndContext>
  );
}

/** A day's blocks as a sortable list inside the agenda's drag-and-drop space. */
export function AgendaDayList({
  ids,
  label,
  children,
}: {
  ids: string[];
  label: string;
  children: ReactNode;
}) {
  return (
    <SortableContext items={ids} strategy={verticalListSortingStrategy}>
      <ol className="agenda-blocks" aria-label={label}>
        {children}
      </ol>
    </SortableContext>
  );
}

/** Where a block dragged onto a day with no blocks lands. */
export function AgendaEmptyDay({ dayId }: { dayId: string }) {
  const { setNodeRef, isOver } = useDroppable({ id: emptyDayTarget(dayId) });
  return (
    <p
      ref={setNodeRef}
      className={isOver ? 'muted agenda-day-empty agenda-drop-over' : 'muted agenda-day-empty'}
    >
      No blocks on this day yet.
    </p>
  );
}
