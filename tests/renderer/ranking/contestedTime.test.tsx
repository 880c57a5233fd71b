import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { addBlock } from '../../../src/shared/domain/agenda';
import type { Workspace } from '../../../src/shared/domain/workspace';
import { twoCampWorkspace } from '../../support/twoCampWorkspace';
import { installFakeApi, type FakeMain } from '../fakeApi';
import { openWorkspaceOn } from './openWorkspace';

let main: FakeMain;
beforeEach(() => {
  main = installFakeApi();
});

/**
 * The two-camp offsite after its first day. The room splits over Enterprise SSO and the AI
 * assistant beta (contested) and agrees on Launch in the EU; the timer recorded each block.
 */
function afterDayOne(): Workspace {
  let w = twoCampWorkspace();
  const blocks: Array<[string, string[], number]> = [
    ['Rank the bets for next quarter', ['item-A', 'item-L'], 72],
    ['Board: Launch in the EU against Enterprise SSO', ['item-A', 'item-B'], 12],
    ['王芳：欧洲上线的风险与资源分配', ['item-B'], 12],
    ['Łukasz Wróblewski: SSO rollout plan', ['item-B'], 10],
    ['Messages to our teams', ['item-B'], 0],
  ];
  blocks.forEach(([title, priorityIds], i) => {
    w = addBlock(w, { title, minutes: 45, kind: 'discussion', priorityIds }, `b${i + 1}`);
  });
  const minutes = new Map(blocks.map(([title, , spent]) => [title, spent]));
  return {
    ...w,
    agenda: {
      ...w.agenda,
      blocks: w.agenda.blocks.map((b) => ({ ...b, spentMs: (minutes.get(b.title) ?? 0) * 60_000 })),
    },
  };
}

const discussFirst = () => screen.getByRole('region', { name: 'Discuss these first' });

describe('the time spent on the contested items, in the results', () => {
  it('shows the minutes the agenda spent on each contested item, and none for the uncontested', async () => {
    await openWorkspaceOn(main, afterDayOne(), 'Ranking');
    const spent = within(discussFirst()).getByTestId('contested-time');
    expect(
      within(spent)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['AI assistant beta: 72 min across 1 block', 'Enterprise SSO: 34 min across 3 blocks']);
    // Launch in the EU had 84 minutes, but the room agrees on it: it is not listed.
    expect(spent.textContent).not.toContain('Launch in the EU');
  });

  it('shows nothing when no time was recorded on a contested item', async () => {
    const w = afterDayOne();
    const untimed: Workspace = {
      ...w,
      agenda: {
        ...w.agenda,
        blocks: w.agenda.blocks.map((b) => ({ ...b, spentMs: 0, done: false })),
        run: { blockId: null, timer: { state: 'idle' }, countingSince: null, chime: false },
      },
    };
    await openWorkspaceOn(main, untimed, 'Ranking');
    expect(within(discussFirst()).getAllByTestId('contested-item').length).toBeGreaterThan(0);
    expect(screen.queryByTestId('contested-time')).toBeNull();
    expect(screen.queryByText(/min across/)).toBeNull();
  });
});
