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
export { minuteOfDayIn, dateIn, isTimeZone, formatClock, parseClock } from './clock';
export {
  blocksOfDay,
  scheduleDay,
  scheduleAgenda,
  plannedStarts,
  type ScheduledBlock,
  type ScheduledDay,
} from './schedule';
export {
  AgendaError,
  checkMinutes,
  setTimeZone,
  addBlock,
  updateBlock,
  removeBlock,
  moveBlock,
  addDay,
  updateDay,
  removeDay,
  type BlockChange,
  type NewBlock,
} from './agendaEdits';
export { blocksFromTemplate, agendaFromTemplate, type TemplateSectionLike } from './fromTemplate';
export {
  spentMs,
  startBlock,
  pauseBlock,
  resumeBlock,
  addTime,
  nextBlock,
  previousBlock,
  stopTimer,
  setChime,
  currentBlock,
  upcomingBlock,
} from './run';
export { projectDay, type DayProjection } from './replanOffer';
export { acceptReplan } from './acceptReplan';
export {
  timeSpent,
  priorityTimes,
  priorityTimeText,
  type TimeSpent,
  type BlockTime,
  type PriorityTime,
} from './timeSpent';
export {
  ParkingError,
  parkItem,
  editParkedText,
  triageItem,
  reopenItem,
  untriaged,
  carryUntriaged,
  recordDots,
  topByDots,
  OUTCOME_LABELS,
  type ParkInput,
  type Triage,
} from './parkingLot';
export {
  carryFileOf,
  readCarryFile,
  importCarried,
  CARRY_FORMAT,
  type CarryFile,
  type CarryRead,
} from './carryFile';
export { BLOCK_KIND_LABELS, formatMinutes } from './words';
