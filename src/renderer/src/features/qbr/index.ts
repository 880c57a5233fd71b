// The deck's styles load with the app, before theme.css as always, even though the deck's
// screens and actions themselves are fetched on demand (views.ts, deckActions.ts): the
// cascade stays as it was.
import './deckStyles';
export { useQbrView, resetQbrView } from './store';
export { deckSeriesRead, onDeckSeriesRead, useDeckSeries } from './deckSeries';
