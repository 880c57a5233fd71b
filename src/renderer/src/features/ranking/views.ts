/** The ranking's screens, loaded when first needed (app/lazyViews.tsx). */
export { RankingView } from './RankingView';
export { PrioritiesPanel } from './PrioritiesPanel';
