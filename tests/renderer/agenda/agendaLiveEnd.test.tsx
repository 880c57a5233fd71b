import { act, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { documentActions } from '../../../src/renderer/src/document';
import { presenterActions } from '../../../src/renderer/src/features/presenter';
import { workspaceActions } from '../../../src/renderer/src/features/workspaces';
import { installFakeApi, type FakeMain } from '../fakeApi';
import { advance, renderApp } from '../renderApp';
import { dayOneAt, LATE_AFTERNOON } from '../../support/offsiteAgenda';

let main: FakeMain;
beforeEach(() => {
  vi.useFakeTimers();
  main = installFakeApi();
  presenterActions.reset();
});

describe('the Agenda tab while the day runs', () => {
  it('says when the day ends at this rate beside the plan, and follows the clock', async () => {
    // The contested items (90 min, +10 given) started 14:55; at 16:33 two minutes are left.
    vi.setSystemTime(dayOneAt('16:33'));
    const path = main.seed({ name: 'Q1 2027 Leadership Offsite', organisation: 'Northwind Ltd' });
    const app = await renderApp();
    await act(() => workspaceActions.openRecent(path));
    act(() => {
      documentActions.edit(LATE_AFTERNOON);
    });
    await app.user.click(screen.getByRole('tab', { name: 'Agenda' }));
    const live = () => screen.getByText(/^As the day is running now/).textContent;
    expect(live()).toBe(
      'As the day is running now, it ends 17:25 — 25 min late: the Present tab offers a re-plan.',
    );
    // Ten more minutes over: the end moves with the clock, not with the plan.
    vi.setSystemTime(dayOneAt('16:45'));
    await advance(15_000);
    expect(live()).toContain('ends 17:35 — 35 min late');
  });
});
