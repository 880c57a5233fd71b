import { useEffect, useMemo, useState } from 'react';
import { summarizeQuarter } from '../../../../shared/domain/series/quarterSummary';
import { seriesTrends } from '../../../../shared/domain/series/trends';
import type { Workspace } from '../../../../shared/domain/workspace';
import type { FoundQuarter, MissingQuarter, SeriesQuarter } from '../../../../shared/ipc/seriesContract';
import { seriesActions } from './seriesActions';
import { summariesOf } from './trendFormat';
import { SeriesTrendsView } from './SeriesTrendsView';

type Loaded =
  | { status: 'loading' }
  | { status: 'ready'; quarters: SeriesQuarter[] }
  | { status: 'error'; message: string };

/**
 * The Series tab: the quarters of this workspace's series in order, a broken link explained
 * with what can be done about it, and the quarter-on-quarter trends.
 */
export function SeriesView({ workspace, readOnly }: { workspace: Workspace; readOnly: boolean }) {
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const [actionError, setActionError] = useState<string | null>(null);
  // Asked again when the link changes (re-pointed, removed), not on every edit of the quarter.
  const linkKey = JSON.stringify(workspace.series);
  useEffect(() => {
    let live = true;
    void seriesActions.quarters().then((answer) => {
      if (!live) return;
      setLoaded(
        'error' in answer
          ? { status: 'error', message: answer.error }
          : { status: 'ready', quarters: answer.quarters },
      );
    });
    return () => {
      live = false;
    };
  }, [workspace.id, linkKey]);
  const current = useMemo(() => summarizeQuarter(workspace), [workspace]);

  const repoint = async () => {
    setActionError(await seriesActions.repoint());
  };
  const remove = () => {
    setActionError(seriesActions.removeLink() ? null : 'The link could not be removed.');
  };

  if (loaded.status === 'loading') return <p className="muted loading-view">Reading the series…</p>;
  if (loaded.status === 'error') {
    return (
      <p className="form-error" role="alert">
        The quarters of this series could not be read: {loaded.message}
      </p>
    );
  }
  const trends = seriesTrends(summariesOf(loaded.quarters, current));
  return (
    <div className="series-view">
      <section className="card" aria-labelledby="series-quarters-title">
        <h2 id="series-quarters-title">Quarters in this series</h2>
        <ol className="series-quarters" aria-labelledby="series-quarters-title">
          {loaded.quarters.map((q, i) =>
            q.missing ? (
              <MissingLink
                key={`missing-${i}`}
                quarter={q}
                readOnly={readOnly}
                onRepoint={repoint}
                onRemove={remove}
              />
            ) : (
              <QuarterItem key={q.workspaceId} quarter={q} />
            ),
          )}
        </ol>
        {actionError ? (
          <p className="form-error" role="alert">
            {actionError}
          </p>
        ) : null}
      </section>
      <SeriesTrendsView trends={trends} />
    </div>
  );
}

function QuarterItem({ quarter: q }: { quarter: FoundQuarter }) {
  return (
    <li className={q.current ? 'series-quarter series-quarter-current' : 'series-quarter'}>
      <span className="series-quarter-label">{q.quarterLabel || q.period}</span>
      <span className="series-quarter-name">
        {q.name}
        {q.period && q.period !== q.quarterLabel ? <span className="muted"> · {q.period}</span> : null}
        {q.current ? <strong className="series-here"> · this quarter</strong> : null}
      </span>
      {q.problem ? <span className="form-error">{q.problem}</span> : null}
    </li>
  );
}

function MissingLink({
  quarter: q,
  readOnly,
  onRepoint,
  onRemove,
}: {
  quarter: MissingQuarter;
  readOnly: boolean;
  onRepoint: () => Promise<void>;
  onRemove: () => void;
}) {
  return (
    <li className="series-quarter series-quarter-missing">
      <span className="series-quarter-label">{q.previous.period || '?'}</span>
      <div className="series-missing-body">
        <strong>Link broken: “{q.previous.name}”</strong>
        <p>{q.reason}</p>
        {q.linkIsHere ? (
          <div className="series-missing-actions">
            <button type="button" className="button" disabled={readOnly} onClick={() => void onRepoint()}>
              Re-point…
            </button>
            <button type="button" className="button" disabled={readOnly} onClick={onRemove}>
              Remove link
            </button>
          </div>
        ) : null}
      </div>
    </li>
  );
}
