/** The deck editor and the full-screen deck, loaded when first needed (app/lazyViews.ts). */
export { QbrView } from './QbrView';
export { DeckPresentation } from './DeckPresentation';
// The deck's commands (and markdown-it behind them), fetched with its screens on first use.
export { deckActions } from './deckActions';
export { exportActions } from './exportActions';
