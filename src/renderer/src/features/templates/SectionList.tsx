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
import { useState } from 'react';
import {
  moveSection,
  removeSection,
  retypeSection,
  sectionHeading,
  updateSection,
  type Template,
} from '../../../../shared/domain/templates';
import { templateActions } from './actions';
import { SectionRow } from './SectionRow';

const verticalOnly: Modifier = ({ transform }) => ({ ...transform, x: 0 });

/**
 * The sections of a user template, reordered by dragging a handle, by keyboard (focus a
 * handle, Space to lift, arrows to move, Space to drop) or with the up/down buttons.
 */
export function SectionList({ template }: { template: Template }) {
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  // The order just dropped, shown until the stored template catches up (no flicker back).
  const [pending, setPending] = useState<{ ids: string[]; basedOn: string } | null>(null);
  const sections =
    pending && pending.basedOn === template.updatedAt
      ? pending.ids.map((id) => template.sections.find((s) => s.id === id)!).filter(Boolean)
      : template.sections;
  const edit = (change: (t: Template, now: Date) => Template) =>
    void templateActions.edit(template.id, change);
  const move = (from: number, to: number) => {
    if (from === to || to < 0 || to >= sections.length) return;
    const ids = sections.map((s) => s.id);
    ids.splice(to, 0, ids.splice(from, 1)[0]!);
    setPending({ ids, basedOn: template.updatedAt });
    edit((t, now) =>
      moveSection(
        t,
        t.sections.findIndex((s) => s.id === sections[from]!.id),
        to,
        now,
      ),
    );
  };
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over) return;
    move(
      sections.findIndex((s) => s.id === active.id),
      sections.findIndex((s) => s.id === over.id),
    );
  };
  const position = (id: string | number) => sections.findIndex((s) => s.id === id) + 1;
  const title = (id: string | number) => {
    const s = sections.find((x) => x.id === id);
    return s ? sectionHeading(s) : 'the section';
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

  if (sections.length === 0) {
    return <p className="template-none">No sections yet. Add the first one below.</p>;
  }
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
        <ol className="section-list" aria-label="Sections">
          {sections.map((section, index) => (
            <SectionRow
              key={section.id}
              section={section}
              index={index}
              count={sections.length}
              onEdit={(change) => edit((t, now) => updateSection(t, section.id, change, now))}
              onRetype={(type) => edit((t, now) => retypeSection(t, section.id, type, now))}
              onMove={(to) => move(index, to)}
              onRemove={() => edit((t, now) => removeSection(t, section.id, now))}
            />
          ))}
        </ol>
      </SortableContext>
    </DndContext>
  );
}
