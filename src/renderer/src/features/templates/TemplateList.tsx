import { useMemo } from 'react';
import {
  filterTemplates,
  TEMPLATE_KIND_LABELS,
  TEMPLATE_KINDS,
  type Template,
  type TemplateKind,
} from '../../../../shared/domain/templates';
import { templateActions } from './actions';
import { useTemplates } from './store';
import { useLibrary } from './useLibrary';

/** Search, the kind filter, and the templates found: built-ins first, then the user's. */
export function TemplateList() {
  const library = useLibrary();
  const filter = useTemplates((s) => s.filter);
  const selectedId = useTemplates((s) => s.selectedId);
  const found = useMemo(
    () => (library.state === 'ready' ? filterTemplates(library.value, filter) : []),
    [library, filter],
  );
  const builtIns = found.filter((t) => t.origin === 'builtin');
  const mine = found.filter((t) => t.origin === 'user');
  const searching = filter.query.trim() !== '' || filter.kind !== 'all';

  return (
    <nav className="template-library" aria-label="Template library">
      <div className="template-filters">
        <input
          type="search"
          aria-label="Search templates"
          placeholder="Search templates"
          value={filter.query}
          maxLength={200}
          onChange={(e) => templateActions.setFilter({ query: e.target.value })}
        />
        <select
          aria-label="Kind"
          value={filter.kind}
          onChange={(e) => templateActions.setFilter({ kind: e.target.value as TemplateKind | 'all' })}
        >
          <option value="all">All kinds</option>
          {TEMPLATE_KINDS.map((k) => (
            <option key={k} value={k}>
              {TEMPLATE_KIND_LABELS[k]}
            </option>
          ))}
        </select>
      </div>
      {library.state === 'failed' ? (
        <p className="form-error" role="alert">
          {library.message}
        </p>
      ) : null}
      {library.state === 'ready' && found.length === 0 && searching ? (
        <p className="template-none">No template matches. Try other words or another kind.</p>
      ) : null}
      {builtIns.length > 0 ? <Group title="Built-in" templates={builtIns} selectedId={selectedId} /> : null}
      {library.state === 'ready' && (mine.length > 0 || !searching) ? (
        <Group title="Your templates" templates={mine} selectedId={selectedId}>
          {mine.length === 0 ? (
            <p className="template-none">
              None yet. Duplicate a built-in to adapt it, or start a new template.
            </p>
          ) : null}
        </Group>
      ) : null}
    </nav>
  );
}

function Group(props: {
  title: string;
  templates: Template[];
  selectedId: string | null;
  children?: React.ReactNode;
}) {
  const id = `template-group-${props.title.replace(/\W+/g, '-').toLowerCase()}`;
  return (
    <section aria-labelledby={id} className="template-group">
      <h2 id={id}>
        {props.title} <span className="muted">{props.templates.length}</span>
      </h2>
      {props.children}
      <ul className="template-items">
        {props.templates.map((t) => (
          <li key={t.id}>
            <button
              type="button"
              className={t.id === props.selectedId ? 'template-item template-item-on' : 'template-item'}
              aria-current={t.id === props.selectedId ? 'true' : undefined}
              onClick={() => templateActions.select(t.id)}
            >
              <span className="template-item-name">{t.name}</span>
              <span className="template-item-meta">
                {TEMPLATE_KIND_LABELS[t.kind]} · {t.sections.length}{' '}
                {t.sections.length === 1 ? 'section' : 'sections'}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
