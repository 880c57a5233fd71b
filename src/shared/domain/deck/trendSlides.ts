import { summarizeQuarter, type QuarterSummary } from '../series/quarterSummary';
import { ARROW_SYMBOL, arrowWord, formatValue, scaleMax, shownMetrics } from '../series/trendWords';
import { seriesTrends, type MetricTrend, type TrendPoint } from '../series/trends';
import type { Workspace } from '../workspace';
import type { DeckBuildOptions } from './agendaSlides';
import { wideLines } from './agendaRowHeights';
import { paginate, partTitle } from './paginate';
import type { SectionOf } from './sectionCatalogue';
import type {
  CheckpointView,
  HorizonChartView,
  TrendChartView,
  TrendPanel,
  TrendsContent,
} from './seriesSlideTypes';
import type { Slide } from './slideTypes';

/**
 * The "Alignment trends" slides: each measure of the series over its quarters as a chart
 * with every value written on it and the arrow against the quarter before in words, the
 * horizon balance, each checkpoint question with its spread, and the trends' warnings.
 * The open quarter comes from the workspace itself; the quarters before it from the
 * caller (`options.series`). Many panels continue on further slides; nothing is cut.
 */

/** More quarters than this no longer fit a chart's width at a size a room can read. */
export const MAX_DECK_QUARTERS = 12;
/** Up to this many quarters, charts pair up two to a row; beyond, each takes the whole width. */
const NARROW_QUARTERS = 4;

const HORIZON_KEYS = ['horizon-now', 'horizon-next', 'horizon-later'] as const;
const HORIZON_NAMES = { now: 'Now', next: 'Next', later: 'Later' } as const;

/** The current quarter under the label its series gives it. */
function currentSummary(workspace: Workspace): QuarterSummary {
  const own = summarizeQuarter(workspace);
  return { ...own, label: workspace.series?.quarterLabel.trim() || own.label };
}

function seriesNotes(workspace: Workspace, options: DeckBuildOptions): string[] {
  if (!workspace.series) {
    return [
      'This quarter is not part of a series yet: its own figures, no arrows. Make the next quarter from the Series tab to compare.',
    ];
  }
  if (options.series === 'reading') {
    return ['Reading the other quarters of the series… this quarter’s own figures until they arrive.'];
  }
  if (!options.series) {
    return ['The other quarters of the series could not be read: this quarter’s own figures, no arrows.'];
  }
  const notes =
    options.series.earlier.length === 0
      ? ['No earlier quarter of this series could be read: this quarter’s own figures, no arrows yet.']
      : [];
  return [...notes, ...options.series.unread];
}

const arrowText = (p: TrendPoint) =>
  p.arrow ? `${ARROW_SYMBOL[p.arrow.direction]} ${arrowWord(p.arrow)}` : null;

/** The newest quarter against the one before, in a sentence. */
function latestLine(metric: MetricTrend): string {
  const points = metric.points;
  const last = points[points.length - 1]!;
  if (last.value === null) return `${last.label}: no figure. ${last.missing ?? ''}`.trim();
  const value = formatValue(metric, last.value);
  if (last.arrow) return `${last.label}: ${value}, ${last.arrow.words}.`;
  const before = points[points.length - 2];
  if (before) return `${last.label}: ${value}; ${before.label} has no figure to compare with.`;
  return `${last.label}: ${value}.`;
}

function chartOf(metric: MetricTrend): TrendChartView {
  const max = scaleMax(metric);
  const count = metric.points.length;
  return {
    key: metric.key,
    title: metric.title,
    bars: metric.points.map((p, i) => ({
      label: p.label,
      share: p.value === null ? null : Math.max(0, Math.min(1, p.value / max)),
      text: p.value === null ? 'no figure' : formatValue(metric, p.value),
      arrow: arrowText(p),
      current: i === count - 1,
    })),
    latest: latestLine(metric),
    // The newest quarter's reason is in the sentence already.
    missing: metric.points
      .slice(0, -1)
      .filter((p) => p.value === null)
      .map((p) => `${p.label}: ${p.missing}`),
  };
}

