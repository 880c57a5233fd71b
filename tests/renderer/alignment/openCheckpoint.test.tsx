import { act, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCheckpoint } from '../../../src/shared/domain/alignment';
import type { Workspace } from '../../../src/shared/domain/workspace';
import { documentActions, useDocument } from '../../../src/renderer/src/document';
import { checkpointView } from '../../../src/renderer/src/features/alignment';
import { presenterActions } from '../../../src/renderer/src/features/presenter';
import { workspaceActions } from '../../../src/renderer/src/features/workspaces';
import { installFakeApi, type FakeMain } from '../fakeApi';
import { renderApp } from '../renderApp';
import { dayOneAt, runningFrom } from '../../support/offsiteAgenda';

/**
 * A running agenda block of kind "checkpoint" offers "Open the checkpoint" on the Present
 * tab's timer console: the newest open checkpoint, or a new one when none is open.
 */

let main: FakeMain;
beforeEach(() => {
  vi.useFakeTimers({ shouldAdvanceTime: true });
  vi.setSystemTime(dayOneAt('16:40'));
  main = installFakeApi();
  presenterActions.reset();
});
afterEach(() => {
  checkpointView.close();
  vi.useRealTimers();
});

const workspace = () => useDocument.getState().current!.workspace;
const timerPanel = () => screen.getByRole('region', { name: 'Block timer' });

async function consoleWith(build: (w: Workspace) => Workspace) {
  const path = main.seed({ name: 'Q1 Offsite', participants: [{ name: 'Dana' }, { name: 'Ravi' }] });
  const app = await renderApp();
  await act(() => workspaceActions.openRecent(path));
  act(() => {
    documentActions.edit(build);
  });
  await app.user.click(screen.getByRole('tab', { name: 'Present' }));
  return app;
}

describe('the checkpoint block on the timer console', () => {
  it('is offered only while a checkpoint block runs, and opens the newest open checkpoint', async () => {
    const { user } = await consoleWith((w) => {
      let next = runningFrom('checkpoint', dayOneAt('16:35'))(w);
      next = createCheckpoint(next, { title: 'Morning check' }, 'cp-old', new Date('2027-01-15T09:00:00Z'));
      return createCheckpoint(next, { title: 'Afternoon check' }, 'cp-new', new Date('2027-01-15T16:00:00Z'));
    });
    await user.click(within(timerPanel()).getByRole('button', { name: 'Open the checkpoint' }));
    const shown = screen.getByRole('dialog', { name: 'Checkpoint: Afternoon check' });
    expect(within(shown).getByText(/0 of 2 have answered/)).toBeTruthy();
    expect(workspace().checkpoints).toHaveLength(2);
  });

  it('starts a checkpoint with the built-in questions when none is open', async () => {
    const { user } = await consoleWith(runningFrom('checkpoint', dayOneAt('16:35')));
    await user.click(within(timerPanel()).getByRole('button', { name: 'Open the checkpoint' }));
    expect(workspace().checkpoints).toHaveLength(1);
    expect(workspace().checkpoints[0]!.questions).toHaveLength(3);
    expect(screen.getByRole('dialog', { name: 'Checkpoint: Alignment checkpoint' })).toBeTruthy();
  });

  it('is not offered while another kind of block runs', async () => {
    await consoleWith(runningFrom('contested', dayOneAt('14:55')));
    expect(within(timerPanel()).queryByRole('button', { name: 'Open the checkpoint' })).toBeNull();
  });
});
