import {
  checkImportSize,
  exportFileName,
  exportTemplate,
  parseTemplateFile,
  sectionHeading,
  type Template,
  type TemplateDetails,
} from '../../../../shared/domain/templates';
import type { Result } from '../../../../shared/ipc/result';
import { downloadText } from '../../ui/downloadText';
import * as repo from './repository';
import { getTemplatesState, setTemplatesState, showNotice } from './store';

/**
 * What the templates screen's buttons do. Each writes through the repository and turns a
 * failure into a visible notice; nothing here throws.
 */
function failed(title: string, result: Extract<Result<unknown>, { ok: false }>): void {
  showNotice({ tone: 'error', title, message: result.message });
}

export const templateActions = {
  openScreen: (): void => {
    setTemplatesState({ screenOpen: true });
  },

  closeScreen: (): void => {
    setTemplatesState({ screenOpen: false, deleted: null });
  },

  select: (id: string | null): void => {
    setTemplatesState({ selectedId: id });
  },

  setFilter: (change: Partial<ReturnType<typeof getTemplatesState>['filter']>): void => {
    setTemplatesState({ filter: { ...getTemplatesState().filter, ...change } });
  },

  dismissNotice: (): void => {
    setTemplatesState({ notice: null });
  },

  create: async (details: Partial<TemplateDetails> & { name: string }): Promise<Template | null> => {
    const result = await repo.createTemplate(details);
    if (!result.ok) return (failed('The template was not created', result), null);
    setTemplatesState({ selectedId: result.value.id });
    return result.value;
  },

  duplicate: async (id: string): Promise<void> => {
    const result = await repo.duplicateTemplate(id);
    if (!result.ok) return failed('The template was not duplicated', result);
    setTemplatesState({ selectedId: result.value.id });
  },

  remove: async (id: string): Promise<void> => {
    const result = await repo.deleteTemplate(id);
    if (!result.ok) return failed('The template was not deleted', result);
    const { selectedId } = getTemplatesState();
    setTemplatesState({ deleted: result.value, selectedId: selectedId === id ? null : selectedId });
  },

  undoDelete: async (): Promise<void> => {
    const { deleted } = getTemplatesState();
    if (!deleted) return;
    const result = await repo.restoreTemplate(deleted);
    if (!result.ok) return failed('The template could not be brought back', result);
    setTemplatesState({ deleted: null, selectedId: deleted.id });
  },

  dismissUndo: (): void => {
    setTemplatesState({ deleted: null });
  },

  edit: async (id: string, change: (t: Template, now: Date) => Template): Promise<boolean> => {
    const result = await repo.editTemplate(id, change);
    if (!result.ok) failed('Your last change was not saved', result);
    return result.ok;
  },

  export: (template: Template): void => {
    downloadText(exportFileName(template), exportTemplate(template, new Date()));
  },

  /** Reads a chosen file; a bad one names the problem and imports nothing. */
  importFile: async (file: File): Promise<void> => {
    const tooBig = checkImportSize(file.size);
    if (tooBig && !tooBig.ok)
      return showNotice({ tone: 'error', title: 'Nothing imported', message: tooBig.message });
    let text: string;
    try {
      text = await file.text();
    } catch {
      return showNotice({
        tone: 'error',
        title: 'Nothing imported',
        message: `“${file.name}” could not be read.`,
      });
    }
    const parsed = parseTemplateFile(text);
    if (!parsed.ok) return showNotice({ tone: 'error', title: 'Nothing imported', message: parsed.message });
    const result = await repo.importTemplate(parsed.template);
    if (!result.ok) return failed('Nothing imported', result);
    setTemplatesState({ selectedId: result.value.id, filter: { query: '', kind: 'all', origin: 'all' } });
    const count = result.value.sections.length;
    showNotice({
      tone: 'info',
      title: 'Template imported',
      message: `“${result.value.name}” was imported with ${count} ${count === 1 ? 'section' : 'sections'}${
        count > 0 ? `, starting with “${sectionHeading(result.value.sections[0]!)}”` : ''
      }.`,
    });
  },
};
