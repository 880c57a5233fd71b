import { act, fireEvent, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { formatRemaining, remainingMs } from '../../../src/shared/domain/agenda';
import type { Workspace } from '../../../src/shared/domain/workspace';
import { documentActions, useDocument } from '../../../src/renderer/src/document';
import { presenterActions } from '../../../src/renderer/src/features/presenter';
import { workspaceActions } from '../../../src/renderer/src/features/workspaces';
import { installFakeApi, type FakeMain } from '../fakeApi';
import { advance, renderApp } from '../renderApp';
import { AMBER_MORNING, dayOneAt, LATE_AFTERNOON, withOffsiteAgenda } from '../../support/offsiteAgenda';

let main: FakeMain;
beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(dayOneAt('09:00'));
  main = installFakeApi();
  presenterActions.reset();
});

const current = () => useDocument.getState().current!.workspace;
const timerPanel = () => screen.getByRole('region', { name: 'Block timer' });
const shownTime = () => within(timerPanel()).getByRole('timer').textContent;
/** What the timer should read now, from the stored end time and the clock. */
const truth = () => formatRemaining(remainingMs(current().agenda.run.timer, Date.now()));
const minutesOf = (id: string) => current().agenda.blocks.find((b) => b.id === id)?.minutes;

/** The app on the Present tab, the two-day agenda in the workspace (as `build` leaves it). */
async function openConsole(build: (w: Workspace) => Workspace = withOffsiteAgenda) {
  const path = main.seed({ name: 'Q1 2027 Leadership Offsite', organisation: 'Northwind Ltd' });
  const app = await renderApp();
  await act(() => workspaceActions.openRecent(path));
  act(() => {
    documentActions.edit(build);
  });
  await app.user.click(screen.getByRole('tab', { name: 'Present' }));
  return { ...app, path };
}

