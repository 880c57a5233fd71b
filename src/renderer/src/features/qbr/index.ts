// The deck's styles load with the app, before theme.css as always, even though the deck's
// screens themselves are fetched on demand (views.ts): the cascade stays as it was.
import './deckStyles';
export { deckActions } from './deckActions';
export { exportActions } from './exportActions';
export { useQbrView, resetQbrView } from './store';
