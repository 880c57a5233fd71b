import { addTime, startBlock } from '../../src/shared/domain/agenda';
import type { AgendaBlock, BlockKind, Workspace } from '../../src/shared/domain/workspace';

/**
 * A two-day leadership offsite in Warsaw, as the facilitator planned it: long titles, lunch
 * fixed at 12:30, each flexible block with a minimum it may shrink to. Day 1 runs
 * 09:00–17:00 (Europe/Warsaw, UTC+1 in January).
 */
export const TIME_ZONE = 'Europe/Warsaw';
export const DAY_ONE = '2027-01-14';

type Plan = [id: string, title: string, kind: BlockKind, minutes: number, minMinutes: number, fixed?: number];

const DAY_ONE_BLOCKS: Plan[] = [
  [
    'opening',
    'Opening: where we stand after Q4 — revenue, churn and the hiring freeze',
    'discussion',
    30,
    20,
  ],
  [
    'ranking',
    'Ranking round: which of the twelve candidate bets do we fund for the first half of 2027?',
    'ranking',
    60,
    40,
  ],
  ['coffee', 'Coffee', 'break', 15, 15],
  [
    'board',
    'Board walk-through: how Launch EU, Enterprise SSO and the data warehouse migration depend on each other',
    'board',
    75,
    45,
  ],
  ['lunch', 'Lunch', 'break', 60, 60, 12 * 60 + 30],
  [
    'qbr',
    'QBR review: sales pipeline and the DACH partner channel, with Łukasz Wróblewski',
    'qbr-review',
    75,
    45,
  ],
  [
    'contested',
    'Contested items: 王芳 and Ngozi Okonkwo-Adeyemi on usage-based pricing versus SOC 2 first',
    'discussion',
    90,
    45,
  ],
  ['checkpoint', 'Checkpoint and parking-lot triage', 'checkpoint', 30, 15],
  ['wrapup', 'Wrap-up: what we tell our teams on Monday', 'discussion', 20, 10],
];
const DAY_TWO_BLOCKS: Plan[] = [
  ['commit', 'Commitments: owners and dates for the five funded bets', 'discussion', 90, 60],
  ['break2', 'Break', 'break', 15, 15],
  ['risks', 'Risks, dependencies and what we stop doing', 'discussion', 60, 30],
  ['close', 'Close: the parking lot, the next session and a feedback round', 'checkpoint', 45, 20],
];

function block(dayId: string, [id, title, kind, minutes, minMinutes, fixed]: Plan): AgendaBlock {
  return {
    id,
    dayId,
    title,
    kind,
    minutes,
    minMinutes,
    fixedStart: fixed ?? null,
    roundId: null,
    priorityIds: [],
    sectionId: null,
    spentMs: 0,
    done: false,
  };
}

export function withOffsiteAgenda(w: Workspace): Workspace {
  return {
    ...w,
    agenda: {
      timeZone: TIME_ZONE,
      days: [
        { id: 'day-1', date: DAY_ONE, start: 9 * 60, end: 17 * 60 },
        { id: 'day-2', date: '2027-01-15', start: 9 * 60, end: 16 * 60 },
      ],
      blocks: [
        ...DAY_ONE_BLOCKS.map((p) => block('day-1', p)),
        ...DAY_TWO_BLOCKS.map((p) => block('day-2', p)),
      ],
      run: { blockId: null, timer: { state: 'idle' }, countingSince: null, chime: false },
    },
  };
}

/** Epoch ms of a time of day on day 1 in Warsaw ("10:25"). */
export function dayOneAt(clock: string): number {
  return Date.parse(`${DAY_ONE}T${clock}:00+01:00`);
}

/** Epoch ms of a time of day on day 2 in Warsaw. */
export function dayTwoAt(clock: string): number {
  return Date.parse(`2027-01-15T${clock}:00+01:00`);
}

/** The leadership team in the room: eight people, names from four scripts. */
export const OFFSITE_TEAM = [
  '王芳',
  'Łukasz Wróblewski',
  'Ngozi Okonkwo-Adeyemi',
  'Dana Whitfield',
  'Ravi Menon',
  'Aiko Tanaka',
  'Lena Ortiz',
  'Tom Becker',
];

/**
 * The day as it stands when `blockId` started at `startedAt` (the blocks before it done),
 * with `addedMinutes` given to it since.
 */
export function runningFrom(blockId: string, startedAt: number, addedMinutes = 0) {
  return (w: Workspace): Workspace => {
    const planned = withOffsiteAgenda(w);
    const index = planned.agenda.blocks.findIndex((b) => b.id === blockId);
    const before: Workspace = {
      ...planned,
      agenda: {
        ...planned.agenda,
        blocks: planned.agenda.blocks.map((b, i) =>
          i < index ? { ...b, done: true, spentMs: b.minutes * 60_000 } : b,
        ),
      },
    };
    const started = startBlock(before, blockId, startedAt);
    return addedMinutes === 0 ? started : addTime(started, addedMinutes);
  };
}

/** Morning: the ranking round (60 min) started at 09:35; at 10:25 ten minutes are left (amber). */
export const AMBER_MORNING = runningFrom('ranking', dayOneAt('09:35'));
/**
 * Afternoon: the contested items (90 min, +10 given) started at 14:55 and end at 16:35;
 * with the checkpoint and the wrap-up still to come the day ends 17:25, 25 min late.
 */
export const LATE_AFTERNOON = runningFrom('contested', dayOneAt('14:55'), 10);