describe('the block timer on the console', () => {
  it('starts the first block and, after the laptop slept ten minutes, shows the time left from its end time', async () => {
    const { user } = await openConsole();
    expect(within(timerPanel()).getByText(/^Opening: where we stand/)).toBeTruthy();
    await user.click(within(timerPanel()).getByRole('button', { name: /^Start/ }));
    expect(shownTime()).toBe('30:00');
    expect(current().agenda.run.timer).toMatchObject({ state: 'running', endsAt: dayOneAt('09:30') });

    // Asleep: the clock moves on, no timer fires.
    vi.setSystemTime(Date.now() + 10 * 60_000);
    await advance(250);
    expect(shownTime()).toBe('20:00');
    expect(shownTime()).toBe(truth());
  });

  it('goes on from its stored end after the workspace is closed and opened again', async () => {
    const { user, path, unmount } = await openConsole();
    await user.click(within(timerPanel()).getByRole('button', { name: /^Start/ }));
    await advance(3 * 60_000);
    expect(shownTime()).toBe('27:00');
    await act(() => workspaceActions.close());
    expect(main.onDisk(path)!.agenda.run.timer).toMatchObject({
      state: 'running',
      endsAt: dayOneAt('09:30'),
    });
    unmount();

    vi.setSystemTime(dayOneAt('09:13') + 30_000);
    const again = await renderApp();
    await act(() => workspaceActions.openRecent(path));
    await again.user.click(screen.getByRole('tab', { name: 'Present' }));
    expect(shownTime()).toBe('16:30');
  });

  it('shows the true time left within a second after a long task held the window for 1.5 s', async () => {
    vi.useRealTimers();
    const { user } = await openConsole();
    await user.click(within(timerPanel()).getByRole('button', { name: /^Start/ }));
    // The renderer is busy: nothing runs for 1.5 s.
    const busyUntil = Date.now() + 1500;
    while (Date.now() < busyUntil) {
      /* a long task */
    }
    // The next tick (every 250 ms) redraws from the clock.
    await act(() => new Promise((resolve) => setTimeout(resolve, 300)));
    const [m, s] = shownTime().split(':').map(Number);
    const shownSeconds = m! * 60 + s!;
    const trueSeconds = remainingMs(current().agenda.run.timer, Date.now()) / 1000;
    expect(Math.abs(shownSeconds - trueSeconds)).toBeLessThanOrEqual(1);
    expect(shownSeconds).toBeLessThanOrEqual(30 * 60 - 1);
  });

  it('turns amber at a fifth left and red at a twentieth left and when over, in words as well as colour', async () => {
    // The ranking round: 60 min from 09:35, so amber from 10:23, red from 10:32.
    vi.setSystemTime(dayOneAt('10:22') + 59_000);
    await openConsole(AMBER_MORNING);
    expect(timerPanel().className).toContain('timer-tone-normal');
    await advance(1000);
    expect(shownTime()).toBe('12:00');
    expect(timerPanel().className).toContain('timer-tone-amber');
    expect(within(timerPanel()).getByText(/A fifth left/)).toBeTruthy();

    vi.setSystemTime(dayOneAt('10:31') + 59_000);
    await advance(250);
    expect(timerPanel().className).toContain('timer-tone-amber');
    await advance(1000);
    expect(shownTime()).toBe('3:00');
    expect(timerPanel().className).toContain('timer-tone-red');
    expect(within(timerPanel()).getByText(/Nearly out of time/)).toBeTruthy();

    vi.setSystemTime(dayOneAt('10:38'));
    await advance(250);
    expect(shownTime()).toBe('−3:00');
    expect(timerPanel().className).toContain('timer-tone-red');
    expect(timerPanel().className).toContain('timer-over');
    expect(within(timerPanel()).getByText(/Over time/)).toBeTruthy();
  });

  it('runs from the keyboard: T pauses and resumes, + and − move the end, ] and [ change block', async () => {
    vi.setSystemTime(dayOneAt('10:25'));
    await openConsole(AMBER_MORNING);
    expect(shownTime()).toBe('10:00');
    fireEvent.keyDown(document.body, { key: '+' });
    expect(shownTime()).toBe('11:00');
    fireEvent.keyDown(document.body, { key: '-' });
    fireEvent.keyDown(document.body, { key: '-' });
    expect(shownTime()).toBe('9:00');
    fireEvent.keyDown(document.body, { key: 't' });
    expect(current().agenda.run.timer.state).toBe('paused');
    await advance(5 * 60_000);
    expect(shownTime()).toBe('9:00');
    expect(within(timerPanel()).getByRole('button', { name: /^Resume/ })).toBeTruthy();
    fireEvent.keyDown(document.body, { key: 'T' });
    expect(current().agenda.run.timer.state).toBe('running');
    fireEvent.keyDown(document.body, { key: ']' });
    expect(current().agenda.run.blockId).toBe('coffee');
    expect(shownTime()).toBe('15:00');
    fireEvent.keyDown(document.body, { key: '[' });
    expect(current().agenda.run.blockId).toBe('ranking');
    // The slide keys still drive the running order: from the title to the board.
    fireEvent.keyDown(document.body, { key: 'ArrowRight' });
    expect(screen.getByRole('button', { name: 'Board: every card' }).getAttribute('aria-current')).toBe(
      'true',
    );
  });

  it('offers the re-plan when the day runs late; R accepts it and Ctrl+Z undoes it', async () => {
    vi.setSystemTime(dayOneAt('16:20'));
    await openConsole(LATE_AFTERNOON);
    expect(within(timerPanel()).getByText(/Day ends 17:25 — 25 min late/)).toBeTruthy();
    const offer = screen.getByRole('region', { name: 'Re-plan the rest of the day' });
    expect(within(offer).getByText(/Re-planned, the day ends 17:00/)).toBeTruthy();
    expect(offer.textContent).toContain('30 → 15 min');
    expect(offer.textContent).toContain('20 → 10 min');

    fireEvent.keyDown(document.body, { key: 'r' });
    expect(minutesOf('checkpoint')).toBe(15);
    expect(minutesOf('wrapup')).toBe(10);
    expect(screen.queryByRole('region', { name: 'Re-plan the rest of the day' })).toBeNull();
    expect(within(timerPanel()).getByText(/Day ends 17:00 — on time/)).toBeTruthy();

    fireEvent.keyDown(document.body, { key: 'z', ctrlKey: true });
    expect(minutesOf('checkpoint')).toBe(30);
    expect(minutesOf('wrapup')).toBe(20);
    expect(screen.getByRole('region', { name: 'Re-plan the rest of the day' })).toBeTruthy();
  });

  it('says plainly when even the minimums do not fit, and parks the blocks the facilitator drops', async () => {
    // Five more minutes on the contested items: the two blocks left need 25 min, 20 remain.
    vi.setSystemTime(dayOneAt('16:20'));
    const { user } = await openConsole((w) => LATE_AFTERNOON({ ...w }));
    fireEvent.keyDown(document.body, { key: '+' });
    fireEvent.keyDown(document.body, { key: '+' });
    fireEvent.keyDown(document.body, { key: '+' });
    fireEvent.keyDown(document.body, { key: '+' });
    fireEvent.keyDown(document.body, { key: '+' });
    const offer = () => screen.getByRole('region', { name: 'Re-plan the rest of the day' });
    expect(within(offer()).getByRole('note').textContent).toMatch(
      /Even with every block at its minimum, the day ends 17:05, 5 min past 17:00/,
    );

    await user.click(
      within(offer()).getByLabelText('Drop “Wrap-up: what we tell our teams on Monday” to the parking lot'),
    );
    expect(within(offer()).queryByRole('note')).toBeNull();
    expect(offer().textContent).toContain('to the parking lot');
    expect(offer().textContent).toContain('30 → 20 min');

    await user.click(within(offer()).getByRole('button', { name: /Accept the re-plan/ }));
    expect(minutesOf('checkpoint')).toBe(20);
    expect(minutesOf('wrapup')).toBeUndefined();
    expect(current().parkingLot).toHaveLength(1);
    expect(current().parkingLot[0]).toMatchObject({
      text: 'Block dropped in the re-plan: Wrap-up: what we tell our teams on Monday',
      blockId: 'contested',
      outcome: 'open',
    });
  });

  it('puts the timer on the projector: the console’s picture of the room shows it counting', async () => {
    vi.setSystemTime(dayOneAt('10:25'));
    const { user } = await openConsole(AMBER_MORNING);
    await user.click(within(timerPanel()).getByRole('button', { name: 'Timer on projector' }));
    const room = screen.getByTestId('audience-thumbnail');
    // The fake main process refuses to paint: the console still shows what it sent.
    await advance(0);
    expect(within(room).getByRole('timer').textContent).toBe('10:00');
    await advance(60_000);
    expect(within(room).getByRole('timer').textContent).toBe('9:00');
    expect(room.textContent).toContain('Next: Coffee');
  });
});
