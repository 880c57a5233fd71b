import {
  formatMinutes,
  SECTION_TYPE_INFO,
  sectionHeading,
  type Template,
} from '../../../../shared/domain/templates';
import { templateActions } from './actions';
import { TemplateSummary } from './TemplateSummary';

/** A built-in template, read-only: its outline, and the ways to make it your own. */
export function TemplateView({ template }: { template: Template }) {
  return (
    <article className="template-detail" aria-labelledby="template-view-title">
      <header className="template-head">
        <div className="template-head-text">
          <h2 id="template-view-title">{template.name}</h2>
          <TemplateSummary template={template} />
        </div>
        <div className="template-actions">
          <button
            type="button"
            className="button button-primary"
            onClick={() => void templateActions.duplicate(template.id)}
          >
            Duplicate to edit
          </button>
          <button type="button" className="button" onClick={() => templateActions.export(template)}>
            Export…
          </button>
        </div>
      </header>
      {template.description ? <p className="template-description">{template.description}</p> : null}
      <p className="read-only-note">Built-in templates are read-only. Duplicate one to adapt it.</p>
      <ol className="template-outline" aria-label="Sections">
        {template.sections.map((section, i) => (
          <li key={section.id} className="outline-item">
            <div className="outline-head">
              <span className="section-number">{i + 1}</span>
              <h3>{sectionHeading(section)}</h3>
              <span className="type-badge">{SECTION_TYPE_INFO[section.type].label}</span>
              {section.minutes !== null ? (
                <span className="timebox">{formatMinutes(section.minutes)}</span>
              ) : null}
            </div>
            {section.prompts.length > 0 ? (
              <ul className="outline-prompts">
                {section.prompts.map((prompt, j) => (
                  <li key={j}>{prompt}</li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ol>
    </article>
  );
}
