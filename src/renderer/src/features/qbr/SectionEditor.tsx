import { sectionSpec, type MarkdownRole } from '../../../../shared/domain/deck';
import { DECK_LIMITS, type DeckSection, type Workspace } from '../../../../shared/domain/workspace';
import { CommittedInput } from '../../ui/CommittedInput';
import { deckActions } from './deckActions';
import { LiveSourceNote } from './LiveSourceNote';
import { MarkdownField } from './MarkdownField';
import { SectionFields } from './sectionEditors';
import { SECTION_KIND_LABEL, sectionLabel } from './sectionLabels';

type SectionEditorProps = { section: DeckSection; workspace: Workspace; readOnly: boolean };

const MARKDOWN_HINT = 'Markdown: # heading, - bullet, **bold**, *italic*, 1. numbered.';

/** The text field by what the section's text is: a body gets room, a note or a comment a few lines. */
const MARKDOWN_FIELD: Record<MarkdownRole, { label: string; rows: number }> = {
  body: { label: 'Text', rows: 14 },
  'cover-note': { label: 'Note under the title', rows: 4 },
  comment: { label: 'Comment on the slide', rows: 4 },
};

/** The editor for one section: its title, then what its type needs. */
export function SectionEditor({ section, workspace, readOnly }: SectionEditorProps) {
  const update = (change: Parameters<typeof deckActions.update>[1]) => deckActions.update(section.id, change);
  const heading = sectionLabel(section);
  const field = MARKDOWN_FIELD[sectionSpec(section.type).markdown];
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
      <SectionFields section={section} workspace={workspace} readOnly={readOnly} />
      <MarkdownField
        // A fresh field per section, so a draft never carries over to the next one.
        key={section.id}
        label={field.label}
        hint={MARKDOWN_HINT}
        rows={field.rows}
        value={section.markdown}
        readOnly={readOnly}
        onCommit={(markdown) => update({ markdown })}
      />
    </section>
  );
}