function horizonsOf(metrics: MetricTrend[]): HorizonChartView | null {
  const parts = HORIZON_KEYS.map((k) => metrics.find((m) => m.key === k)).filter(
    (m): m is MetricTrend => m !== undefined,
  );
  if (parts.length === 0 || parts.every((m) => m.points.every((p) => p.value === null))) return null;
  const quarters = parts[0]!.points.map((q, i) => ({
    label: q.label,
    current: i === parts[0]!.points.length - 1,
    parts: parts.flatMap((m) => {
      const value = m.points[i]!.value;
      const horizon = m.key.slice('horizon-'.length) as keyof typeof HORIZON_NAMES;
      const name = HORIZON_NAMES[horizon];
      return value === null ? [] : [{ horizon, name, share: value, text: `${name} ${Math.round(value)}%` }];
    }),
  }));
  const later = parts.find((m) => m.key === 'horizon-later');
  const now = quarters[quarters.length - 1]!;
  const shares = now.parts.length ? now.parts.map((p) => p.text).join(' · ') : 'no figure';
  const arrow = later?.points[later.points.length - 1]?.arrow;
  return { quarters, latest: `${now.label}: ${shares}${arrow ? `; Later ${arrow.words}` : ''}.` };
}

/** Quarters whose spread a checkpoint question shows side by side: the newest with answers. */
export const SPREADS_SHOWN = 3;

function checkpointOf(metric: MetricTrend): CheckpointView {
  const withSpread = metric.points
    .filter((p) => p.distribution !== undefined && (p.n ?? 0) > 0)
    .slice(-SPREADS_SHOWN);
  return {
    question: metric.title,
    means: metric.points.map((p) => ({
      label: p.label,
      text: p.value === null ? 'no figure' : formatValue(metric, p.value),
      arrow: arrowText(p),
    })),
    distributions: withSpread.map((p) => ({ label: p.label, counts: [...p.distribution!], n: p.n! })),
    latest: latestLine(metric),
  };
}

/** Estimated heights (CSS px) of a row of panels; the slide's body has about 530 px. */
const BODY = 530;
const chartHeight = (c: TrendChartView, wide: boolean) =>
  36 +
  290 +
  26 * wideLines(c.latest, wide ? 110 : 52) +
  c.missing.reduce((h, m) => h + 22 * wideLines(m, wide ? 120 : 58), 0);
const horizonHeight = (h: HorizonChartView) =>
  36 + 44 * h.quarters.length + (h.latest ? 30 * wideLines(h.latest, 100) : 0);
/** Quarters of the horizon balance on one slide at most; a longer series continues on the next. */
const HORIZON_ROWS = 7;
/** A checkpoint question: its wording, the means (two columns past MEANS_ONE_COLUMN quarters) beside the spread. */
export const MEANS_ONE_COLUMN = 6;
// The spreads are 104 px of bars and a line under each, side by side: 140 px, two questions a slide.
const checkpointHeight = (c: CheckpointView) =>
  20 +
  34 * wideLines(c.question, 80) +
  Math.max(140, 36 * Math.ceil(c.means.length / (c.means.length > MEANS_ONE_COLUMN ? 2 : 1))) +
  26 * wideLines(c.latest, 110);

type Row = { panels: TrendPanel[]; height: number };

/** The horizon balance in parts of at most HORIZON_ROWS quarters, its sentence under the last. */
function horizonParts(h: HorizonChartView): TrendPanel[] {
  const parts: TrendPanel[] = [];
  for (let i = 0; i < h.quarters.length; i += HORIZON_ROWS) {
    const last = i + HORIZON_ROWS >= h.quarters.length;
    const quarters = h.quarters.slice(i, i + HORIZON_ROWS);
    parts.push({ kind: 'horizons', horizons: { quarters, latest: last ? h.latest : '' } });
  }
  return parts;
}

