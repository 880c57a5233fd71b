import { describe, expect, it } from 'vitest';
import { parkItem, startBlock, pauseBlock } from '../../../../src/shared/domain/agenda';
import { cueList, deriveStage, notesKey, Stage } from '../../../../src/shared/domain/stage';
import {
  createWorkspace,
  type AgendaBlock,
  type BlockKind,
  type Workspace,
} from '../../../../src/shared/domain/workspace';

/** 14 January 2027 in Warsaw (UTC+1). */
const dayOneAt = (clock: string) => Date.parse(`2027-01-14T${clock}:00+01:00`);

function block(id: string, title: string, kind: BlockKind, minutes: number): AgendaBlock {
  return {
    ...{ id, title, kind, minutes, minMinutes: Math.ceil(minutes / 2), dayId: 'day-1', fixedStart: null },
    ...{ roundId: null, priorityIds: [], sectionId: null, spentMs: 0, done: false },
  };
}

/** The first morning of a two-day offsite: long titles, as facilitators write them. */
function withOffsiteAgenda(w: Workspace): Workspace {
  const blocks = [
    block(
      'opening',
      'Opening: where we stand after Q4 — revenue, churn and the hiring freeze',
      'discussion',
      30,
    ),
    block(
      'ranking',
      'Ranking round: which of the twelve candidate bets do we fund for the first half of 2027?',
      'ranking',
      60,
    ),
    block('coffee', 'Coffee', 'break', 15),
  ];
  return {
    ...w,
    agenda: {
      timeZone: 'Europe/Warsaw',
      days: [{ id: 'day-1', date: '2027-01-14', start: 540, end: 1020 }],
      blocks,
      run: { blockId: null, timer: { state: 'idle' }, countingSince: null, chime: false },
    },
  };
}

/** The ranking round started at 09:35 (the opening done). */
function AMBER_MORNING(w: Workspace): Workspace {
  const planned = withOffsiteAgenda(w);
  const done = planned.agenda.blocks.map((b) => (b.id === 'opening' ? { ...b, done: true } : b));
  return startBlock(
    { ...planned, agenda: { ...planned.agenda, blocks: done } },
    'ranking',
    dayOneAt('09:35'),
  );
}

const DATE = '2027-01-14';
const base = (): Workspace =>
  createWorkspace(
    { name: 'Q1 2027 Leadership Offsite', kind: 'offsite', period: 'Q1 2027', organisation: 'Northwind Ltd' },
    'ws-1',
    new Date(dayOneAt('08:00')),
  );

describe('the timer on the projector (stage kind "timer")', () => {
  it('carries the block, the next block and the end time, and nothing else of the workspace', () => {
    let w = AMBER_MORNING(base());
    w = parkItem(
      w,
      { text: 'Ask legal about the EU data residency clause' },
      'p-1',
      new Date(dayOneAt('10:00')),
    );
    const stage = deriveStage(w, { kind: 'timer' }, { date: DATE });
    expect(stage).toEqual({
      kind: 'timer',
      title: 'Ranking round: which of the twelve candidate bets do we fund for the first half of 2027?',
      next: 'Coffee',
      timer: { state: 'running', endsAt: dayOneAt('10:35'), totalMs: 60 * 60_000 },
    });
    expect(Stage.parse(stage)).toEqual(stage);
    const text = JSON.stringify(stage);
    expect(text).not.toContain('EU data residency');
    expect(text).not.toContain('minMinutes');
    expect(text).not.toContain('Northwind');
  });

  it('shows what was left while paused, and the first block, idle, before the day starts', () => {
    const paused = pauseBlock(AMBER_MORNING(base()), dayOneAt('10:25'));
    expect(deriveStage(paused, { kind: 'timer' }, { date: DATE })).toMatchObject({
      timer: { state: 'paused', remainingMs: 10 * 60_000, totalMs: 60 * 60_000 },
    });
    const before = deriveStage(withOffsiteAgenda(base()), { kind: 'timer' }, { date: DATE });
    expect(before).toEqual({
      kind: 'timer',
      title: 'Opening: where we stand after Q4 — revenue, churn and the hiring freeze',
      next: '',
      timer: { state: 'idle' },
    });
    expect(Stage.safeParse(before).success).toBe(true);
  });

  it('goes black on B like every cue', () => {
    const w = startBlock(withOffsiteAgenda(base()), 'opening', dayOneAt('09:00'));
    expect(deriveStage(w, { kind: 'timer' }, { date: DATE, blank: true })).toEqual({ kind: 'blank' });
  });

  it('is refused with anything more than the room may see, or a timer that is not a time', () => {
    const valid = {
      kind: 'timer',
      title: 'Coffee',
      next: '',
      timer: { state: 'running', endsAt: dayOneAt('10:50'), totalMs: 900_000 },
    };
    expect(Stage.safeParse(valid).success).toBe(true);
    expect(Stage.safeParse({ ...valid, lateBy: 25 }).success).toBe(false);
    expect(Stage.safeParse({ ...valid, timer: { ...valid.timer, spentMs: 3 } }).success).toBe(false);
    expect(
      Stage.safeParse({ ...valid, timer: { state: 'running', endsAt: Infinity, totalMs: 1 } }).success,
    ).toBe(false);
    expect(
      Stage.safeParse({ ...valid, timer: { state: 'paused', remainingMs: 1, totalMs: -1 } }).success,
    ).toBe(false);
    expect(Stage.safeParse({ ...valid, title: 'x'.repeat(401) }).success).toBe(false);
  });

  it('is the last cue of the running order once the agenda has blocks, so ← and → pass through the content', () => {
    expect(cueList(base(), new Map()).some((c) => c.cue.kind === 'timer')).toBe(false);
    const cues = cueList(withOffsiteAgenda(base()), new Map());
    expect(cues[0]!.label).toBe('Title: Q1 2027 Leadership Offsite');
    expect(cues.at(-1)!.label).toBe('Timer: the block running');
    expect(cues.at(-1)!.key).toBe('timer');
    expect(notesKey({ kind: 'timer' })).toBe('timer');
  });
});
