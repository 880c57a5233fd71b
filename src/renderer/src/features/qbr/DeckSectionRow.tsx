import type { DeckSection } from '../../../../shared/domain/workspace';
import { DragHandle, MoveButtons, useSortableRow } from '../../ui/SortableRow';
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
  const { row, handle, isDragging } = useSortableRow(section.id, { disabled: readOnly });
  const heading = sectionLabel(section);
  const classes = ['deck-section-row', selected ? 'deck-section-row-on' : '', isDragging ? 'dragging' : ''];
  return (
    <li
      {...row}
      className={classes.filter(Boolean).join(' ')}
      aria-label={`Section ${index + 1}: ${heading}`}
    >
      {readOnly ? null : <DragHandle handle={handle} name={heading} />}
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
          <MoveButtons
            name={heading}
            index={index}
            count={count}
            onMove={(to) => deckActions.move(index, to)}
          />
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
