import './series.css';
/** The Setup tab's "Quarter after quarter": next quarter, the series' quarters and trends. */
export { SeriesSection } from './SeriesSection';
