import type { MetricTrend, TrendPoint } from '../../../../shared/domain/series/trends';
import { ARROW_SYMBOL, arrowWord, formatValue, scaleMax } from './trendFormat';

const WIDTH = 640;
const HEIGHT = 300;
const TOP = 60;
const BOTTOM = 56;
const SIDE = 20;

/** Where each quarter's bar goes, and how large the type can be for that many quarters. */
function layout(count: number) {
  const slot = (WIDTH - 2 * SIDE) / Math.max(count, 1);
  const crowded = count > 6;
  return {
    slot,
    bar: Math.min(96, slot * 0.62),
    valueSize: crowded ? 17 : 24,
    labelSize: crowded ? 15 : 20,
    centre: (i: number) => SIDE + slot * (i + 0.5),
  };
}

const base = HEIGHT - BOTTOM;
const plotHeight = base - TOP;

/** A label under the bar; turned when the quarters are many, so none runs into the next. */
function QuarterLabel({ x, text, size, turned }: { x: number; text: string; size: number; turned: boolean }) {
  const y = base + size + 6;
  return (
    <text
      x={x}
      y={y}
      fontSize={size}
      textAnchor={turned ? 'end' : 'middle'}
      transform={turned ? `rotate(-30 ${x} ${y})` : undefined}
      className="chart-quarter"
    >
      {text}
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
    <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="trend-chart" role="img" aria-label={describe(metric)}>
      <line x1={SIDE} x2={WIDTH - SIDE} y1={base} y2={base} className="chart-axis" />
      {metric.points.map((p, i) => {
        const x = l.centre(i);
        const h = height(p);
        const arrow = p.arrow;
        return (
          <g key={`${p.label}-${i}`}>
            {p.value === null ? (
              <text x={x} y={base - 10} fontSize={l.labelSize} textAnchor="middle" className="chart-none">
                —
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
                  fontSize={l.valueSize}
                  textAnchor="middle"
                  className="chart-value"
                >
                  {formatValue(metric, p.value)}
                  {arrow ? ` ${ARROW_SYMBOL[arrow.direction]}` : ''}
                </text>
              </>
            )}
            <QuarterLabel x={x} text={p.label} size={l.labelSize} turned={metric.points.length > 6} />
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
  const wide = l.bar >= 90;
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
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      className="trend-chart"
      role="img"
      aria-label={`Horizon balance. ${label}.`}
    >
      <line x1={SIDE} x2={WIDTH - SIDE} y1={base} y2={base} className="chart-axis" />
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
              const text = `${wide ? `${name} ` : name[0]}${Math.round(value)}%`;
              return (
                <g key={m.key}>
                  <rect x={x - l.bar / 2} y={y} width={l.bar} height={h} className={`chart-${m.key}`} />
                  {h >= l.valueSize * 0.9 ? (
                    <text
                      x={x}
                      y={y + h / 2 + l.valueSize * 0.32}
                      fontSize={Math.min(l.valueSize - 4, 20)}
                      textAnchor="middle"
                      className="chart-segment"
                    >
                      {text}
                    </text>
                  ) : null}
                </g>
              );
            })}
            {parts.every((m) => m.points[i]?.value === null) ? (
              <text x={x} y={base - 10} fontSize={l.labelSize} textAnchor="middle" className="chart-none">
                —
              </text>
            ) : null}
            <QuarterLabel x={x} text={q.label} size={l.labelSize} turned={quarters.length > 6} />
          </g>
        );
      })}
    </svg>
  );
}
