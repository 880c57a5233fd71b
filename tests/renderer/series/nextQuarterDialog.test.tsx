import { act, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { documentActions } from '../../../src/renderer/src/document';
import { workspaceActions } from '../../../src/renderer/src/features/workspaces';
import { newPriority } from '../../../src/shared/domain/priorities';
import type { RequestOf } from '../../../src/shared/ipc/contract';
import { renderApp, settle } from '../renderApp';
import { installSeriesMain } from './fakeSeriesMain';

let fake: ReturnType<typeof installSeriesMain>;
beforeEach(() => {
  fake = installSeriesMain();
});

/** Q1 with one committed priority and one still a candidate, open on its Setup tab. */
async function openFirstQuarter() {
  const path = fake.main.seed({ name: 'Q1 2027 Leadership Offsite', period: '2027-Q1' });
  fake.main.onDisk(path)!.priorities = [
    newPriority({ title: 'Launch EU', owner: 'Ana Ruiz', impact: 9, effort: 7, status: 'committed' }, 'pr1'),
    newPriority({ title: 'New logo', owner: 'Ben Okafor', impact: 3, effort: 2, status: 'candidate' }, 'pr2'),
  ];
  const app = await renderApp();
  await act(() => workspaceActions.openRecent(path));
  return { ...app, path };
}

describe('“Next quarter…” on the Setup tab', () => {
  it('suggests the next quarter, makes it, links this quarter to it and opens it', async () => {
    const { user, path } = await openFirstQuarter();
    await user.click(screen.getByRole('button', { name: 'Next quarter…' }));
    const dialog = screen.getByRole('dialog', { name: 'Next quarter' });
    expect(within(dialog).getByLabelText<HTMLInputElement>('Name').value).toBe('Q2 2027 Leadership Offsite');
    expect(within(dialog).getByLabelText<HTMLInputElement>('Period').value).toBe('2027-Q2');
    expect(within(dialog).getByLabelText<HTMLInputElement>('Quarter label').value).toBe('2027-Q2');
    expect(dialog.textContent).toContain('the 1 committed priority');
    await user.clear(within(dialog).getByLabelText('Quarter label'));
    await user.type(within(dialog).getByLabelText('Quarter label'), 'Q2 2027');
    await user.click(within(dialog).getByRole('button', { name: 'Create and open' }));
    await settle();

    const [sent] = fake.series.requests as Array<{ request: RequestOf<'series:createNextQuarter'> }>;
    expect(sent?.request).toMatchObject({ name: 'Q2 2027 Leadership Offsite', quarterLabel: 'Q2 2027' });
    // The new quarter is open, with last quarter's commitment to grade.
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Q2 2027 Leadership Offsite');
    const q2 = [...fake.made.values()][0]!;
    expect(q2.carriedIn?.commitments.map((c) => c.title)).toEqual(['Launch EU']);
    // Q1 was saved with its link into the series before it closed.
    expect(fake.main.onDisk(path)?.series).toEqual({
      seriesId: q2.series!.seriesId,
      quarterLabel: '2027-Q1',
      previous: null,
    });
    await act(() => documentActions.flush());
  });

  it('says why when the new quarter cannot be made, and stays on this one', async () => {
    const { user } = await openFirstQuarter();
    await user.click(screen.getByRole('button', { name: 'Next quarter…' }));
    const dialog = screen.getByRole('dialog', { name: 'Next quarter' });
    await user.clear(within(dialog).getByLabelText('Name'));
    await user.click(within(dialog).getByRole('button', { name: 'Create and open' }));
    expect(within(dialog).getByRole('alert').textContent).toMatch(/Give the new quarter a name/);
    expect(fake.series.requests).toEqual([]);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Q1 2027 Leadership Offsite');
  });
});
