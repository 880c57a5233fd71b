export { TradeoffBoard } from './TradeoffBoard';
export { boardView } from './store';
