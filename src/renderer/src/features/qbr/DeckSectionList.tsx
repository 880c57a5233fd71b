import type { DeckSection } from '../../../../shared/domain/workspace';
import { SortableSections } from '../../ui/SortableSections';
import { deckActions } from './deckActions';
import { DeckSectionRow } from './DeckSectionRow';
import { sectionLabel } from './sectionLabels';

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
  if (sections.length === 0) return <p className="deck-none">The deck has no sections. Add one below.</p>;
  const titleOf = (id: string) => {
    const s = sections.find((x) => x.id === id);
    return s ? sectionLabel(s) : undefined;
  };
  return (
    <SortableSections
      ids={sections.map((s) => s.id)}
      titleOf={titleOf}
      onMove={deckActions.move}
      className="deck-section-list"
      label="Deck sections"
    >
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
    </SortableSections>
  );
}
