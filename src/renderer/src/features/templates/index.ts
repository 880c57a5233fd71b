import './templates.css';
export { TemplatesNotice } from './TemplatesNotice';
export { TemplatePicker, useTemplateChoices, suggestTemplateId, type TemplateChoice } from './TemplatePicker';
export { templateActions } from './actions';
export { startTemplates } from './startup';
export { useTemplates, resetTemplatesStore } from './store';
export { useTemplate } from './useLibrary';
