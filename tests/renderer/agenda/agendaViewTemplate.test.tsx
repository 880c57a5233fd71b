import '../templates/freshDb';
import '../templates/setupTemplates';
import { act, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { builtInTemplates } from '../../../src/shared/domain/templates';
import { startTemplates } from '../../../src/renderer/src/features/templates/views';
import { installTemplatesMain } from '../templates/fakeTemplatesMain';
import { freshDb } from '../templates/freshDb';
import type { FakeMain } from '../fakeApi';
import { openAgenda, openWorkspace, rowsOf } from './agendaViewHelpers';

let main: FakeMain;
beforeEach(() => {
  freshDb();
  main = installTemplatesMain().main;
});

const offsite = () => builtInTemplates().find((t) => t.name === 'Two-day leadership offsite')!;

describe('an empty agenda', () => {
  it('builds from the workspace’s template: its timeboxed sections as blocks, lunch fixed at 12:30, a second day when the first is full', async () => {
    const template = offsite();
    // A QBR workspace made from the offsite template: the picker offers that one, not the QBR built-in.
    const { user } = await openAgenda(main, (w) => w, { kind: 'qbr', templateId: template.id });
    // The template library, started as the app starts it once its home screen is up.
    await act(() => startTemplates());
    expect(screen.getByRole('heading', { name: 'No agenda yet' })).toBeTruthy();
    const picker = screen.getByRole<HTMLSelectElement>('combobox', { name: 'Start from template' });
    await waitFor(() => expect(picker.selectedOptions[0]?.textContent).toBe(template.name));
    const build = screen.getByRole<HTMLButtonElement>('button', { name: 'Build from template' });
    await waitFor(() => expect(build.disabled).toBe(false));
    await user.click(build);

    // "Day 2 · Re-vote" goes on day 2 as "Re-vote": the day is shown, not repeated in the title.
    const timed = template.sections
      .filter((s) => s.minutes !== null && s.minutes > 0)
      .map((s) => ({ ...s, title: s.title.replace(/^Day \d · /, '') }));
    const blocks = openWorkspace().agenda.blocks;
    expect(blocks.filter((b) => b.title !== 'Lunch').map((b) => [b.title, b.minutes])).toEqual(
      timed.map((s) => [s.title, s.minutes]),
    );
    const lunch = blocks.filter((b) => b.title === 'Lunch');
    expect(lunch.length).toBeGreaterThan(0);
    expect(lunch.every((b) => b.fixedStart === 12 * 60 + 30 && b.kind === 'break')).toBe(true);

    // On screen: day 1 starts at 09:00 with the first section, lunch sits at 12:30, and
    // each block shows its minutes, ready to edit.
    expect(rowsOf('Day 1')[0]).toBe(`09:00–${clock(540 + timed[0]!.minutes!)} ${timed[0]!.title}`);
    expect(rowsOf('Day 1')).toContain('12:30–13:30 Lunch');
    expect(rowsOf('Day 2').length).toBeGreaterThan(0);
    for (const section of timed.slice(0, 3)) {
      const field = screen.getAllByRole<HTMLInputElement>('textbox', {
        name: `Minutes for “${section.title}”`,
      });
      expect(field[0]!.value).toBe(String(section.minutes));
    }
    expect(screen.queryByRole('heading', { name: 'No agenda yet' })).toBeNull();
  });

  it('starts with a single block when asked, instead of a template', async () => {
    const { user } = await openAgenda(main);
    await user.click(screen.getByRole('button', { name: 'Add a block' }));
    expect(rowsOf('Day 1')).toEqual(['09:00–09:30 New block']);
    // The new block opens for editing with its title selected: typing names it.
    const editor = screen.getByRole('group', { name: 'Edit “New block”' });
    expect(document.activeElement).toBe(within(editor).getByRole('textbox', { name: 'Title' }));
    await user.keyboard('Pricing pilot: what would change our mind{Enter}');
    expect(rowsOf('Day 1')).toEqual(['09:00–09:30 Pricing pilot: what would change our mind']);
  });
});

function clock(minute: number): string {
  return `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
}
