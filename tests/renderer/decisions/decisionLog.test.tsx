import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { decisionLogView } from '../../../src/renderer/src/features/decisions';
import { DecisionLogView } from '../../../src/renderer/src/features/decisions/views';
import { workspaceActions } from '../../../src/renderer/src/features/workspaces';
import { updateActionItem } from '../../../src/shared/domain/board';
import { localDay } from '../../../src/shared/domain/decisions';
import { removePriority } from '../../../src/shared/domain/priorities';
import type { Workspace } from '../../../src/shared/domain/workspace';
import { withDecisionLog } from '../../support/decisionLogDemo';
import { installFakeApi, type FakeMain } from '../fakeApi';
import { renderApp } from '../renderApp';
import { useDocument, documentActions } from '../../../src/renderer/src/document';

let main: FakeMain;
beforeEach(() => {
  main = installFakeApi();
  decisionLogView.reset();
});

/** The app with a workspace open on the Decisions tab, its log filled as after an offsite. */
async function openLog(build: (w: Workspace) => Workspace = withDecisionLog) {
  const path = main.seed({ name: 'Q1 Offsite' });
  const app = await renderApp();
  await act(() => workspaceActions.openRecent(path));
  act(() => {
    documentActions.edit(build);
  });
  await app.user.click(screen.getByRole('tab', { name: 'Decisions' }));
  return { ...app, path };
}

const current = () => useDocument.getState().current!.workspace;
const decision = (what: string) => current().decisions.find((d) => d.what === what)!;
const entry = (what: string) => screen.getByRole('article', { name: new RegExp(`: ${what}$`) });
const shownEntries = () => screen.getAllByRole('article').map((a) => a.getAttribute('aria-label'));

