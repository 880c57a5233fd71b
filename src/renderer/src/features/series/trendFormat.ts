import type { QuarterSummary } from '../../../../shared/domain/series/quarterSummary';
import type { SeriesQuarter } from '../../../../shared/ipc/seriesContract';

export {
  ARROW_SYMBOL,
  arrowWord,
  formatValue,
  isTranslation,
  scaleMax,
  shownMetrics,
  translationMetrics,
} from '../../../../shared/domain/series/trendWords';

/**
 * The summaries the trends are drawn from, oldest first: each quarter found and read, under
 * the label the series gives it. The open quarter's is the window's own (unsaved edits too).
 */
export function summariesOf(quarters: readonly SeriesQuarter[], current: QuarterSummary): QuarterSummary[] {
  return quarters.flatMap((q) => {
    if (q.missing) return [];
    const summary = q.current ? current : q.summary;
    if (!summary) return [];
    return [{ ...summary, label: q.quarterLabel.trim() || summary.label }];
  });
}
