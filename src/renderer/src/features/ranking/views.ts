/** The ranking's screens, loaded when first needed (app/lazyViews.tsx). */
export { RankingView } from './RankingView';
export { PrioritiesPanel } from './PrioritiesPanel';
// The dots ballot's row, also used by the parking lot's "top 3" vote (features/agenda).
export { DotsRow } from './ballots/DotsRow';
