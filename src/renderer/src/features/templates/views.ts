/** The template library's screen and its notices, loaded when first needed (app/lazyViews.tsx). */
export { TemplatesScreen } from './TemplatesScreen';
export { TemplatesNotice } from './TemplatesNotice';
// Brings the library up (Dexie): the app calls it once the home screen has answered.
export { startTemplates } from './startup';
// One template from the library, for a new workspace's agenda (the agenda feature).
export { getTemplate } from './repository';
