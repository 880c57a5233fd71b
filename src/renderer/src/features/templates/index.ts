import './templates.css';
import { setTemplatesState } from './store';
export { TemplatePicker, useTemplateChoices, suggestTemplateId, type TemplateChoice } from './TemplatePicker';
export { useTemplates, resetTemplatesStore } from './store';
export { useTemplate } from './useLibrary';

/**
 * What the home screen needs of the template actions: opening the library's screen. The
 * rest (actions.ts, startup.ts) stays with the library's screen, which brings Dexie with
 * it and is fetched on demand; the app starts the library once the home screen is up.
 */
export const templateActions = {
  openScreen: (): void => setTemplatesState({ screenOpen: true }),
};
