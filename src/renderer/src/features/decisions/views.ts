/** The decision log's screen, loaded when first needed (app/lazyViews.tsx). */
export { DecisionLogView } from './DecisionLogView';
