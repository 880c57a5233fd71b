import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { installFakeApi, type FakeMain } from '../fakeApi';
import { blocksOf, openAgenda, openWorkspace, rowsOf, twoDayAgenda } from './agendaViewHelpers';

let main: FakeMain;
beforeEach(() => {
  main = installFakeApi();
});

const minutesField = (title: string) =>
  screen.getByRole<HTMLInputElement>('textbox', { name: `Minutes for “${title}”` });

/** The Undo offer (the lists' drag-and-drop announcer is a status region too). */
const undoToast = () => screen.queryAllByRole('status').find((s) => s.classList.contains('undo-bar'));

describe('the agenda tab', () => {
  it('states the time zone, and refuses one the computer does not know without changing anything', async () => {
    const { user } = await openAgenda(main, twoDayAgenda);
    expect(screen.getByText(/Times are in/).textContent).toBe('Times are in Europe/Lisbon');
    const before = openWorkspace();
    const zone = screen.getByRole('textbox', { name: 'Time zone' });
    await user.clear(zone);
    await user.type(zone, 'Mars/Olympus{Enter}');
    expect(screen.getByRole('alert').textContent).toBe(
      '“Mars/Olympus” is not a time zone this computer knows (try Europe/London).',
    );
    expect(openWorkspace()).toBe(before);
    await user.clear(zone);
    await user.type(zone, 'Europe/Warsaw{Enter}');
    expect(screen.getByText(/Times are in/).textContent).toBe('Times are in Europe/Warsaw');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('refuses a duration of 0 or 500 minutes with the reason, and leaves the workspace as it was', async () => {
    const { user } = await openAgenda(main, twoDayAgenda);
    const before = openWorkspace();
    const field = minutesField('KPI scorecard: where Q4 landed');
    await user.clear(field);
    await user.type(field, '0{Enter}');
    expect(screen.getByRole('alert').textContent).toBe('A block lasts at least 1 minute.');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(openWorkspace()).toBe(before);
    await user.clear(field);
    await user.type(field, '500{Enter}');
    expect(screen.getByRole('alert').textContent).toBe('A block lasts at most 8 hours (480 minutes).');
    expect(openWorkspace()).toBe(before);
    expect(rowsOf('Day 1')[1]).toBe('09:30–10:30 KPI scorecard: where Q4 landed');
  });

  it('shows a fixed start that the block before runs into, and the day running past its end, without moving either', async () => {
    const { user } = await openAgenda(main, twoDayAgenda);
    const day1 = screen.getByRole('region', { name: /^Day 1/ });
    expect(within(day1).getByText('Day 1 runs 30 min past 17:00')).toBeTruthy();
    expect(within(day1).queryByText(/clash/)).toBeNull();

    const field = minutesField('Ranking round: H1 priorities');
    await user.clear(field);
    await user.type(field, '135{Enter}');
    expect(within(day1).getByText(/clash/).textContent).toBe(
      'Lunch is fixed at 12:30 but the block before runs to 12:45: 15 min clash',
    );
    // Lunch stays at 12:30: the clash is the facilitator's to resolve.
    expect(rowsOf('Day 1')[3]).toBe('12:30–13:30 Lunch');
    expect(within(day1).getByText(/planned · ends/).textContent).toBe(
      '5 blocks · 8 h 45 min planned · ends 17:30',
    );
  });

  it('takes a fixed start written as a time of day, refuses one that is not, and clears it', async () => {
    const { user } = await openAgenda(main, twoDayAgenda);
    await user.click(screen.getByRole('button', { name: 'Lunch' }));
    const editor = screen.getByRole('group', { name: 'Edit “Lunch”' });
    const fixed = within(editor).getByRole('textbox', { name: 'Fixed start' });
    await user.clear(fixed);
    await user.type(fixed, '25:00{Enter}');
    expect(within(editor).getByRole('alert').textContent).toBe(
      'Write a time of day as 12:30 (24-hour clock), or leave it empty.',
    );
    expect(openWorkspace().agenda.blocks.find((b) => b.id === 'lunch')!.fixedStart).toBe(750);
    await user.clear(fixed);
    await user.type(fixed, '12:00{Enter}');
    expect(rowsOf('Day 1')[3]).toBe('12:00–13:00 Lunch');
    expect(screen.getByText(/clash/).textContent).toBe(
      'Lunch is fixed at 12:00 but the block before runs to 12:30: 30 min clash',
    );
    await user.clear(fixed);
    await user.tab();
    // A flexible lunch follows the ranking round.
    expect(rowsOf('Day 1')[3]).toBe('12:30–13:30 Lunch');
    expect(screen.queryByText(/clash/)).toBeNull();
  });

  it('reorders by keyboard on the handle, and the start times follow at once', async () => {
    const { user } = await openAgenda(main, twoDayAgenda);
    screen.getByRole('button', { name: 'Drag “Welcome and goals for the two days” to reorder' }).focus();
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    expect(rowsOf('Day 1').slice(0, 3)).toEqual([
      '09:00–10:00 KPI scorecard: where Q4 landed',
      '10:00–10:30 Welcome and goals for the two days',
      '10:30–12:30 Ranking round: H1 priorities',
    ]);
    // The handle keeps the focus, so the next press moves it again.
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    expect(rowsOf('Day 1')[2]).toBe('12:00–12:30 Welcome and goals for the two days');
  });

  it('moves a block to another day, by its action and by keyboard across the day’s edge', async () => {
    const { user } = await openAgenda(main, twoDayAgenda);
    await user.click(screen.getByRole('button', { name: 'Trade-off board: capacity against the EU launch' }));
    await user.click(screen.getByRole('button', { name: 'Move to day 2' }));
    expect(rowsOf('Day 2')).toEqual([
      '09:00–09:45 Checkpoint: what we commit to',
      '09:45–13:45 Trade-off board: capacity against the EU launch',
    ]);
    expect(screen.queryByText(/runs .* past/)).toBeNull();

    screen.getByRole('button', { name: 'Drag “Checkpoint: what we commit to” to reorder' }).focus();
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
    expect(rowsOf('Day 1').at(-1)).toBe('13:30–14:15 Checkpoint: what we commit to');
    expect(rowsOf('Day 2')).toEqual(['09:00–13:00 Trade-off board: capacity against the EU launch']);
    await waitFor(() =>
      expect(document.activeElement?.getAttribute('aria-label')).toBe(
        'Drag “Checkpoint: what we commit to” to reorder',
      ),
    );
  });

  it('removes a block and brings it back with Undo, in its place', async () => {
    const { user } = await openAgenda(main, twoDayAgenda);
    const before = openWorkspace();
    await user.click(screen.getByRole('button', { name: 'Remove “KPI scorecard: where Q4 landed”' }));
    expect(rowsOf('Day 1')[1]).toBe('09:30–11:30 Ranking round: H1 priorities');
    const toast = undoToast()!;
    expect(toast.textContent).toContain('Removed “KPI scorecard: where Q4 landed”.');
    await user.click(within(toast).getByRole('button', { name: 'Undo' }));
    expect(rowsOf('Day 1')[1]).toBe('09:30–10:30 KPI scorecard: where Q4 landed');
    expect(openWorkspace().agenda).toEqual(before.agenda);
    expect(undoToast()).toBeUndefined();
  });

  it('removes a day: its blocks join the day before, and Undo brings the day back', async () => {
    const { user } = await openAgenda(main, twoDayAgenda);
    await user.click(screen.getByRole('button', { name: 'Remove day 2' }));
    expect(screen.queryByRole('region', { name: /^Day 2/ })).toBeNull();
    expect(rowsOf('Day 1').at(-1)).toBe('17:30–18:15 Checkpoint: what we commit to');
    expect(screen.getByText('Day 1 runs 1 h 15 min past 17:00')).toBeTruthy();
    await user.click(within(undoToast()!).getByRole('button', { name: 'Undo' }));
    expect(rowsOf('Day 2')).toEqual(['09:00–09:45 Checkpoint: what we commit to']);
    // The only day left cannot go: the agenda needs one.
    await user.click(screen.getByRole('button', { name: 'Remove day 2' }));
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Remove day 1' }).disabled).toBe(true);
  });

  it('refuses day hours that end before they start, keeping the old ones', async () => {
    const { user } = await openAgenda(main, twoDayAgenda);
    const day1 = screen.getByRole('region', { name: /^Day 1/ });
    const ends = within(day1).getByRole('textbox', { name: 'Ends' });
    await user.clear(ends);
    await user.type(ends, '08:00{Enter}');
    expect(within(day1).getByRole('alert').textContent).toBe(
      'The day must end after it starts, by midnight.',
    );
    expect(openWorkspace().agenda.days[0]!.end).toBe(17 * 60);
    await user.clear(ends);
    await user.type(ends, '18:00{Enter}');
    expect(within(day1).queryByText(/runs .* past/)).toBeNull();
  });

  it('adds a block after the selected one, and a day', async () => {
    const { user } = await openAgenda(main, twoDayAgenda);
    await user.click(screen.getByRole('button', { name: 'Welcome and goals for the two days' }));
    await user.click(screen.getByRole('button', { name: 'Add a block after the selected one' }));
    expect(rowsOf('Day 1').slice(0, 3)).toEqual([
      '09:00–09:30 Welcome and goals for the two days',
      '09:30–10:00 New block',
      '10:00–11:00 KPI scorecard: where Q4 landed',
    ]);
    await user.click(screen.getByRole('button', { name: 'Add a day' }));
    expect(screen.getByRole('region', { name: 'Day 3 · Sat 16 Jan' })).toBeTruthy();
    expect(openWorkspace().agenda.days).toHaveLength(3);
  });

  it('shows a read-only workspace’s agenda without a control to change it', async () => {
    await openAgenda(main, twoDayAgenda, { readOnlyReason: 'Opened from a read-only folder.' });
    expect(rowsOf('Day 1')[3]).toBe('12:30–13:30 Lunch');
    expect(within(blocksOf('Day 1')).queryAllByRole('button')).toEqual([]);
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(screen.queryByRole('button', { name: /Add a/ })).toBeNull();
  });
});
