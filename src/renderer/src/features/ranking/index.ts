import './ranking.css';
export { RankingView } from './RankingView';
export { PrioritiesPanel } from './PrioritiesPanel';
export { rankingView, useRankingView } from './store';
