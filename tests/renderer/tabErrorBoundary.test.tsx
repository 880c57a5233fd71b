import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { workspaceActions } from '../../src/renderer/src/features/workspaces';
import { WorkspaceScreen } from '../../src/renderer/src/features/workspaces/views';
import { installFakeApi, type FakeMain } from './fakeApi';
import { DomainError } from '../../src/shared/domain/domainError';
import { RoundError } from '../../src/shared/domain/rounds';
import { useDocument, documentActions } from '../../src/renderer/src/document';

let main: FakeMain;
let quiet: { mockRestore: () => void };
beforeEach(() => {
  main = installFakeApi();
  // React and the boundary report the crash on the console, as they should; not here.
  quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => quiet.mockRestore());

/** A tab with a bug that can be switched off, as a fix or a changed document would. */
let broken = true;
function Fragile() {
  if (broken) throw new Error('Cannot read properties of undefined (reading "tiers")');
  return <p>The fragile tab, drawn.</p>;
}
const TABS = [
  { id: 'fragile', label: 'Ranking', render: () => <Fragile /> },
  { id: 'calm', label: 'Board', render: () => <p>The board, drawn.</p> },
];

describe('a tab that throws while drawing', () => {
  it('shows a plain message and a reload button in that tab only; the document and the other tabs are untouched', async () => {
    const path = main.seed({ name: 'Q1 2027 Leadership Offsite' });
    await act(() => workspaceActions.openRecent(path));
    const user = userEvent.setup();
    render(<WorkspaceScreen tabs={TABS} />);
    documentActions.edit((w) => ({ ...w, organisation: 'Northwind Ltd' }));
    const before = useDocument.getState().current!.workspace;

    broken = true;
    await user.click(screen.getByRole('tab', { name: 'Ranking' }));
    const alert = screen.getByRole('alert', { name: 'Ranking stopped' });
    expect(alert.textContent).toMatch(/The Ranking tab stopped working/);
    expect(alert.textContent).toMatch(/Your workspace is safe/);
    // The header, the tabs and the document are all still there.
    expect(screen.getByRole('heading', { level: 1, name: 'Q1 2027 Leadership Offsite' })).toBeTruthy();
    expect(useDocument.getState().current!.workspace).toBe(before);

    // Another tab works; coming back gives the tab a fresh start.
    await user.click(screen.getByRole('tab', { name: 'Board' }));
    expect(screen.getByText('The board, drawn.')).toBeTruthy();
    await user.click(screen.getByRole('tab', { name: 'Ranking' }));
    expect(screen.getByRole('alert', { name: 'Ranking stopped' })).toBeTruthy();

    // Once whatever broke it is gone, "Reload this tab" draws it again.
    broken = false;
    await user.click(screen.getByRole('button', { name: 'Reload this tab' }));
    expect(screen.getByText('The fragile tab, drawn.')).toBeTruthy();
    expect(screen.queryByRole('alert', { name: 'Ranking stopped' })).toBeNull();
    expect(useDocument.getState().current!.workspace.organisation).toBe('Northwind Ltd');
  });
});

describe('an edit the domain refuses', () => {
  it('is told in a notice from any screen, or given back to a screen that shows it in place; nothing changes', async () => {
    const path = main.seed({ name: 'Refusals' });
    await act(() => workspaceActions.openRecent(path));
    const before = useDocument.getState().current!.workspace;
    const refuse = () => {
      throw new RoundError('This round is revealed: ballots can no longer change.');
    };
    expect(documentActions.edit(refuse)).toBe(false);
    expect(useDocument.getState().notice).toMatchObject({
      tone: 'error',
      title: 'Not changed',
      message: 'This round is revealed: ballots can no longer change.',
    });
    documentActions.dismissNotice();
    expect(documentActions.tryEdit(refuse)).toBe('This round is revealed: ballots can no longer change.');
    expect(useDocument.getState().notice).toBeNull();
    expect(useDocument.getState().current!.workspace).toBe(before);
    // Anything else thrown is a bug: it is not dressed up as a refusal.
    expect(() =>
      documentActions.edit(() => {
        throw new TypeError('a bug');
      }),
    ).toThrow(TypeError);
    expect(new RoundError('x')).toBeInstanceOf(DomainError);
  });
});
