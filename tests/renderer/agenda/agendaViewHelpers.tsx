import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { addBlock, setTimeZone, updateDay } from '../../../src/shared/domain/agenda';
import type { Workspace } from '../../../src/shared/domain/workspace';
import { useDocument } from '../../../src/renderer/src/document';
import { AgendaView } from '../../../src/renderer/src/features/agenda/AgendaView';
import { workspaceActions } from '../../../src/renderer/src/features/workspaces';
import type { FakeMain, SeedOptions } from '../fakeApi';

/** The Agenda tab over the open document, as the workspace screen mounts its tabs. */
function AgendaTab() {
  const current = useDocument((s) => s.current);
  return current ? <AgendaView workspace={current.workspace} readOnly={current.readOnly} /> : null;
}

/** Seeds a workspace (its agenda shaped by `build`), opens it and shows the Agenda tab. */
export async function openAgenda(
  main: FakeMain,
  build: (w: Workspace) => Workspace = (w) => w,
  options: SeedOptions = {},
) {
  const path = main.seed({ name: 'Lisbon leadership offsite', ...options });
  const stored = main.onDisk(path)!;
  Object.assign(stored, build(stored));
  const user = userEvent.setup();
  render(<AgendaTab />);
  await act(() => workspaceActions.openRecent(path));
  return { user, path };
}

export const openWorkspace = (): Workspace => useDocument.getState().current!.workspace;

/**
 * Day 1 from 09:00 to 17:00 in Lisbon: welcome, KPIs, a ranking round that ends right at
 * 12:30, lunch fixed at 12:30, then a board session that runs 30 min past 17:00. Day 2 has
 * one checkpoint.
 */
export function twoDayAgenda(w: Workspace): Workspace {
  let next = setTimeZone(w, 'Europe/Lisbon');
  next = updateDay(next, 'day-1', { date: '2027-01-14' });
  next = {
    ...next,
    agenda: {
      ...next.agenda,
      days: [...next.agenda.days, { id: 'day-2', date: '2027-01-15', start: 540, end: 1020 }],
    },
  };
  const blocks = [
    { id: 'welcome', title: 'Welcome and goals for the two days', minutes: 30, kind: 'discussion' },
    { id: 'kpis', title: 'KPI scorecard: where Q4 landed', minutes: 60, kind: 'qbr-review' },
    { id: 'ranking', title: 'Ranking round: H1 priorities', minutes: 120, kind: 'ranking' },
    { id: 'lunch', title: 'Lunch', minutes: 60, kind: 'break', fixedStart: 750 },
    { id: 'board', title: 'Trade-off board: capacity against the EU launch', minutes: 240, kind: 'board' },
    { id: 'commit', title: 'Checkpoint: what we commit to', minutes: 45, kind: 'checkpoint', dayId: 'day-2' },
  ] as const;
  for (const { id, ...block } of blocks) next = addBlock(next, { dayId: 'day-1', ...block }, id);
  return next;
}

export const blocksOf = (day: string) => screen.getByRole('list', { name: new RegExp(`^Blocks of ${day}`) });

/** The rows of a day as "09:00–09:30 Welcome…", what the facilitator reads down the page. */
export const rowsOf = (day: string) =>
  within(blocksOf(day))
    .getAllByRole('listitem')
    .map((li) => li.getAttribute('aria-label'));
