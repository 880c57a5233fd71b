import { TemplateEditor } from './TemplateEditor';
import { TemplateView } from './TemplateView';
import { useTemplates } from './store';
import { useTemplate } from './useLibrary';

/** The chosen template: read-only when built in, editable when the user's own. */
export function TemplateDetail() {
  const selectedId = useTemplates((s) => s.selectedId);
  const loaded = useTemplate(selectedId);

  if (selectedId === null) {
    return (
      <section className="template-detail template-detail-empty" aria-label="Template">
        <h2>Choose a template</h2>
        <p className="muted">
          Built-in templates are ready to use and can be duplicated to adapt them. Your own templates can be
          edited, reordered, exported to a file and shared with other Offsite users.
        </p>
      </section>
    );
  }
  if (loaded.state === 'loading') return <section className="template-detail" aria-busy="true" />;
  if (loaded.state === 'failed') {
    return (
      <section className="template-detail">
        <p className="form-error" role="alert">
          {loaded.message}
        </p>
      </section>
    );
  }
  const template = loaded.value;
  if (!template) {
    return (
      <section className="template-detail template-detail-empty">
        <p className="muted">This template no longer exists.</p>
      </section>
    );
  }
  return template.origin === 'builtin' ? (
    <TemplateView template={template} />
  ) : (
    <TemplateEditor key={template.id} template={template} />
  );
}
