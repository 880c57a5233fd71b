import { useState } from 'react';
import { currentBlock, projectDay, upcomingBlock } from '../../../../../shared/domain/agenda';
import type { Workspace } from '../../../../../shared/domain/workspace';
import { OpenCheckpointButton } from '../../alignment';
import { ShowOnProjector, useConsoleKeys, type ConsoleKeys } from '../../presenter';
import { useChime } from './chime';
import { DayEnd, ReplanOffer } from './ReplanOffer';
import { timerActions } from './timerActions';
import { readTimer } from './timerReading';
import { useNow } from './useNow';
import './timer.css';

/** The timer's keys on the console, shown beside the buttons they press. */
export const TIMER_KEYS = { startPause: 'T', previous: '[', next: ']', less: '−', more: '+', replan: 'R' };

/**
 * The block timer on the presenter console: the block on now, the time left (always from
 * the stored end time and the clock), the controls and their keys, the next block, the
 * projected end of the day and, when the day runs late, the re-plan offer.
 */
export function ConsoleTimer({ workspace, readOnly }: { workspace: Workspace; readOnly: boolean }) {
  const now = useNow(250);
  const [dropIds, setDropIds] = useState<ReadonlySet<string>>(() => new Set());
  const { agenda } = workspace;
  const { timer, chime } = agenda.run;
  const current = currentBlock(agenda);
  const shown = current ?? upcomingBlock(agenda);
  const next = current ? upcomingBlock(agenda) : null;
  const reading = readTimer(current ? timer : { state: 'idle' }, now);
  const projection = projectDay(workspace, now, dropIds);
  const offerReplan = !readOnly && projection !== null && projection.lateBy > 0;
  useChime(reading.phase, timer.state === 'running', current?.id ?? null, chime);

  const accept = () => {
    if (timerActions.acceptReplan(dropIds)) setDropIds(new Set());
  };
  const keys: Record<string, () => void> = {};
  if (!readOnly && agenda.blocks.length > 0) {
    Object.assign(keys, {
      t: timerActions.startOrPause,
      T: timerActions.startOrPause,
      '[': timerActions.previous,
      ']': timerActions.next,
      '+': () => timerActions.addMinutes(1),
      '=': () => timerActions.addMinutes(1),
      '-': () => timerActions.addMinutes(-1),
      _: () => timerActions.addMinutes(-1),
    } satisfies ConsoleKeys);
    if (offerReplan) Object.assign(keys, { r: accept, R: accept });
  }
  useConsoleKeys(keys);

  if (agenda.blocks.length === 0) {
    return (
      <section className="console-timer" aria-label="Block timer">
        <h2>Block timer</h2>
        <p className="muted">The agenda has no blocks yet: add them on the Agenda tab.</p>
      </section>
    );
  }
  const idle = timer.state === 'idle' || !current;
  const startLabel = idle ? 'Start' : timer.state === 'running' ? 'Pause' : 'Resume';
  return (
    <section
      className={`console-timer timer-tone-${reading.tone}${reading.phase === 'over' ? ' timer-over' : ''}`}
      aria-label="Block timer"
      data-phase={reading.phase}
    >
      <h2>
        {current ? 'Block on now' : 'First block'}
        {shown ? <span className="muted">{shown.minutes} min planned</span> : null}
      </h2>
      <p className="console-timer-block" dir="auto">
        {shown?.title ?? 'Every block is done.'}
      </p>
      <div className="console-timer-reading">
        <p className="console-timer-time" role="timer" aria-label={`Time left: ${reading.text}`}>
          {reading.text}
        </p>
        <p className="console-timer-words">
          <span aria-hidden="true">{reading.mark}</span> {reading.words}
        </p>
      </div>
      <div className="console-timer-buttons">
        <TimerButton
          label={startLabel}
          hint={TIMER_KEYS.startPause}
          primary
          onClick={timerActions.startOrPause}
          disabled={readOnly}
        />
        <TimerButton
          label="−1 min"
          hint={TIMER_KEYS.less}
          onClick={() => timerActions.addMinutes(-1)}
          disabled={readOnly || idle}
        />
        <TimerButton
          label="+1 min"
          hint={TIMER_KEYS.more}
          onClick={() => timerActions.addMinutes(1)}
          disabled={readOnly || idle}
        />
        <TimerButton
          label="← Block"
          name="Previous block"
          hint={TIMER_KEYS.previous}
          onClick={timerActions.previous}
          disabled={readOnly || !current || agenda.blocks[0]?.id === current.id}
        />
        <TimerButton
          label="Block →"
          name="Next block"
          hint={TIMER_KEYS.next}
          onClick={timerActions.next}
          disabled={readOnly || (!current && !next)}
        />
      </div>
      <div className="console-timer-row">
        <label className="console-timer-chime">
          <input
            type="checkbox"
            checked={chime}
            disabled={readOnly}
            onChange={(e) => timerActions.setChime(e.target.checked)}
          />
          Chime at amber, red and over
        </label>
        <ShowOnProjector cue={{ kind: 'timer' }} label="Timer on projector" />
        {/* The block on now is the checkpoint: straight to it (the newest open one, or a new one). */}
        {current?.kind === 'checkpoint' ? (
          <OpenCheckpointButton workspace={workspace} readOnly={readOnly} />
        ) : null}
      </div>
      <p className="console-timer-next" dir="auto">
        <span className="muted">Next:</span> {next ? next.title : current ? 'the end of the agenda' : '—'}
      </p>
      {projection ? <DayEnd projection={projection} timeZone={agenda.timeZone} /> : null}
      {offerReplan ? (
        <ReplanOffer
          workspace={workspace}
          projection={projection}
          dropIds={dropIds}
          onDropChange={setDropIds}
          onAccept={accept}
          acceptKey={TIMER_KEYS.replan}
        />
      ) : null}
    </section>
  );
}

function TimerButton(props: {
  label: string;
  /** The accessible name when the label is a symbol ("← Block" is "Previous block"). */
  name?: string;
  hint: string;
  onClick: () => void;
  disabled: boolean;
  primary?: boolean;
}) {
  return (
    <button
      type="button"
      className={props.primary ? 'button button-primary' : 'button'}
      onClick={props.onClick}
      disabled={props.disabled}
      aria-label={props.name ? `${props.name} (${props.hint})` : undefined}
      aria-keyshortcuts={props.hint === '−' ? '-' : props.hint}
    >
      {props.label} <kbd>{props.hint}</kbd>
    </button>
  );
}
