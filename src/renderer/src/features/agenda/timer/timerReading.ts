import {
  formatRemaining,
  remainingMs,
  timerTone,
  type BlockTimer,
  type TimerTone,
} from '../../../../../shared/domain/agenda';

/**
 * What a timer reads at a moment, the same on the console and on the projector: the time
 * left (from the end time and the clock), its tone, and the tone in words and in a shape,
 * so the room does not need to tell amber from red by colour.
 */
export type TimerPhase = TimerTone | 'over';

export type TimerReading = {
  remainingMs: number;
  /** "12:05", "−3:20" once over. */
  text: string;
  tone: TimerTone;
  phase: TimerPhase;
  /** The tone in words: "A fifth left", "Nearly out of time", "Over time". */
  words: string;
  /** The tone as a shape: ● on time, ▲ amber, ■ red and over. */
  mark: string;
};

export function readTimer(timer: BlockTimer, now: number): TimerReading {
  const left = remainingMs(timer, now);
  const tone = timerTone(timer, now);
  const phase: TimerPhase = timer.state !== 'idle' && left < 0 ? 'over' : tone;
  return {
    remainingMs: left,
    text: timer.state === 'idle' ? '–:––' : formatRemaining(left),
    tone,
    phase,
    words: wordsOf(timer, phase),
    mark: phase === 'normal' ? '●' : phase === 'amber' ? '▲' : '■',
  };
}

function wordsOf(timer: BlockTimer, phase: TimerPhase): string {
  if (timer.state === 'idle') return 'Not started';
  const paused = timer.state === 'paused' ? 'Paused · ' : '';
  switch (phase) {
    case 'normal':
      return `${paused}On time`;
    case 'amber':
      return `${paused}A fifth left`;
    case 'red':
      return `${paused}Nearly out of time`;
    case 'over':
      return `${paused}Over time`;
  }
}
