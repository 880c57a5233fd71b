import type { ComponentType } from 'react';
import type { SectionOf } from '../../../../shared/domain/deck';
import { DECK_LIMITS, type DeckSectionType, type Workspace } from '../../../../shared/domain/workspace';
import { CommittedInput } from '../../ui/CommittedInput';
import { Field } from '../../ui/Field';
import { CommitmentsEditor } from './CommitmentsEditor';
import { deckActions } from './deckActions';
import { KpiScorecardEditor } from './KpiScorecardEditor';
import { RoundPicker } from './RoundPicker';

/**
 * What each section type's editor shows between its title and its text: the fields only
 * that type has. Null when the title and the text are all there is to edit. A type
 * missing here does not compile (the deck's section catalogue lists the types).
 */
export type SectionFieldsProps<T extends DeckSectionType> = {
  section: SectionOf<T>;
  workspace: Workspace;
  readOnly: boolean;
};

function SubtitleField({ section, readOnly }: SectionFieldsProps<'title'>) {
  return (
    <Field label="Subtitle">
      {(id) => (
        <CommittedInput
          id={id}
          value={section.subtitle}
          maxLength={DECK_LIMITS.title}
          readOnly={readOnly}
          onCommit={(subtitle) => deckActions.update(section.id, { subtitle })}
        />
      )}
    </Field>
  );
}

function RoundField({ section, workspace, readOnly }: SectionFieldsProps<'ranking-result' | 'alignment'>) {
  return (
    <RoundPicker
      workspace={workspace}
      value={section.roundId}
      readOnly={readOnly}
      onChange={(roundId) => deckActions.update(section.id, { roundId })}
    />
  );
}

export const SECTION_EDITORS = {
  title: SubtitleField,
  text: null,
  'kpi-scorecard': KpiScorecardEditor,
  'commitments-review': CommitmentsEditor,
  'ranking-result': RoundField,
  'board-snapshot': null,
  decisions: null,
  'action-items': null,
  'risks-dependencies': null,
  'priorities-focus': null,
  alignment: RoundField,
  agenda: null,
  'agenda-plan': null,
  'time-spent': null,
  'parking-lot': null,
  trends: null,
  'team-messages': null,
  cascade: null,
  appendix: null,
} satisfies { [T in DeckSectionType]: ComponentType<SectionFieldsProps<T>> | null };

/** The fields of the section's own type, or null when it has none. */
export function SectionFields({ section, workspace, readOnly }: SectionFieldsProps<DeckSectionType>) {
  // One lookup per render: the entry is the editor of exactly this section's type.
  const Fields = SECTION_EDITORS[section.type] as ComponentType<SectionFieldsProps<DeckSectionType>> | null;
  return Fields ? <Fields section={section} workspace={workspace} readOnly={readOnly} /> : null;
}
