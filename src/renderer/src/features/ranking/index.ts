import './ranking.css';
export { rankingView, useRankingView } from './store';
