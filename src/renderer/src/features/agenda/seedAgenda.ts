import { agendaFromTemplate } from '../../../../shared/domain/agenda';
import { documentActions, useDocument } from '../../document';

/**
 * A workspace made from a template starts with its agenda: one block per timeboxed
 * section, lunch fixed at 12:30, more days when the programme needs them. Runs once,
 * right after the workspace is created, and only on an empty agenda. The template comes
 * from the library (IndexedDB), fetched with the library's code on demand.
 */
export async function seedAgendaFromTemplate(templateId: string): Promise<void> {
  const { getTemplate } = await import('../templates/views');
  const template = await getTemplate(templateId);
  const workspace = useDocument.getState().current?.workspace;
  if (!template || !workspace || workspace.agenda.blocks.length > 0) return;
  if (!template.sections.some((s) => s.minutes !== null && s.minutes > 0)) return;
  documentActions.edit((w) => agendaFromTemplate(w, template.sections, () => crypto.randomUUID()));
}
