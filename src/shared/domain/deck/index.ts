export { createDeck, newSection, newestRevealedRound, DEFAULT_DECK_ORDER } from './createDeck';
export {
  kpiStatus,
  commitmentCompletion,
  KPI_STATUS_LABELS,
  KPI_STATUS_SYMBOLS,
  COMMITMENT_GRADE_LABELS,
  kpiStatusCount,
  AT_RISK_BAND,
  type KpiStatus,
  type CommitmentCompletion,
} from './scorecard';
export { buildSlides } from './buildSlides';
export {
  SECTION_CATALOGUE,
  sectionSpec,
  sectionSlides,
  type SectionOf,
  type SectionTypeSpec,
  type MarkdownRole,
} from './sectionCatalogue';
export { slideHtml, type SlidePosition, type SlideFooter } from './slideHtml';
export { deckDocument, deckCss, deckTitle, DECK_CSP } from './deckDocument';
/** The deck's name for the one markup escaper (shared with the board picture). */
export { escapeMarkup as escapeHtml } from '../markup';
export { renderMarkdown } from './markdown';
export { ROWS_PER_SLIDE, formatDay } from './paginate';
export { notDoingRationale } from './workspaceSlides';
export type {
  Slide,
  SlideKind,
  SlideOf,
  SlideContentMap,
  RankingContent,
  AlignmentContent,
} from './slideTypes';
export * from './deckEdits';
export { deckSeriesOf, type DeckSeries, type SeriesQuarterLike } from './deckSeries';
export type { DeckBuildOptions } from './agendaSlides';
