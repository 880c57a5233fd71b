import { useId } from 'react';
import { formatClock, parseClock, projectDay, type ScheduledDay } from '../../../../shared/domain/agenda';
import type { Workspace } from '../../../../shared/domain/workspace';
import { agendaActions } from './AgendaActions';
import { AgendaBlockRow, type BlockPlace } from './AgendaBlockRow';
import { AgendaDayList, AgendaEmptyDay } from './AgendaDnd';
import { AgendaInput } from './AgendaInput';
import { dayName, formatMinutes } from './AgendaLabels';
import { useNow } from './timer/useNow';

type AgendaDaySectionProps = {
  workspace: Workspace;
  scheduled: ScheduledDay;
  dayIndex: number;
  placeOf: (blockId: string) => BlockPlace;
  selectedId: string | null;
  addedId: string | null;
  onSelect: (id: string | null) => void;
  onRemoveBlock: (id: string, title: string) => void;
  onRemoveDay: (id: string, name: string) => void;
  onAddBlock: (dayId: string, afterId: string | null) => void;
  spentOf: (blockId: string) => number;
  readOnly: boolean;
};

/**
 * One day: its date and hours, its blocks with their computed times, what it adds up to,
 * and whether it runs past its end (said, not fixed: the facilitator decides what gives).
 */
export function AgendaDaySection(props: AgendaDaySectionProps) {
  const { workspace, scheduled, dayIndex, readOnly } = props;
  const { day, blocks } = scheduled;
  const id = useId();
  const name = dayName(dayIndex, day.date);
  const spent = blocks.reduce((sum, s) => sum + props.spentOf(s.block.id), 0);
  const clock = (label: 'start' | 'end') => (text: string) => {
    const minute = parseClock(text);
    if (minute === null) return 'Write a time of day as 09:00 (24-hour clock).';
    // Ending at 00:00 is ending at midnight, the end of this day.
    if (label === 'end') return agendaActions.updateDay(day.id, { end: minute === 0 ? 1440 : minute });
    return agendaActions.updateDay(day.id, { start: minute });
  };
  return (
    <section className="card agenda-day" aria-labelledby={`${id}-name`}>
      <header className="agenda-day-header">
        <h3 id={`${id}-name`}>{name}</h3>
        {readOnly ? (
          <p className="agenda-day-hours">
            {formatClock(day.start)}–{formatClock(day.end)}
          </p>
        ) : (
          <div className="agenda-day-fields">
            <label htmlFor={`${id}-date`}>Date</label>
            <input
              id={`${id}-date`}
              type="date"
              value={day.date}
              onChange={(e) => agendaActions.updateDay(day.id, { date: e.target.value })}
            />
            <label htmlFor={`${id}-start`}>Starts</label>
            <AgendaInput
              id={`${id}-start`}
              errorId={`${id}-start-error`}
              className="agenda-clock"
              value={formatClock(day.start)}
              onCommit={clock('start')}
            />
            <label htmlFor={`${id}-end`}>Ends</label>
            <AgendaInput
              id={`${id}-end`}
              errorId={`${id}-end-error`}
              className="agenda-clock"
              value={formatClock(day.end % 1440)}
              onCommit={clock('end')}
            />
            <button
              type="button"
              className="button button-ghost button-small button-danger"
              disabled={workspace.agenda.days.length === 1}
              title={workspace.agenda.days.length === 1 ? 'The agenda needs at least one day.' : undefined}
              onClick={() => props.onRemoveDay(day.id, name)}
            >
              Remove {dayName(dayIndex, '').toLowerCase()}
            </button>
          </div>
        )}
      </header>
      <p className="agenda-day-total">
        {blocks.length === 1 ? '1 block' : `${blocks.length} blocks`} ·{' '}
        {formatMinutes(scheduled.plannedMinutes)} planned · ends {formatClock(scheduled.end)}
        {spent >= 60_000 ? ` · ${formatMinutes(Math.round(spent / 60_000))} spent so far` : ''}
      </p>
      {scheduled.overrun > 0 ? (
        <p className="agenda-overrun" role="note">
          {dayName(dayIndex, '')} runs {formatMinutes(scheduled.overrun)} past {formatClock(day.end)}
        </p>
      ) : null}
      <LiveDayEnd workspace={workspace} dayId={day.id} />
      {blocks.length === 0 ? (
        <AgendaEmptyDay dayId={day.id} />
      ) : (
        <AgendaDayList ids={blocks.map((s) => s.block.id)} label={`Blocks of ${name}`}>
          {blocks.map((s) => (
            <AgendaBlockRow
              key={s.block.id}
              workspace={workspace}
              scheduled={s}
              place={props.placeOf(s.block.id)}
              dayIndex={dayIndex}
              selected={props.selectedId === s.block.id}
              justAdded={props.addedId === s.block.id}
              onSelect={props.onSelect}
              onRemove={props.onRemoveBlock}
              onAddAfter={(afterId) => props.onAddBlock(day.id, afterId)}
              spent={props.spentOf(s.block.id)}
              readOnly={readOnly}
            />
          ))}
        </AgendaDayList>
      )}
      {readOnly ? null : (
        <button
          type="button"
          className="button button-small agenda-add"
          onClick={() => props.onAddBlock(day.id, null)}
        >
          Add a block to {dayName(dayIndex, '').toLowerCase()}
        </button>
      )}
    </section>
  );
}

/**
 * While a block of this day runs, when the day will end at this rate (the plan above is
 * the plan; this is the clock). The console offers the re-plan; here it is only said.
 */
function LiveDayEnd({ workspace, dayId }: { workspace: Workspace; dayId: string }) {
  const projection = projectDay(workspace, useNow(15_000));
  if (!projection || projection.dayId !== dayId) return null;
  const late = projection.lateBy;
  return (
    <p className={late > 0 ? 'agenda-live agenda-live-late' : 'agenda-live'} role="status">
      As the day is running now, it ends {formatClock(projection.projectedEnd)}
      {late > 0 ? ` — ${formatMinutes(late)} late: the Present tab offers a re-plan.` : ' — on time.'}
    </p>
  );
}
