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
import type { DeckSection } from '../../../../shared/domain/workspace';
import { deckActions } from './deckActions';
import { DeckSectionRow } from './DeckSectionRow';
import { sectionLabel } from './sectionLabels';

const verticalOnly: Modifier = ({ transform }) => ({ ...transform, x: 0 });

type DeckSectionListProps = {
  sections: readonly DeckSection[];
  selectedId: string | null;
  readOnly: boolean;
};

/**
 * The deck's sections in order: click one to edit it; reorder by dragging a handle, by
 * keyboard on the handle (Space, arrows, Space) or with the up/down buttons.
 */
export function DeckSectionList({ sections, selectedId, readOnly }: DeckSectionListProps) {
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const position = (id: string | number) => sections.findIndex((s) => s.id === id) + 1;
  const title = (id: string | number) => {
    const s = sections.find((x) => x.id === id);
    return s ? sectionLabel(s) : 'the section';
  };
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (over) deckActions.move(position(active.id) - 1, position(over.id) - 1);
  };
  const announcements: Announcements = {
    onDragStart: ({ active }) =>
      `Picked up “${title(active.id)}”, section ${position(active.id)} of ${sections.length}.`,
    onDragOver: ({ active, over }) =>
      over ? `“${title(active.id)}” is now at position ${position(over.id)} of ${sections.length}.` : '',
    onDragEnd: ({ active, over }) =>
      over
        ? `Dropped “${title(active.id)}” at position ${position(over.id)}.`
        : `Dropped “${title(active.id)}”.`,
    onDragCancel: ({ active }) => `Moving “${title(active.id)}” cancelled.`,
  };
  if (sections.length === 0) return <p className="deck-none">The deck has no sections. Add one below.</p>;
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
      <SortableContext items={sections.map((s) => s.id)} strategy={verticalListSortingStrategy}>
        <ol className="deck-section-list" aria-label="Deck sections">
          {sections.map((section, index) => (
            <DeckSectionRow
              key={section.id}
              section={section}
              index={index}
              count={sections.length}
              selected={section.id === selectedId}
              readOnly={readOnly}
            />
          ))}
        </ol>
      </SortableContext>
    </DndContext>
  );
}
