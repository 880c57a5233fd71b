import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import type { DeckSection } from '../../../../shared/domain/workspace';
import { deckActions } from './deckActions';
import { SECTION_KIND_LABEL, sectionLabel } from './sectionLabels';

type DeckSectionRowProps = {
  section: DeckSection;
  index: number;
  count: number;
  selected: boolean;
  readOnly: boolean;
};

/** One section in the outline: its name opens it in the editor; the handle and arrows move it. */
export function DeckSectionRow({ section, index, count, selected, readOnly }: DeckSectionRowProps) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } =
    useSortable({ id: section.id, disabled: readOnly });
  const heading = sectionLabel(section);
  const classes = ['deck-section-row', selected ? 'deck-section-row-on' : '', isDragging ? 'dragging' : ''];
  return (
    <li
      ref={setNodeRef}
      className={classes.filter(Boolean).join(' ')}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      aria-label={`Section ${index + 1}: ${heading}`}
    >
      {readOnly ? null : (
        <button
          type="button"
          ref={setActivatorNodeRef}
          className="drag-handle"
          aria-label={`Drag “${heading}” to reorder`}
          {...attributes}
          {...listeners}
        >
          <span aria-hidden="true">⠿</span>
        </button>
      )}
      <button
        type="button"
        className="deck-section-open"
        aria-label={`Edit “${heading}” (${SECTION_KIND_LABEL[section.type]})`}
        aria-current={selected || undefined}
        onClick={() => deckActions.select(section.id)}
      >
        <span className="deck-section-number">{index + 1}</span>
        <span className="deck-section-names">
          <span className="deck-section-title">{heading}</span>
          <span className="deck-section-kind">{SECTION_KIND_LABEL[section.type]}</span>
        </span>
      </button>
      {readOnly ? null : (
        <span className="deck-section-actions">
          <button
            type="button"
            className="button button-ghost button-small"
            aria-label={`Move “${heading}” up`}
            disabled={index === 0}
            onClick={() => deckActions.move(index, index - 1)}
          >
            ↑
          </button>
          <button
            type="button"
            className="button button-ghost button-small"
            aria-label={`Move “${heading}” down`}
            disabled={index === count - 1}
            onClick={() => deckActions.move(index, index + 1)}
          >
            ↓
          </button>
          <button
            type="button"
            className="button button-ghost button-small button-danger"
            aria-label={`Remove “${heading}”`}
            onClick={() => deckActions.removeSection(section.id)}
          >
            ✕
          </button>
        </span>
      )}
    </li>
  );
}
