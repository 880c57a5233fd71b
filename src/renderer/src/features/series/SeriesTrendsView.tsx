import {
  TRANSLATION_TITLE,
  type MetricTrend,
  type SeriesTrends,
  type TrendPoint,
} from '../../../../shared/domain/series/trends';
import { listInWords } from '../../../../shared/domain/ranking/resultWording';
import { HorizonChart, TrendChart } from './TrendChart';
import { ARROW_SYMBOL, arrowWord, formatValue, shownMetrics, translationMetrics } from './trendFormat';

/** The trends: warnings in words first, then a chart per measure, then one row per measure with every figure. */
export function SeriesTrendsView({ trends }: { trends: SeriesTrends }) {
  const metrics = shownMetrics(trends);
  // A chart of nothing but dashes says nothing: the table explains those measures.
  const drawn = metrics.filter((m) => m.points.some((p) => p.value !== null));
  const horizons = drawn.filter((m) => m.key.startsWith('horizon-'));
  const others = drawn.filter((m) => !m.key.startsWith('horizon-'));
  if (trends.quarters.length === 0) {
    return <p className="muted">No quarter of this series could be read for the trends.</p>;
  }
  return (
    <section className="series-trends" aria-labelledby="series-trends-title">
      <h2 id="series-trends-title">Trends, quarter on quarter</h2>
      {trends.warnings.map((w) => (
        <p key={w} className="banner banner-warning series-warning" role="status">
          <strong>⚠ Warning:</strong> {w}
        </p>
      ))}
      <div className={trends.quarters.length > 4 ? 'series-charts series-charts-wide' : 'series-charts'}>
        {others.map((m) => (
          <figure key={m.key} className="card series-chart">
            <figcaption>{m.title}</figcaption>
            <TrendChart metric={m} />
            <Latest metric={m} />
          </figure>
        ))}
        {horizons.length > 0 ? (
          <figure className="card series-chart">
            <figcaption>Horizon balance (share of committed effort)</figcaption>
            <HorizonChart metrics={horizons} />
          </figure>
        ) : null}
      </div>
      <div className="card series-table-card">
        <table className="series-table">
          <caption className="sr-only">
            Each measure per quarter, with its change against the quarter before
          </caption>
          <thead>
            <tr>
              <th scope="col">Measure</th>
              {trends.quarters.map((q, i) => (
                <th key={`${q.label}-${i}`} scope="col">
                  {q.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {metrics.map((m) => (
              <tr key={m.key}>
                <th scope="row">{m.title}</th>
                {m.points.map((p, i) => (
                  <td key={i}>
                    <PointCell metric={m} point={p} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
        <MissingNotes metrics={metrics} />
      </div>
      <TranslationTable trends={trends} />
    </section>
  );
}

/**
 * Each department's reading of the strategy per quarter (its τ-b with the leadership's order
 * in the quarter's last translation check), a department matched across quarters by name.
 */
function TranslationTable({ trends }: { trends: SeriesTrends }) {
  const metrics = translationMetrics(trends);
  if (metrics.length === 0) return null;
  return (
    <div className="card series-table-card">
      <h3 id="series-translation-title" className="series-translation-title">
        How each department reads the strategy
      </h3>
      <p className="muted">
        τ-b of the department’s order of the priorities against the leadership’s: 1 the same order, 0
        unrelated, −1 reversed; n = how many replied.
      </p>
      <table className="series-table" aria-labelledby="series-translation-title">
        <thead>
          <tr>
            <th scope="col">Department</th>
            {trends.quarters.map((q, i) => (
              <th key={`${q.label}-${i}`} scope="col">
                {q.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {metrics.map((m) => (
            <tr key={m.key}>
              <th scope="row">{m.title.replace(TRANSLATION_TITLE, '')}</th>
              {m.points.map((p, i) => (
                <td key={i}>
                  <PointCell metric={m} point={p} />
                  {p.value !== null && p.n !== undefined ? <span className="trend-n">n = {p.n}</span> : null}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <MissingNotes metrics={metrics} />
    </div>
  );
}

function PointCell({ metric, point }: { metric: MetricTrend; point: TrendPoint }) {
  if (point.value === null) {
    return (
      <span className="trend-none" title={point.missing ?? undefined}>
        —<span className="sr-only"> {point.missing}</span>
      </span>
    );
  }
  const arrow = point.arrow;
  return (
    <span className="trend-point">
      <span className="trend-value">{formatValue(metric, point.value)}</span>
      {arrow ? (
        <span className={`trend-arrow trend-${arrowWord(arrow)}`} title={arrow.words}>
          <span aria-hidden="true">
            {ARROW_SYMBOL[arrow.direction]} {arrowWord(arrow)}
          </span>
          <span className="sr-only">{arrow.words}</span>
        </span>
      ) : null}
    </span>
  );
}

/** Why a cell has no figure, in words under the table (a dash alone would say nothing). */
function MissingNotes({ metrics }: { metrics: MetricTrend[] }) {
  // One note per reason and quarters, naming every measure it holds for ("Sales and Finance, Q2").
  const notes = new Map<string, { titles: string[]; labels: string[]; reason: string }>();
  for (const m of metrics) {
    const byReason = new Map<string, string[]>();
    for (const p of m.points)
      if (p.missing) byReason.set(p.missing, [...(byReason.get(p.missing) ?? []), p.label]);
    for (const [reason, labels] of byReason) {
      const key = `${reason}|${labels.join()}`;
      const title = m.key.startsWith('horizon-') ? 'Horizon balance' : m.title.replace(TRANSLATION_TITLE, '');
      const note = notes.get(key) ?? { titles: [], labels, reason };
      if (!note.titles.includes(title)) note.titles.push(title);
      notes.set(key, note);
    }
  }
  if (notes.size === 0) return null;
  const lines = [...notes.values()].map(
    (n) => `${listInWords(n.titles)}, ${n.labels.join(', ')}: ${n.reason}`,
  );
  return (
    <ul className="series-notes" aria-label="Why some figures are missing">
      {lines.map((n) => (
        <li key={n}>— {n}</li>
      ))}
    </ul>
  );
}

/** The newest change in a sentence under its chart: the arrow in words, not colour alone. */
function Latest({ metric }: { metric: MetricTrend }) {
  const point = metric.points.findLast((p) => p.arrow !== null);
  if (!point?.arrow) return null;
  return (
    <p className="series-chart-latest">
      {point.label}: {formatValue(metric, point.value!)}, {point.arrow.words}
    </p>
  );
}
