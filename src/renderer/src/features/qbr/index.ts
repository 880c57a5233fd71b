export { QbrView } from './QbrView';
export { DeckPresentation } from './DeckPresentation';
export { deckActions } from './deckActions';
export { exportActions } from './exportActions';
export { useQbrView, resetQbrView } from './store';
