import { describe, expect, it } from 'vitest';
import {
  addTime,
  nextBlock,
  pauseBlock,
  previousBlock,
  remainingMs,
  resumeBlock,
  spentMs,
  startBlock,
  stopTimer,
  currentBlock,
  upcomingBlock,
} from '../../../../src/shared/domain/agenda';
import { Workspace } from '../../../../src/shared/domain/workspace';
import { at, MIN, offsite } from './agendaFixture';

const block = (w: Workspace, id: string) => w.agenda.blocks.find((b) => b.id === id)!;

describe('running the day', () => {
  it('counts the time actually spent on each block, across pauses and moves', () => {
    let w = startBlock(offsite(), 'b1', at('09:00'));
    w = pauseBlock(w, at('09:20'));
    expect(remainingMs(w.agenda.run.timer, at('09:50'))).toBe(10 * MIN); // paused: frozen
    w = resumeBlock(w, at('09:50'));
    w = nextBlock(w, at('10:05'));
    expect(block(w, 'b1')).toMatchObject({ spentMs: 35 * MIN, done: true });
    expect(currentBlock(w.agenda)!.id).toBe('b2');
    expect(remainingMs(w.agenda.run.timer, at('10:05'))).toBe(90 * MIN);
    expect(spentMs(w.agenda, block(w, 'b2'), at('10:35'))).toBe(30 * MIN);
    expect(upcomingBlock(w.agenda)!.id).toBe('b3');
    expect(Workspace.safeParse(w).success).toBe(true);
  });

  it('moves only the timer’s end with ±1 min, and survives a save and reload', () => {
    let w = startBlock(offsite(), 'b2', at('09:30'));
    w = addTime(addTime(w, 1), 1);
    w = addTime(w, -1);
    const reloaded = Workspace.parse(JSON.parse(JSON.stringify(w)));
    expect(remainingMs(reloaded.agenda.run.timer, at('10:00'))).toBe(61 * MIN);
    expect(block(reloaded, 'b2').minutes).toBe(90);
  });

  it('going back to a block carries on from what was spent on it', () => {
    let w = startBlock(offsite(), 'b1', at('09:00'));
    w = nextBlock(w, at('09:25'));
    w = previousBlock(w, at('09:40'));
    expect(currentBlock(w.agenda)!.id).toBe('b1');
    expect(block(w, 'b1').done).toBe(false);
    expect(block(w, 'b2').spentMs).toBe(15 * MIN);
    expect(remainingMs(w.agenda.run.timer, at('09:40'))).toBe(5 * MIN);
  });

  it('the last block done leaves the timer idle; stopping keeps the time spent', () => {
    let w = startBlock(offsite(), 'b6', at('15:30'));
    w = nextBlock(w, at('17:10'));
    expect(w.agenda.run.timer.state).toBe('idle');
    expect(block(w, 'b6')).toMatchObject({ spentMs: 100 * MIN, done: true });
    w = stopTimer(startBlock(offsite(), 'b3', at('11:00')), at('11:12'));
    expect(block(w, 'b3').spentMs).toBe(12 * MIN);
    expect(spentMs(w.agenda, block(w, 'b3'), at('12:00'))).toBe(12 * MIN);
  });
});
