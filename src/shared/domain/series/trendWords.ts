import { TRANSLATION_KEY, type Arrow, type MetricTrend, type SeriesTrends } from './trends';

/**
 * How the trends are written, wherever they are shown (the Series tab and the deck's trend
 * slides): which measures are shown, a value as the room reads it, the scale a chart is
 * drawn to and the arrow's one word. One place, so a figure never reads two ways.
 */

/** The measures always shown; support and checkpoint questions only once a quarter has them. */
const ALWAYS = new Set([
  'ranking-agreement',
  'commitment-completion',
  'horizon-now',
  'horizon-next',
  'horizon-later',
  'contested-minutes',
]);

/** The charted measures. Each department's τ-b (−1…1) is not a bar from 0: it has a table of its own. */
export function shownMetrics(trends: SeriesTrends): MetricTrend[] {
  return trends.metrics.filter(
    (m) => !isTranslation(m) && (ALWAYS.has(m.key) || m.points.some((p) => p.value !== null)),
  );
}

/** Each department's τ-b with the leadership: shown in a table of their own, one row a department. */
export const isTranslation = (m: Pick<MetricTrend, 'key'>) => m.key.startsWith(TRANSLATION_KEY);

export function translationMetrics(trends: SeriesTrends): MetricTrend[] {
  return trends.metrics.filter(isTranslation);
}

/** A value as the room reads it: W to two places, shares as whole percents, 1–5 means to one. */
export function formatValue(metric: Pick<MetricTrend, 'key' | 'unit'>, value: number): string {
  if (metric.key === 'ranking-agreement') return value.toFixed(2);
  if (metric.unit === '%') return `${Math.round(value)}%`;
  if (metric.unit === 'min') return `${Math.round(value)} min`;
  if (metric.unit === '/5') return `${value.toFixed(1)} / 5`;
  // τ-b runs from −1 to 1: two places, with a true minus sign.
  if (metric.unit === 'τ-b') return value.toFixed(2).replace('-', '−');
  return String(value);
}

/** The top of a chart's scale: the measure's own where it has one, else a little over the largest. */
export function scaleMax(metric: MetricTrend): number {
  if (metric.key === 'ranking-agreement') return 1;
  if (metric.unit === '%') return 100;
  if (metric.unit === '/5') return 5;
  const largest = Math.max(0, ...metric.points.map((p) => p.value ?? 0));
  return largest > 0 ? largest * 1.15 : 10;
}

/** The arrow's one word beside its shape: better / worse / same, or higher / lower where neither is good. */
export function arrowWord(arrow: Arrow): string {
  if (arrow.direction === 'flat') return 'same';
  if (arrow.reading) return arrow.reading;
  return arrow.direction === 'up' ? 'higher' : 'lower';
}

export const ARROW_SYMBOL = { up: '↑', down: '↓', flat: '→' } as const;
