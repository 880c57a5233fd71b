import { act, fireEvent, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { workspaceActions } from '../../src/renderer/src/features/workspaces';
import { installFakeApi, type FakeMain } from './fakeApi';
import { advance, renderApp } from './renderApp';
import { documentActions } from '../../src/renderer/src/document';

let main: FakeMain;
beforeEach(() => {
  vi.useFakeTimers();
  main = installFakeApi();
});

const rows = () => screen.queryAllByTestId('participant-row');

describe('undo and redo of workspace edits', () => {
  it('Ctrl+Z outside a text field undoes the last edit, Ctrl+Shift+Z redoes it, and both are saved', async () => {
    const path = main.seed({ name: 'Q1 Offsite', participants: [{ name: 'Ana' }, { name: 'Ben' }] });
    const { user } = await renderApp();
    await act(() => workspaceActions.openRecent(path));
    await user.click(screen.getByRole('button', { name: 'Remove Ben' }));
    expect(rows()).toHaveLength(1);

    fireEvent.keyDown(document.body, { key: 'z', ctrlKey: true });
    expect(rows()).toHaveLength(2);
    await advance(2000);
    expect(main.onDisk(path)?.participants.map((p) => p.name)).toEqual(['Ana', 'Ben']);

    fireEvent.keyDown(document.body, { key: 'Z', ctrlKey: true, shiftKey: true });
    expect(rows()).toHaveLength(1);
    await advance(2000);
    expect(main.onDisk(path)?.participants.map((p) => p.name)).toEqual(['Ana']);
  });

  it('leaves Ctrl+Z inside a text field to the field itself', async () => {
    const path = main.seed({ name: 'Q1 Offsite', participants: [{ name: 'Ana' }, { name: 'Ben' }] });
    const { user } = await renderApp();
    await act(() => workspaceActions.openRecent(path));
    await user.click(screen.getByRole('button', { name: 'Remove Ben' }));
    const organisation = screen.getByLabelText('Organisation');
    fireEvent.keyDown(organisation, { key: 'z', ctrlKey: true });
    expect(rows()).toHaveLength(1); // the workspace edit was not undone
  });

  it('forgets the history when another workspace is opened', async () => {
    const first = main.seed({ name: 'First', participants: [{ name: 'Ana' }] });
    const second = main.seed({ name: 'Second', participants: [{ name: 'Cy' }] });
    const { user } = await renderApp();
    await act(() => workspaceActions.openRecent(first));
    await user.click(screen.getByRole('button', { name: 'Remove Ana' }));
    await act(() => workspaceActions.close());
    await act(() => workspaceActions.openRecent(second));
    expect(documentActions.canUndo()).toBe(false);
    fireEvent.keyDown(document.body, { key: 'z', ctrlKey: true });
    expect(rows()).toHaveLength(1);
  });
});
