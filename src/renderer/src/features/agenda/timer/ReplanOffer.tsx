import { formatClock, type DayProjection } from '../../../../../shared/domain/agenda';
import type { Workspace } from '../../../../../shared/domain/workspace';

/** "Day ends 17:25 — 25 min late", or "— on time", in the agenda's time zone. */
export function DayEnd({ projection, timeZone }: { projection: DayProjection; timeZone: string }) {
  const late = projection.lateBy > 0;
  return (
    <p className={late ? 'console-timer-dayend late' : 'console-timer-dayend'} aria-live="polite">
      Day ends {formatClock(projection.projectedEnd)} — {late ? `${projection.lateBy} min late` : 'on time'}{' '}
      <span className="muted">
        (set end {formatClock(projection.dayEnd)}, {timeZone})
      </span>
    </p>
  );
}

/**
 * The re-plan the console offers when the day runs late: the new length of each block
 * still to come today (old → new), fixed blocks staying put, what does not fit said
 * plainly, and a box per block to drop it to the parking lot instead. The offer is
 * recomputed live from the clock and the boxes ticked; R (or the button) accepts it.
 */
export function ReplanOffer({
  workspace,
  projection,
  dropIds,
  onDropChange,
  onAccept,
  acceptKey,
}: {
  workspace: Workspace;
  projection: DayProjection;
  dropIds: ReadonlySet<string>;
  onDropChange: (dropIds: ReadonlySet<string>) => void;
  onAccept: () => void;
  acceptKey: string;
}) {
  const { replan } = projection;
  const planned = new Map(replan.blocks.map((b) => [b.id, b]));
  const conflicts = new Set(replan.conflicts);
  const toggle = (id: string, drop: boolean) => {
    const next = new Set(dropIds);
    if (drop) next.add(id);
    else next.delete(id);
    onDropChange(next);
  };
  return (
    <section className="replan" aria-label="Re-plan the rest of the day">
      <h3>Re-plan the rest of the day</h3>
      {replan.overflow > 0 ? (
        <p className="replan-overflow" role="note">
          Even with every block at its minimum, the day ends {formatClock(projection.replannedEnd)},{' '}
          {replan.overflow} min past {formatClock(projection.dayEnd)}. Drop blocks to the parking lot, or
          accept ending late.
        </p>
      ) : (
        <p className="replan-summary">Re-planned, the day ends {formatClock(projection.replannedEnd)}.</p>
      )}
      <ul className="replan-blocks">
        {projection.restIds.map((id) => {
          const block = workspace.agenda.blocks.find((b) => b.id === id);
          if (!block) return null;
          const dropped = dropIds.has(id);
          const plan = planned.get(id);
          return (
            <li key={id} className={dropped ? 'replan-block dropped' : 'replan-block'}>
              <label>
                <input type="checkbox" checked={dropped} onChange={(e) => toggle(id, e.target.checked)} />
                <span className="visually-hidden">Drop “{block.title}” to the parking lot</span>
              </label>
              <span className="replan-title" dir="auto">
                {block.title}
              </span>
              <span className="replan-minutes">
                {dropped ? (
                  'to the parking lot'
                ) : block.fixedStart !== null ? (
                  <>
                    {block.minutes} min, stays at {formatClock(block.fixedStart)}
                    {conflicts.has(id) ? <strong> — the blocks before run into it</strong> : null}
                  </>
                ) : plan && plan.minutes !== block.minutes ? (
                  <>
                    {block.minutes} → <strong>{plan.minutes} min</strong>
                    {plan.minutes <= block.minMinutes ? ' (its minimum)' : ''}
                  </>
                ) : (
                  `${block.minutes} min, unchanged`
                )}
              </span>
            </li>
          );
        })}
      </ul>
      <button
        type="button"
        className="button button-primary"
        onClick={onAccept}
        aria-keyshortcuts={acceptKey}
      >
        Accept the re-plan <kbd>{acceptKey}</kbd>
      </button>
    </section>
  );
}
