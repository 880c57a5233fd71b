import { useState } from 'react';
import { agendaFromTemplate } from '../../../../shared/domain/agenda';
import type { Workspace } from '../../../../shared/domain/workspace';
import { suggestTemplateId, TemplatePicker, useTemplate, useTemplateChoices } from '../templates';
import { agendaActions, newAgendaId } from './AgendaActions';
import { formatMinutes } from './AgendaLabels';

type AgendaEmptyProps = {
  workspace: Workspace;
  readOnly: boolean;
  onAddBlock: () => void;
};

/**
 * No blocks yet: build the agenda from a template's timeboxed sections (the template the
 * workspace was made from, when the library still has it), or start with one block.
 */
export function AgendaEmpty({ workspace, readOnly, onAddBlock }: AgendaEmptyProps) {
  const choices = useTemplateChoices();
  const [picked, setPicked] = useState<string | null | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  const remembered = choices.some((c) => c.id === workspace.templateId) ? workspace.templateId : null;
  const templateId =
    picked === undefined ? (remembered ?? suggestTemplateId(workspace.kind, choices)) : picked;
  const template = useTemplate(templateId);
  const loaded = template.state === 'ready' ? (template.value ?? null) : null;
  const timed = loaded?.sections.filter((s) => s.minutes !== null && s.minutes > 0) ?? [];
  const total = timed.reduce((sum, s) => sum + (s.minutes ?? 0), 0);
  if (readOnly) {
    return <p className="empty agenda-empty">This workspace has no agenda.</p>;
  }
  const build = () => {
    if (!loaded) return;
    setError(agendaActions.apply((w) => agendaFromTemplate(w, loaded.sections, newAgendaId)));
  };
  return (
    <section className="card agenda-empty" aria-labelledby="agenda-empty-title">
      <h2 id="agenda-empty-title">No agenda yet</h2>
      <p>
        Build it from a template: each section with a timebox becomes a block of that length, in order, with
        lunch fixed at 12:30 and further days added when one is full. Or start with a single block and add the
        rest yourself.
      </p>
      <TemplatePicker
        choices={choices}
        value={templateId}
        onChange={(id) => {
          setPicked(id);
          setError(null);
        }}
      />
      {loaded ? (
        <p className="muted small" aria-live="polite">
          {timed.length === 0
            ? 'This template has no timeboxed sections: it would give no blocks.'
            : `${timed.length} timeboxed ${timed.length === 1 ? 'section' : 'sections'}, ${formatMinutes(total)} in all.`}
        </p>
      ) : null}
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="agenda-empty-actions">
        <button
          type="button"
          className="button button-primary"
          disabled={loaded === null || timed.length === 0}
          onClick={build}
        >
          Build from template
        </button>
        <button type="button" className="button" onClick={onAddBlock}>
          Add a block
        </button>
      </div>
    </section>
  );
}
