import { useState } from 'react';
import type { Workspace } from '../../../../shared/domain/workspace';
import { CarriedInPanel } from './CarriedInPanel';
import { NextQuarterDialog } from './NextQuarterDialog';
import { SeriesView } from './SeriesView';

/**
 * The Setup tab's "Quarter after quarter": the way to the next quarter, and, once this
 * workspace is in a series, its quarters and their trends.
 */
export function SeriesSection({ workspace, readOnly }: { workspace: Workspace; readOnly: boolean }) {
  const [open, setOpen] = useState(false);
  const previous = workspace.series?.previous;
  return (
    <>
      <section className="card next-quarter" aria-labelledby="next-quarter-title">
        <div className="card-header">
          <h2 id="next-quarter-title">Quarter after quarter</h2>
          <button type="button" className="button" disabled={readOnly} onClick={() => setOpen(true)}>
            Next quarter…
          </button>
        </div>
        <p className="muted">
          {previous
            ? `This quarter follows “${previous.name}”${previous.period ? ` (${previous.period})` : ''}.`
            : 'Start next quarter’s workspace from this one: the people, the commitments to grade, the open actions, the KPIs and the agreed messages carry over.'}
        </p>
        {open ? <NextQuarterDialog workspace={workspace} onClose={() => setOpen(false)} /> : null}
      </section>
      {workspace.carriedIn ? <CarriedInPanel workspace={workspace} readOnly={readOnly} /> : null}
      {workspace.series ? <SeriesView workspace={workspace} readOnly={readOnly} /> : null}
    </>
  );
}
