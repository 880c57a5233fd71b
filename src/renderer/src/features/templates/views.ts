/** The template library's screen, loaded when it is first opened (app/lazyViews.ts). */
export { TemplatesScreen } from './TemplatesScreen';
