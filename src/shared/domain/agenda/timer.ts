/**
 * The block timer, kept as an absolute end time rather than a counter: a laptop that
 * sleeps, a busy window or a reload cannot make it drift, because the time left is always
 * computed from the clock. All times are epoch milliseconds.
 */
export type BlockTimer =
  | { state: 'running'; endsAt: number; totalMs: number }
  | { state: 'paused'; remainingMs: number; totalMs: number }
  | { state: 'idle' };

/** Amber from a fifth left, red from a twentieth left and when over. */
export type TimerTone = 'normal' | 'amber' | 'red';

export const IDLE_TIMER: BlockTimer = { state: 'idle' };

export function startTimer(now: number, minutes: number): BlockTimer {
  const totalMs = Math.max(0, minutes) * 60_000;
  return { state: 'running', endsAt: now + totalMs, totalMs };
}

export function pauseTimer(timer: BlockTimer, now: number): BlockTimer {
  if (timer.state !== 'running') return timer;
  return { state: 'paused', remainingMs: timer.endsAt - now, totalMs: timer.totalMs };
}

export function resumeTimer(timer: BlockTimer, now: number): BlockTimer {
  if (timer.state !== 'paused') return timer;
  return { state: 'running', endsAt: now + timer.remainingMs, totalMs: timer.totalMs };
}

/** +1 / −1 minute (or more): moves the end and the block's length together. */
export function addMinutes(timer: BlockTimer, minutes: number): BlockTimer {
  const delta = minutes * 60_000;
  switch (timer.state) {
    case 'running':
      return { ...timer, endsAt: timer.endsAt + delta, totalMs: Math.max(0, timer.totalMs + delta) };
    case 'paused':
      return {
        ...timer,
        remainingMs: timer.remainingMs + delta,
        totalMs: Math.max(0, timer.totalMs + delta),
      };
    case 'idle':
      return timer;
  }
}

/** Time left in ms: negative once over. */
export function remainingMs(timer: BlockTimer, now: number): number {
  switch (timer.state) {
    case 'running':
      return timer.endsAt - now;
    case 'paused':
      return timer.remainingMs;
    case 'idle':
      return 0;
  }
}

export function timerTone(timer: BlockTimer, now: number): TimerTone {
  if (timer.state === 'idle') return 'normal';
  const left = remainingMs(timer, now);
  if (left <= timer.totalMs * 0.05) return 'red';
  if (left <= timer.totalMs * 0.2) return 'amber';
  return 'normal';
}

/** "12:05", "0:09", "−3:20" once over: whole seconds, rounded up while time is left. */
export function formatRemaining(ms: number): string {
  const over = ms < 0;
  const seconds = over ? Math.floor(-ms / 1000) : Math.ceil(ms / 1000);
  const text = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
  return over ? `−${text}` : text;
}
