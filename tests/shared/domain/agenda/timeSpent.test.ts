import { describe, expect, it } from 'vitest';
import { nextBlock, priorityTimeText, startBlock, timeSpent } from '../../../../src/shared/domain/agenda';
import { at, offsite } from './agendaFixture';

describe('where our time went', () => {
  it('gives planned against actual per block and the minutes per priority across blocks', () => {
    let w = startBlock(offsite(), 'b2', at('09:30'));
    w = nextBlock(w, at('11:20')); // ranking: 110 min, about both priorities
    const spent = timeSpent(w, at('11:54')); // board: 34 min so far, about the EU launch
    expect(spent.blocks.find((b) => b.block.id === 'b2')).toMatchObject({
      plannedMinutes: 90,
      actualMinutes: 110,
    });
    expect(spent.blocks.find((b) => b.block.id === 'b3')).toMatchObject({
      plannedMinutes: 60,
      actualMinutes: 34,
    });
    const eu = spent.priorities.find((p) => p.title === 'Launch in the EU')!;
    expect(priorityTimeText(eu)).toBe('144 min across 2 blocks');
    expect(spent.priorities.map((p) => p.title)).toEqual(['Launch in the EU', 'Enterprise SSO']);
    expect(spent.plannedRun).toBe(150);
    expect(spent.actualRun).toBe(144);
  });
});
