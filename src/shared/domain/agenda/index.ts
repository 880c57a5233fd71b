export { replanDay, fitSegment, type PlanBlock, type PlannedBlock, type Replan } from './replan';
export {
  startTimer,
  pauseTimer,
  resumeTimer,
  addMinutes,
  remainingMs,
  timerTone,
  formatRemaining,
  IDLE_TIMER,
  type BlockTimer,
  type TimerTone,
} from './timer';