describe('the Decisions tab', () => {
  it('saves an edited rationale to the workspace and to disk', async () => {
    const { user, path } = await openLog();
    const why = within(entry('Drop “Partner portal”')).getByLabelText('Why');
    await user.clear(why);
    await user.type(why, 'Partners resell under 2% of revenue');
    await user.tab();
    expect(decision('Drop “Partner portal”').why).toBe('Partners resell under 2% of revenue');
    await act(() => documentActions.flush());
    expect(main.onDisk(path)!.decisions.find((d) => d.id === 'decision-4')!.why).toBe(
      'Partners resell under 2% of revenue',
    );
  });

  it('saves what is typed after a short pause, without leaving the field', async () => {
    const { user } = await openLog();
    const dissent = within(entry('Commit to “Enterprise SSO”')).getByLabelText('Dissent');
    await user.type(dissent, 'Aiko: support needs one more hire');
    expect(decision('Commit to “Enterprise SSO”').dissent).toBe('');
    await act(() => new Promise((resolve) => setTimeout(resolve, 900)));
    expect(document.activeElement).toBe(dissent);
    expect(decision('Commit to “Enterprise SSO”').dissent).toBe('Aiko: support needs one more hire');
  });

  it('refuses an empty “what” with the reason beside it and keeps the saved text; Esc puts it back', async () => {
    const { user } = await openLog();
    const what = within(entry('Freeze hiring outside EU and SSO')).getByLabelText<HTMLInputElement>(
      'What was decided',
    );
    await user.clear(what);
    await user.tab();
    expect(screen.getByRole('alert').textContent).toContain('Say what was decided.');
    expect(what.getAttribute('aria-invalid')).toBe('true');
    expect(current().decisions.some((d) => d.what === 'Freeze hiring outside EU and SSO')).toBe(true);
    await user.click(what);
    await user.keyboard('{Escape}');
    expect(what.value).toBe('Freeze hiring outside EU and SSO');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('refuses to clear a decision’s date, and saves a new one', async () => {
    const { user } = await openLog();
    const date = within(entry('Monthly alignment check-in')).getByLabelText<HTMLInputElement>('Date');
    await user.click(date);
    fireEvent.change(date, { target: { value: '' } });
    await user.click(screen.getByRole('heading', { name: 'Decision log' }));
    expect(screen.getByRole('alert').textContent).toContain('A decision needs a date.');
    expect(decision('Monthly alignment check-in').date).toBe('2027-01-12');
    await user.click(date);
    fireEvent.change(date, { target: { value: '2027-01-19' } });
    await user.click(screen.getByRole('heading', { name: 'Decision log' }));
    expect(decision('Monthly alignment check-in').date).toBe('2027-01-19');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('adds an action item with a due date under its decision', async () => {
    const { user } = await openLog();
    const row = entry('Defer “New pricing”');
    await user.click(within(row).getByRole('button', { name: '+ Add action item' }));
    const form = within(row).getByRole('form', { name: 'Add action item for Defer “New pricing”' });
    await user.type(within(form).getByLabelText('New action'), 'Run EU price tests');
    await user.type(within(form).getByLabelText('New action owner'), 'Ravi Menon');
    fireEvent.change(within(form).getByLabelText('New action due date'), { target: { value: '2027-02-28' } });
    await user.click(within(form).getByRole('button', { name: 'Add' }));
    expect(current().actionItems.at(-1)).toMatchObject({
      text: 'Run EU price tests',
      owner: 'Ravi Menon',
      due: '2027-02-28',
      status: 'open',
      decisionId: decision('Defer “New pricing”').id,
    });
    const items = within(row).getAllByTestId('action-item');
    expect(within(items.at(-1)!).getByLabelText<HTMLInputElement>('Due').value).toBe('2027-02-28');
  });

  it('an action item without words is refused and nothing is added', async () => {
    const { user } = await openLog();
    const before = current().actionItems.length;
    const section = screen.getByRole('region', { name: 'Action items without a decision' });
    await user.click(within(section).getByRole('button', { name: '+ Add action item' }));
    await user.type(within(section).getByLabelText('New action'), '   ');
    await user.click(within(section).getByRole('button', { name: 'Add' }));
    expect(within(section).getByRole('alert').textContent).toBe('Say what needs doing.');
    expect(current().actionItems).toHaveLength(before);
  });

  it('filters by kind, with a count for each kind, and by words', async () => {
    const { user } = await openLog();
    expect(shownEntries()).toHaveLength(12);
    await user.click(screen.getByRole('button', { name: 'Drop 2' }));
    expect(shownEntries()).toEqual(['Drop: Drop “Partner portal”', 'Drop: Drop the offsite survey tool']);
    expect(screen.getByText('Showing 2 of 12')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'All 12' }));
    await user.type(screen.getByRole('searchbox', { name: 'Search the log' }), 'lena');
    expect(shownEntries()).toEqual(['Drop: Drop “Partner portal”', 'Defer: Defer “New pricing”']);
    await user.click(screen.getByRole('button', { name: 'Commit 4' }));
    expect(screen.getByText('No decision matches.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Show all' }));
    expect(shownEntries()).toHaveLength(12);
  });

  it('shows newest first, and oldest first on request', async () => {
    const { user } = await openLog();
    expect(shownEntries()[0]).toBe('Decision: One operational focus: EU launch');
    await user.click(screen.getByRole('button', { name: /Newest first/ }));
    expect(shownEntries()[0]).toBe('Drop: Drop the offsite survey tool');
  });

  it('adds a decision by hand, dated today, ready for its rationale', async () => {
    const { user } = await openLog();
    await user.type(screen.getByLabelText('New decision'), 'Cancel the Q2 roadshow');
    await user.click(screen.getByRole('button', { name: 'Add decision' }));
    expect(current().decisions.at(-1)).toMatchObject({
      kind: 'decision',
      what: 'Cancel the Q2 roadshow',
      date: localDay(new Date()),
    });
    const row = entry('Cancel the Q2 roadshow');
    expect(document.activeElement).toBe(within(row).getByLabelText('Why'));
  });

  it('deletes a decision with an Undo that brings it back, its action items with it', async () => {
    const { user } = await openLog();
    await user.click(screen.getByRole('button', { name: 'Delete decision “Commit to “Launch in the EU””' }));
    expect(screen.queryByRole('article', { name: /Launch in the EU”$/ })).toBeNull();
    expect(current().actionItems.find((a) => a.text === 'Hire an EU country lead')!.decisionId).toBeNull();
    const bar = screen.getAllByRole('status').find((s) => s.textContent.startsWith('Deleted'))!;
    expect(bar.textContent).toContain('Deleted decision “Commit to “Launch in the EU””');
    await user.click(within(bar).getByRole('button', { name: 'Undo' }));
    expect(current().actionItems.find((a) => a.text === 'Hire an EU country lead')!.decisionId).toBe(
      'decision-1',
    );
    expect(within(entry('Commit to “Launch in the EU”')).getAllByTestId('action-item')).toHaveLength(2);
    expect(screen.queryByText(/Deleted decision/)).toBeNull();
  });

  it('links and unlinks cards; a deleted card is no longer shown', async () => {
    const { user } = await openLog();
    const row = entry('Freeze hiring outside EU and SSO');
    await user.selectOptions(within(row).getByLabelText('Link a card'), 'Hire a CFO');
    expect(decision('Freeze hiring outside EU and SSO').priorityIds).toEqual(['card-2']);
    const chips = () =>
      within(entry('Commit to “Launch in the EU”')).getByRole('list', { name: 'Linked cards' });
    expect(within(chips()).getByText('Launch in the EU')).toBeTruthy();
    act(() => {
      documentActions.edit((w) => removePriority(w, 'card-1'));
    });
    expect(within(chips()).queryByText('Launch in the EU')).toBeNull();
    await user.click(within(row).getByRole('button', { name: 'Unlink “Hire a CFO”' }));
    expect(decision('Freeze hiring outside EU and SSO').priorityIds).toEqual([]);
  });

  it('changes an action item’s status and marks one overdue until it is done', async () => {
    const yesterday = localDay(new Date(Date.now() - 86_400_000));
    const { user } = await openLog((w) =>
      updateActionItem(withDecisionLog(w), 'action-6', { due: yesterday }),
    );
    const row = entry('Commit to “Hire a CFO”');
    const item = within(row).getByTestId('action-item');
    expect(within(item).getByText('Overdue')).toBeTruthy();
    await user.selectOptions(within(item).getByLabelText('Status'), 'Done');
    expect(current().actionItems.find((a) => a.id === 'action-6')!.status).toBe('done');
    expect(within(item).queryByText('Overdue')).toBeNull();
  });
});

describe('the decision log, read-only', () => {
  it('shows every field and offers nothing to edit', () => {
    const w = withDecisionLog(main.onDisk(main.seed())!);
    render(<DecisionLogView workspace={w} readOnly />);
    expect(screen.getAllByRole('article')).toHaveLength(12);
    // The only field is the search box: reading the log, not changing it.
    expect(screen.queryAllByRole('textbox').concat(screen.queryAllByRole('searchbox'))).toEqual([
      screen.getByRole('searchbox', { name: 'Search the log' }),
    ]);
    expect(screen.queryAllByRole('combobox')).toEqual([]);
    expect(screen.queryByRole('button', { name: /Delete|Add|Remove|Unlink/ })).toBeNull();
    const row = screen.getByRole('article', { name: 'Commit: Commit to “Launch in the EU”' });
    expect(row.textContent).toContain('Largest revenue upside; German pilot customers are waiting.');
    expect(row.textContent).toContain('Ravi: cash runway is tight until the raise closes');
    expect(row.textContent).toContain('14 Jan 2027');
    expect(within(row).getByRole('list', { name: 'Linked cards' }).textContent).toContain('Launch in the EU');
    expect(within(row).getAllByTestId('action-item')).toHaveLength(2);
  });
});