function rowsOf(panels: TrendPanel[], wide: boolean): Row[] {
  const rows: Row[] = [];
  let pair: Extract<TrendPanel, { kind: 'chart' }>[] = [];
  const flush = () => {
    if (pair.length === 0) return;
    rows.push({ panels: pair, height: Math.max(...pair.map((p) => chartHeight(p.chart, wide))) });
    pair = [];
  };
  for (const panel of panels) {
    if (panel.kind === 'chart') {
      pair.push(panel);
      if (wide || pair.length === 2) flush();
      continue;
    }
    flush();
    rows.push({
      panels: [panel],
      height: panel.kind === 'horizons' ? horizonHeight(panel.horizons) : checkpointHeight(panel.checkpoint),
    });
  }
  flush();
  return rows;
}

export function trendSlides(
  workspace: Workspace,
  section: SectionOf<'trends'>,
  options: DeckBuildOptions,
): Slide[] {
  const notes = seriesNotes(workspace, options);
  const earlier = workspace.series && typeof options.series === 'object' ? options.series.earlier : [];
  let summaries = [...earlier, currentSummary(workspace)];
  if (summaries.length > MAX_DECK_QUARTERS) {
    const left = summaries.slice(0, summaries.length - MAX_DECK_QUARTERS);
    summaries = summaries.slice(-MAX_DECK_QUARTERS);
    notes.push(
      `The ${MAX_DECK_QUARTERS} newest quarters are shown; ${left.map((s) => s.label).join(', ')} ${left.length === 1 ? 'is' : 'are'} in the Series tab.`,
    );
  }
  const trends = seriesTrends(summaries);
  const metrics = shownMetrics(trends);
  const drawn = (m: MetricTrend) => m.points.some((p) => p.value !== null);
  const isCheckpoint = (m: MetricTrend) => m.key.startsWith('checkpoint-');
  const isHorizon = (m: MetricTrend) => m.key.startsWith('horizon-');
  const horizons = horizonsOf(metrics.filter(isHorizon));
  const panels: TrendPanel[] = [
    ...metrics
      .filter((m) => !isCheckpoint(m) && !isHorizon(m) && drawn(m))
      .map((m): TrendPanel => ({ kind: 'chart', chart: chartOf(m) })),
    ...(horizons ? horizonParts(horizons) : []),
    ...metrics
      .filter((m) => isCheckpoint(m) && drawn(m))
      .map((m): TrendPanel => ({ kind: 'checkpoint', checkpoint: checkpointOf(m) })),
  ];
  const unavailable = metrics
    .filter((m) => !drawn(m) && !(isHorizon(m) && horizons))
    .filter((m) => !isHorizon(m) || m.key === 'horizon-now')
    .map((m) => {
      const title = isHorizon(m) ? 'Horizon balance' : m.title;
      return `${title}: ${m.points[m.points.length - 1]!.missing ?? 'no figure'}`;
    });
  const wide = summaries.length > NARROW_QUARTERS;
  // The notes and warnings open the first slide as a row of their own: when they leave too
  // little room for the first chart, it starts the next slide rather than run off this one.
  const lead = [...notes, ...trends.warnings];
  const leadHeight =
    lead.reduce((h, l) => h + 34 * wideLines(l, 90), 0) +
    (section.markdown.trim() ? 24 * wideLines(section.markdown, 120) : 0);
  const quartersLine =
    26 * wideLines(`Quarters: ${summaries.map((s) => s.label).join(' → ')} (this quarter)`, 120);
  const rows: Row[] = [{ panels: [], height: leadHeight }, ...rowsOf(panels, wide)];
  const pages = paginate(rows, 9, { height: (r) => r.height + 20, budget: BODY - 14 - quartersLine }).map(
    (page) => page.filter((r, i) => r.panels.length > 0 || i > 0),
  );
  const count = pages.length;
  return pages.map((page, i) => {
    const content: TrendsContent = {
      quarters: summaries.map((s) => s.label),
      notes: i === 0 ? notes : [],
      warnings: i === 0 ? trends.warnings : [],
      panels: page.flatMap((r) => r.panels),
      unavailable: i === count - 1 ? unavailable : [],
      wide,
      markdown: i === 0 ? section.markdown : '',
    };
    return {
      kind: 'trends',
      id: i === 0 ? section.id : `${section.id}-${i + 1}`,
      sectionId: section.id,
      title: partTitle(section.title, i, count),
      content,
    };
  });
}
