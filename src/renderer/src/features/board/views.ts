/** The board's screen, loaded when the Board tab is first needed (app/lazyViews.ts). */
export { TradeoffBoard } from './TradeoffBoard';
