import type { MetricTrend, TrendPoint } from '../../../../shared/domain/series/trends';
import { ARROW_SYMBOL, arrowWord, formatValue, scaleMax } from './trendFormat';

const HEIGHT = 250;
const TOP = 50;
const BOTTOM = 50;
const SIDE = 20;
/** Type in chart units: a chart is drawn about as wide as it is in units, so these are near pixels. */
const VALUE_SIZE = 26;
const LABEL_SIZE = 22;
/** Longest quarter label drawn under a bar; the table and the chart's description give it whole. */
const LABEL_CHARS = 9;

/**
 * Where each quarter's bar goes. The chart grows with the quarters rather than shrinking its
 * type, so three quarters or twelve read the same from the back of the room.
 */
function layout(count: number) {
  const slot = count > 6 ? 112 : 130;
  return {
    width: Math.max(420, 2 * SIDE + slot * count),
    bar: 80,
    /** Horizon bars are wider: each part is named inside ("Later 31%"). */
    stackedBar: slot - 24,
    centre: (i: number) => SIDE + slot * (i + 0.5),
  };
}

const base = HEIGHT - BOTTOM;
const plotHeight = base - TOP;

function QuarterLabel({ x, text }: { x: number; text: string }) {
  const shown = text.length > LABEL_CHARS ? `${text.slice(0, LABEL_CHARS - 1)}…` : text;
  return (
    <text x={x} y={base + LABEL_SIZE + 8} fontSize={LABEL_SIZE} textAnchor="middle" className="chart-quarter">
      {shown}
    </text>
  );
}

function describe(metric: MetricTrend): string {
  const parts = metric.points.map((p) =>
    p.value === null
      ? `${p.label}: no figure`
      : `${p.label}: ${formatValue(metric, p.value)}${p.arrow ? ` (${p.arrow.words})` : ''}`,
  );
  return `${metric.title}. ${parts.join('; ')}.`;
}

/** One measure, one bar per quarter, its value and arrow written above it: legible in a photo of the wall. */
export function TrendChart({ metric }: { metric: MetricTrend }) {
  const l = layout(metric.points.length);
  const max = scaleMax(metric);
  const height = (p: TrendPoint) =>
    p.value === null ? 0 : Math.max(2, (Math.min(p.value, max) / max) * plotHeight);
  return (
    <svg
      viewBox={`0 0 ${l.width} ${HEIGHT}`}
      className="trend-chart"
      role="img"
      aria-label={describe(metric)}
    >
      <line x1={SIDE} x2={l.width - SIDE} y1={base} y2={base} className="chart-axis" />
      {metric.points.map((p, i) => {
        const x = l.centre(i);
        const h = height(p);
        const arrow = p.arrow;
        return (
          <g key={`${p.label}-${i}`}>
            {p.value === null ? (
              <text x={x} y={base - 10} fontSize={18} textAnchor="middle" className="chart-none">
                no figure
              </text>
            ) : (
              <>
                <rect
                  x={x - l.bar / 2}
                  y={base - h}
                  width={l.bar}
                  height={h}
                  rx={4}
                  className={`chart-bar${arrow ? ` chart-bar-${arrowWord(arrow)}` : ''}`}
                />
                <text
                  x={x}
                  y={base - h - 10}
                  fontSize={VALUE_SIZE}
                  textAnchor="middle"
                  className="chart-value"
                >
                  {formatValue(metric, p.value)}
                  {arrow ? ` ${ARROW_SYMBOL[arrow.direction]}` : ''}
                </text>
              </>
            )}
            <QuarterLabel x={x} text={p.label} />
          </g>
        );
      })}
    </svg>
  );
}

const HORIZON_KEYS = ['horizon-now', 'horizon-next', 'horizon-later'] as const;
const HORIZON_NAMES = { 'horizon-now': 'Now', 'horizon-next': 'Next', 'horizon-later': 'Later' } as const;

/** Now, Next and Later stacked per quarter (Now at the bottom), each part named in writing, not by colour. */
export function HorizonChart({ metrics }: { metrics: MetricTrend[] }) {
  const byKey = new Map(metrics.map((m) => [m.key, m]));
  const parts = HORIZON_KEYS.map((k) => byKey.get(k)).filter((m): m is MetricTrend => m !== undefined);
  const quarters = parts[0]?.points ?? [];
  const l = layout(quarters.length);
  const label = quarters
    .map((q, i) => {
      const shares = parts.map((m) => {
        const v = m.points[i]?.value;
        return v === null || v === undefined
          ? null
          : `${HORIZON_NAMES[m.key as keyof typeof HORIZON_NAMES]} ${Math.round(v)}%`;
      });
      return shares.every((s) => s === null)
        ? `${q.label}: no figure`
        : `${q.label}: ${shares.filter(Boolean).join(', ')}`;
    })
    .join('; ');
  return (
    <svg
      viewBox={`0 0 ${l.width} ${HEIGHT}`}
      className="trend-chart"
      role="img"
      aria-label={`Horizon balance. ${label}.`}
    >
      <line x1={SIDE} x2={l.width - SIDE} y1={base} y2={base} className="chart-axis" />
      {quarters.map((q, i) => {
        const x = l.centre(i);
        let y = base;
        return (
          <g key={`${q.label}-${i}`}>
            {parts.map((m) => {
              const value = m.points[i]?.value ?? null;
              if (value === null) return null;
              const h = (value / 100) * (plotHeight + TOP - 12);
              y -= h;
              const name = HORIZON_NAMES[m.key as keyof typeof HORIZON_NAMES];
              const text = `${name} ${Math.round(value)}%`;
              return (
                <g key={m.key}>
                  <rect
                    x={x - l.stackedBar / 2}
                    y={y}
                    width={l.stackedBar}
                    height={h}
                    className={`chart-${m.key}`}
                  />
                  {h >= 24 ? (
                    <text x={x} y={y + h / 2 + 6} fontSize={17} textAnchor="middle" className="chart-segment">
                      {text}
                    </text>
                  ) : null}
                </g>
              );
            })}
            {parts.every((m) => m.points[i]?.value === null) ? (
              <text x={x} y={base - 10} fontSize={18} textAnchor="middle" className="chart-none">
                no figure
              </text>
            ) : null}
            <QuarterLabel x={x} text={q.label} />
          </g>
        );
      })}
    </svg>
  );
}
