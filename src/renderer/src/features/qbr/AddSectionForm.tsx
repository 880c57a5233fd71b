import { useId, useState } from 'react';
import { SECTION_TYPES } from '../../../../shared/domain/templates';
import { DECK_LIMITS, type DeckSectionType } from '../../../../shared/domain/workspace';
import { deckActions } from './deckActions';
import { SECTION_KIND_LABEL } from './sectionLabels';

/** Adds a section of any type after the selected one. */
export function AddSectionForm({ count }: { count: number }) {
  const id = useId();
  const [type, setType] = useState<DeckSectionType>('text');
  const full = count >= DECK_LIMITS.sections;
  return (
    <form
      className="deck-add"
      onSubmit={(e) => {
        e.preventDefault();
        deckActions.addSection(type);
      }}
    >
      <label htmlFor={id} className="sr-only">
        Type of the new section
      </label>
      <select id={id} value={type} onChange={(e) => setType(e.target.value as DeckSectionType)}>
        {SECTION_TYPES.map((t) => (
          <option key={t} value={t}>
            {SECTION_KIND_LABEL[t]}
          </option>
        ))}
      </select>
      <button type="submit" className="button" disabled={full}>
        Add section
      </button>
      {full ? <p className="field-hint">A deck holds at most {DECK_LIMITS.sections} sections.</p> : null}
    </form>
  );
}
