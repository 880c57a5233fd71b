import { act, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { documentActions, useDocument } from '../../../src/renderer/src/document';
import { workspaceActions } from '../../../src/renderer/src/features/workspaces';
import type { CarriedIn } from '../../../src/shared/domain/workspace';
import { installFakeApi, type FakeMain, type SeedOptions } from '../fakeApi';
import { renderApp } from '../renderApp';

let main: FakeMain;
beforeEach(() => {
  main = installFakeApi();
});

const CARRIED: CarriedIn = {
  fromWorkspaceId: 'ws-q1',
  fromPeriod: '2027-Q1',
  commitments: [
    { id: 'c1', title: 'Launch the EU shop', owner: 'Ana Ruiz', grade: 'ungraded' },
    { id: 'c2', title: 'Hire a head of data', owner: 'Сергей Иванов', grade: 'ungraded' },
    { id: 'c3', title: 'Close the Lisbon office', owner: '', grade: 'ungraded' },
    { id: 'c4', title: 'Cut churn to 2 %', owner: '李明', grade: 'ungraded' },
  ],
  previousSuccess: {
    title: 'Launch the EU shop',
    metric: 'Paying EU customers',
    target: '40 by June',
    grade: 'ungraded',
  },
  kpiRows: [],
};

/** Q2, made as the quarter after Q1, open on its Setup tab. */
async function openSecondQuarter(options: SeedOptions = {}) {
  const path = main.seed({ name: 'Q2 2027 Offsite', period: '2027-Q2', ...options });
  main.onDisk(path)!.carriedIn = structuredClone(CARRIED);
  const app = await renderApp();
  await act(() => workspaceActions.openRecent(path));
  return { ...app, path };
}

const completion = () =>
  screen.getByRole('region', { name: 'Grading last quarter (Q1 2027)' }).querySelector('[role="status"]')!
    .textContent;

describe('grading last quarter on the Setup tab', () => {
  it('grades each commitment and the success definition, with the completion the deck computes', async () => {
    const { user, path } = await openSecondQuarter();
    expect(completion()).toBe('Commitments completed: not graded yet (4 to grade).');
    const picker = screen.getByRole('combobox', { name: 'Grade for Launch the EU shop' });
    expect([...(picker as HTMLSelectElement).options].map((o) => o.textContent)).toEqual([
      'Done',
      'Partly',
      'Missed',
      'Not graded',
    ]);
    await user.selectOptions(picker, 'done');
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Grade for Hire a head of data' }),
      'partly',
    );
    await user.selectOptions(screen.getByRole('combobox', { name: 'Grade for Cut churn to 2 %' }), 'missed');
    // Done 1, partly ½, missed 0 over the three graded; the ungraded one is left out.
    expect(completion()).toBe('Commitments completed: 50% (3 of 4 graded: 1 done, 1 partly, 1 missed).');
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Grade for last quarter’s success' }),
      'partly',
    );
    expect(screen.getByText('Paying EU customers — 40 by June', { exact: false })).toBeTruthy();

    await act(() => documentActions.flush());
    const saved = main.onDisk(path)!.carriedIn!;
    expect(saved.commitments.map((c) => c.grade)).toEqual(['done', 'partly', 'ungraded', 'missed']);
    expect(saved.previousSuccess!.grade).toBe('partly');
    act(() => documentActions.undo());
    expect(useDocument.getState().current!.workspace.carriedIn!.previousSuccess!.grade).toBe('ungraded');
  });

  it('shows the grades, not the pickers, to a read-only workspace', async () => {
    await openSecondQuarter({ readOnlyReason: 'Another window has it open.' });
    for (const picker of screen.getAllByRole('combobox', { name: /^Grade for / }))
      expect(picker).toHaveProperty('disabled', true);
  });

  it('is not shown for a workspace that does not follow another quarter', async () => {
    const path = main.seed({ name: 'First ever' });
    await renderApp();
    await act(() => workspaceActions.openRecent(path));
    expect(screen.queryByRole('region', { name: /^Grading last quarter/ })).toBeNull();
  });
});
