/** The cascade's screen, loaded when first needed (app/lazyViews.tsx). */
export { CascadeView } from './CascadeView';
