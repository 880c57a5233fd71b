/** The deck editor and the full-screen deck, loaded when first needed (app/lazyViews.ts). */
export { QbrView } from './QbrView';
export { DeckPresentation } from './DeckPresentation';
