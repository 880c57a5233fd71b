import { useId, useState } from 'react';
import {
  addSection,
  SECTION_TYPE_INFO,
  SECTION_TYPES,
  TEMPLATE_KIND_LABELS,
  TEMPLATE_KINDS,
  TEMPLATE_LIMITS,
  updateDetails,
  type SectionType,
  type Template,
  type TemplateKind,
} from '../../../../shared/domain/templates';
import { CommittedInput } from '../../ui/CommittedInput';
import { templateActions } from './actions';
import { DraftTextArea } from './DraftTextArea';
import { SectionList } from './SectionList';
import { TemplateSummary } from './TemplateSummary';

const newId = () => crypto.randomUUID();

/** A user template, saved as it is edited (each change is one transaction). */
export function TemplateEditor({ template }: { template: Template }) {
  const ids = useId();
  const [newType, setNewType] = useState<SectionType>('text');
  const edit = (change: (t: Template, now: Date) => Template) =>
    void templateActions.edit(template.id, change);
  const full = template.sections.length >= TEMPLATE_LIMITS.sections;

  return (
    <article className="template-detail" aria-label={`Edit “${template.name}”`}>
      <header className="template-head-editor">
        <div className="template-name-row">
          <CommittedInput
            aria-label="Template name"
            className="template-name-input"
            required
            value={template.name}
            maxLength={TEMPLATE_LIMITS.name}
            onCommit={(name) => edit((t, now) => updateDetails(t, { name }, now))}
          />
          <select
            aria-label="Template kind"
            value={template.kind}
            onChange={(e) => {
              const kind = e.target.value as TemplateKind;
              edit((t, now) => updateDetails(t, { kind }, now));
            }}
          >
            {TEMPLATE_KINDS.map((k) => (
              <option key={k} value={k}>
                {TEMPLATE_KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </div>
        <div className="template-subhead">
          <TemplateSummary template={template} />
          <div className="template-actions">
            <button
              type="button"
              className="button"
              onClick={() => void templateActions.duplicate(template.id)}
            >
              Duplicate
            </button>
            <button type="button" className="button" onClick={() => templateActions.export(template)}>
              Export…
            </button>
            <button
              type="button"
              className="button button-danger"
              onClick={() => void templateActions.remove(template.id)}
            >
              Delete
            </button>
          </div>
        </div>
      </header>
      <div className="field">
        <label htmlFor={`${ids}-description`}>Description</label>
        <DraftTextArea
          id={`${ids}-description`}
          rows={2}
          maxLength={TEMPLATE_LIMITS.description}
          placeholder="What this template is for, and when to use it"
          value={template.description}
          onCommit={(description) => edit((t, now) => updateDetails(t, { description }, now))}
        />
      </div>
      <h3 className="sections-title">Sections</h3>
      <SectionList template={template} />
      <form
        className="add-section"
        aria-label="Add a section"
        onSubmit={(e) => {
          e.preventDefault();
          edit((t, now) => addSection(t, newType, newId, now));
        }}
      >
        <select
          aria-label="Type of the new section"
          value={newType}
          onChange={(e) => setNewType(e.target.value as SectionType)}
        >
          {SECTION_TYPES.map((type) => (
            <option key={type} value={type}>
              {SECTION_TYPE_INFO[type].label}
            </option>
          ))}
        </select>
        <button type="submit" className="button" disabled={full}>
          Add section
        </button>
        <span className="muted">
          {full
            ? `A template holds at most ${TEMPLATE_LIMITS.sections} sections.`
            : SECTION_TYPE_INFO[newType].description}
        </span>
      </form>
    </article>
  );
}
