import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type Modifier,
} from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from '@dnd-kit/sortable';
import type { ReactNode } from 'react';

/** Rows move up and down only. */
export const verticalOnly: Modifier = ({ transform }) => ({ ...transform, x: 0 });

/** A drag starts after 4 px (so a click on the handle stays a click), or by keyboard. */
export function useSortableSensors() {
  return useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
}

type SortableSectionsProps = {
  ids: readonly string[];
  /** The words a screen reader hears for a section. */
  titleOf: (id: string) => string | undefined;
  onMove: (from: number, to: number) => void;
  className: string;
  label: string;
  /** The rows: each uses dnd-kit's `useSortable` with its section's id. */
  children: ReactNode;
};

/**
 * An ordered list of sections that reorders by dragging a handle or by keyboard (focus a
 * handle, Space to lift, arrows to move, Space to drop), announcing each step.
 */
export function SortableSections({
  ids,
  titleOf,
  onMove,
  className,
  label,
  children,
}: SortableSectionsProps) {
  const sensors = useSortableSensors();
  const position = (id: string | number) => ids.indexOf(String(id)) + 1;
  const title = (id: string | number) => titleOf(String(id)) ?? 'the section';
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (over) onMove(position(active.id) - 1, position(over.id) - 1);
  };
  const announcements: Announcements = {
    onDragStart: ({ active }) =>
      `Picked up “${title(active.id)}”, section ${position(active.id)} of ${ids.length}.`,
    onDragOver: ({ active, over }) =>
      over ? `“${title(active.id)}” is now at position ${position(over.id)} of ${ids.length}.` : '',
    onDragEnd: ({ active, over }) =>
      over
        ? `Dropped “${title(active.id)}” at position ${position(over.id)}.`
        : `Dropped “${title(active.id)}”.`,
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
            'To reorder a section, press Space to pick it up, the arrow keys to move it, and Space again to drop it. Escape cancels.',
        },
      }}
    >
      <SortableContext items={[...ids]} strategy={verticalListSortingStrategy}>
        <ol className={className} aria-label={label}>
          {children}
        </ol>
      </SortableContext>
    </DndContext>
  );
}
