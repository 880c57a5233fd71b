import { formatClock } from '../../../../shared/domain/agenda';
import type { ScheduledBlock } from '../../../../shared/domain/agenda';
import type { Workspace } from '../../../../shared/domain/workspace';
import { DragHandle, MoveButtons, useSortableRow } from '../../ui/SortableRow';
import { agendaActions } from './AgendaActions';
import { AgendaBlockEditor } from './AgendaBlockEditor';
import { AgendaInput } from './AgendaInput';
import { BLOCK_KIND_LABELS, formatMinutes, toNumber } from './AgendaLabels';

export type BlockPlace = {
  /** Position in the whole agenda's running order, and how many blocks it has. */
  index: number;
  count: number;
  /** One place up or down; across the day's edge into the next or previous day. */
  step: (direction: -1 | 1) => void;
};

type AgendaBlockRowProps = {
  workspace: Workspace;
  scheduled: ScheduledBlock;
  place: BlockPlace;
  dayIndex: number;
  selected: boolean;
  justAdded: boolean;
  onSelect: (id: string | null) => void;
  onRemove: (id: string, title: string) => void;
  onAddAfter: (id: string) => void;
  /** Time spent on it so far (ms), the running stretch included. */
  spent: number;
  readOnly: boolean;
};

/**
 * One block of a day: its computed start and end, title, kind and length; a clash with the
 * block before shown on it, never moved away; the block on now marked. Its name opens the
 * editor below it; the handle drags it (or Alt+↑/↓ moves it, across days too).
 */
export function AgendaBlockRow(props: AgendaBlockRowProps) {
  const { workspace, scheduled, place, selected, readOnly, spent } = props;
  const { block, start, end, conflictMinutes, gapBefore } = scheduled;
  const { row, handle, isDragging } = useSortableRow(block.id, {
    disabled: readOnly,
    keyboardMoves: {
      onStep: place.step,
      canMoveUp: place.index > 0,
      canMoveDown: place.index < place.count - 1,
    },
  });
  const run = workspace.agenda.run;
  const now = run.blockId === block.id && run.timer.state !== 'idle';
  const times = `${formatClock(start)}–${formatClock(end)}`;
  const actual = Math.round(spent / 60_000);
  const classes = [
    'agenda-block',
    now ? 'agenda-block-now' : '',
    selected ? 'agenda-block-selected' : '',
    conflictMinutes > 0 ? 'agenda-block-clash' : '',
    isDragging ? 'dragging' : '',
    block.done && !now ? 'agenda-block-done' : '',
  ];
  return (
    <li
      {...row}
      className={classes.filter(Boolean).join(' ')}
      aria-label={`${times} ${block.title}`}
      data-block-id={block.id}
    >
      <div className={readOnly ? 'agenda-block-line agenda-block-line-ro' : 'agenda-block-line'}>
        {readOnly ? null : <DragHandle handle={handle} name={block.title} />}
        <span className="agenda-block-time">
          <span>{formatClock(start)}</span>
          <span className="agenda-block-end">–{formatClock(end)}</span>
        </span>
        <div className="agenda-block-body">
          {readOnly ? (
            <span className="agenda-block-title">{block.title}</span>
          ) : (
            <button
              type="button"
              className="agenda-block-title agenda-block-open"
              aria-expanded={selected}
              onClick={() => props.onSelect(selected ? null : block.id)}
            >
              {block.title}
            </button>
          )}
          <span className="agenda-block-meta">
            {now ? (
              <span className="agenda-now">{run.timer.state === 'paused' ? 'Now (paused)' : 'Now'}</span>
            ) : null}
            <span className={`agenda-kind agenda-kind-${block.kind}`}>{BLOCK_KIND_LABELS[block.kind]}</span>
            {block.fixedStart !== null ? <span>Fixed at {formatClock(block.fixedStart)}</span> : null}
            {block.minMinutes < block.minutes ? (
              <span>Can shrink to {formatMinutes(block.minMinutes)}</span>
            ) : null}
            <BlockLinks workspace={workspace} block={block} />
            {actual > 0 || spent > 0 ? (
              <span className={actual > block.minutes ? 'agenda-over' : undefined}>
                Actual {formatMinutes(actual)} of {formatMinutes(block.minutes)} planned
              </span>
            ) : null}
          </span>
          {conflictMinutes > 0 ? (
            <p className="agenda-clash" role="note">
              {block.title} is fixed at {formatClock(block.fixedStart ?? start)} but the block before runs to{' '}
              {formatClock(start + conflictMinutes)}: {conflictMinutes} min clash
            </p>
          ) : gapBefore > 0 ? (
            <p className="agenda-gap">{formatMinutes(gapBefore)} free before it</p>
          ) : null}
        </div>
        <span className="agenda-block-length">
          {readOnly ? (
            formatMinutes(block.minutes)
          ) : (
            <>
              <label className="sr-only" htmlFor={`agenda-minutes-${block.id}`}>
                Minutes for “{block.title}”
              </label>
              <AgendaInput
                id={`agenda-minutes-${block.id}`}
                errorId={`agenda-minutes-error-${block.id}`}
                className="agenda-minutes"
                inputMode="numeric"
                value={String(block.minutes)}
                onCommit={(text) => agendaActions.updateBlock(block.id, { minutes: toNumber(text) })}
              />
              <span aria-hidden="true">min</span>
            </>
          )}
        </span>
        {readOnly ? null : (
          <span className="agenda-block-actions">
            <MoveButtons
              name={block.title}
              index={place.index}
              count={place.count}
              onMove={(to) => place.step(to < place.index ? -1 : 1)}
            />
            <button
              type="button"
              className="button button-ghost button-small button-danger"
              aria-label={`Remove “${block.title}”`}
              onClick={() => props.onRemove(block.id, block.title)}
            >
              ✕
            </button>
          </span>
        )}
      </div>
      {selected && !readOnly ? (
        <AgendaBlockEditor
          workspace={workspace}
          block={block}
          dayIndex={props.dayIndex}
          focusTitle={props.justAdded}
          onAddAfter={() => props.onAddAfter(block.id)}
        />
      ) : null}
    </li>
  );
}

function BlockLinks({
  workspace,
  block,
}: Pick<AgendaBlockRowProps, 'workspace'> & { block: ScheduledBlock['block'] }) {
  const round = block.roundId ? workspace.rounds.find((r) => r.id === block.roundId) : undefined;
  const priorities = workspace.priorities.filter((p) => block.priorityIds.includes(p.id));
  const section = block.sectionId
    ? workspace.deck?.sections.find((s) => s.id === block.sectionId)
    : undefined;
  return (
    <>
      {round ? <span className="agenda-link">Round: {round.question}</span> : null}
      {priorities.length > 0 ? (
        <span className="agenda-link">
          {priorities.length === 1 ? 'Priority' : 'Priorities'}: {priorities.map((p) => p.title).join(', ')}
        </span>
      ) : null}
      {section ? <span className="agenda-link">Deck: {section.title || 'Untitled section'}</span> : null}
    </>
  );
}
