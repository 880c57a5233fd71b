import { useState } from 'react';
import {
  moveSection,
  removeSection,
  retypeSection,
  sectionHeading,
  updateSection,
  type Template,
} from '../../../../shared/domain/templates';
import { SortableSections } from '../../ui/SortableSections';
import { templateActions } from './actions';
import { SectionRow } from './SectionRow';

/**
 * The sections of a user template, reordered by dragging a handle, by keyboard (focus a
 * handle, Space to lift, arrows to move, Space to drop) or with the up/down buttons.
 */
export function SectionList({ template }: { template: Template }) {
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
  const titleOf = (id: string) => {
    const s = sections.find((x) => x.id === id);
    return s ? sectionHeading(s) : undefined;
  };

  if (sections.length === 0) {
    return <p className="template-none">No sections yet. Add the first one below.</p>;
  }
  return (
    <SortableSections
      ids={sections.map((s) => s.id)}
      titleOf={titleOf}
      onMove={move}
      className="section-list"
      label="Sections"
    >
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
    </SortableSections>
  );
}
