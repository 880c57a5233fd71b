import type { Stage } from '../../../../../shared/domain/stage';
import { readTimer } from './timerReading';
import { useNow } from './useNow';
import './timer.css';

/**
 * The block timer on the projector, readable from the back of the room: the time left,
 * counted from the end time by this window's own clock (nothing is sent each second), its
 * tone in colour, in words and as a shape, the block's title and the next one's.
 */
export function TimerStage({ stage }: { stage: Extract<Stage, { kind: 'timer' }> }) {
  const now = useNow(250);
  const reading = readTimer(stage.timer, now);
  return (
    <div
      className={`stage stage-timer timer-tone-${reading.tone}${reading.phase === 'over' ? ' timer-over' : ''}`}
      aria-label="Block timer"
      data-phase={reading.phase}
    >
      <p className="stage-timer-block" dir="auto">
        {stage.title || 'The agenda'}
      </p>
      <p className="stage-timer-time" role="timer">
        {reading.text}
      </p>
      <p className="stage-timer-words">
        <span className="stage-timer-mark" aria-hidden="true">
          {reading.mark}
        </span>{' '}
        {reading.words}
      </p>
      {stage.next ? (
        <p className="stage-timer-next" dir="auto">
          Next: {stage.next}
        </p>
      ) : null}
    </div>
  );
}
