import { DECK_LIMITS, type DeckSection, type Workspace } from '../../../../shared/domain/workspace';
import { CommittedInput } from '../../ui/CommittedInput';
import { Field } from '../../ui/Field';
import { CommitmentsEditor } from './CommitmentsEditor';
import { deckActions } from './deckActions';
import { KpiScorecardEditor } from './KpiScorecardEditor';
import { LiveSourceNote } from './LiveSourceNote';
import { MarkdownField } from './MarkdownField';
import { RoundPicker } from './RoundPicker';
import { SECTION_KIND_LABEL, sectionLabel } from './sectionLabels';

type SectionEditorProps = { section: DeckSection; workspace: Workspace; readOnly: boolean };

const MARKDOWN_HINT = 'Markdown: # heading, - bullet, **bold**, *italic*, 1. numbered.';

/** The editor for one section: its title, then what its type needs. */
export function SectionEditor({ section, workspace, readOnly }: SectionEditorProps) {
  const update = (change: Parameters<typeof deckActions.update>[1]) => deckActions.update(section.id, change);
  const heading = sectionLabel(section);
  return (
    <section className="card deck-editor" aria-label={`Edit “${heading}”`}>
      <div className="deck-editor-head">
        <span className="deck-editor-kind">{SECTION_KIND_LABEL[section.type]}</span>
        <CommittedInput
          className="deck-editor-title"
          aria-label="Section title"
          value={section.title}
          maxLength={DECK_LIMITS.title}
          placeholder={SECTION_KIND_LABEL[section.type]}
          readOnly={readOnly}
          onCommit={(title) => update({ title })}
        />
      </div>
      <LiveSourceNote type={section.type} workspace={workspace} />
      {section.type === 'title' ? (
        <Field label="Subtitle">
          {(id) => (
            <CommittedInput
              id={id}
              value={section.subtitle}
              maxLength={DECK_LIMITS.title}
              readOnly={readOnly}
              onCommit={(subtitle) => update({ subtitle })}
            />
          )}
        </Field>
      ) : null}
      {section.type === 'ranking-result' || section.type === 'alignment' ? (
        <RoundPicker
          workspace={workspace}
          value={section.roundId}
          readOnly={readOnly}
          onChange={(roundId) => update({ roundId })}
        />
      ) : null}
      {section.type === 'kpi-scorecard' ? <KpiScorecardEditor section={section} readOnly={readOnly} /> : null}
      {section.type === 'commitments-review' ? (
        <CommitmentsEditor section={section} readOnly={readOnly} />
      ) : null}
      <MarkdownField
        // A fresh field per section, so a draft never carries over to the next one.
        key={section.id}
        label={markdownLabel(section.type)}
        hint={MARKDOWN_HINT}
        rows={textual(section.type) ? 14 : 4}
        value={section.markdown}
        readOnly={readOnly}
        onCommit={(markdown) => update({ markdown })}
      />
    </section>
  );
}

const textual = (type: DeckSection['type']) => type === 'text' || type === 'agenda' || type === 'appendix';

function markdownLabel(type: DeckSection['type']): string {
  if (textual(type)) return 'Text';
  if (type === 'title') return 'Note under the title';
  return 'Comment on the slide';
}
