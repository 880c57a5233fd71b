import { act, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { workspaceActions } from '../../src/renderer/src/features/workspaces';
import { installFakeApi, type FakeMain } from './fakeApi';
import { advance, renderApp, settle } from './renderApp';

let main: FakeMain;
beforeEach(() => {
  vi.useFakeTimers();
  main = installFakeApi();
});

async function openAndEdit() {
  const path = main.seed({ name: 'Q1 Offsite' });
  const app = await renderApp();
  await act(() => workspaceActions.openRecent(path));
  await app.user.type(screen.getByLabelText('Organisation'), ' Ltd');
  return { ...app, path };
}

describe('when a save fails, the user sees what happened and what to do (D2, D5, D6)', () => {
  it('a full disk shows a banner with the reason and a Try again that saves', async () => {
    const disk =
      'Could not save the workspace: the disk is full. Free some space; your previous version is untouched.';
    main.failNext('workspace:save', 'NO_SPACE', disk);
    const { user, path } = await openAndEdit();
    await advance(2000);
    const banner = screen
      .getAllByRole('alert')
      .find((a) => a.textContent?.includes('Your last changes are not saved'));
    expect(banner?.textContent).toContain(disk);
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await settle();
    expect(main.onDisk(path)?.organisation).toBe('Acme Corp Ltd');
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
    expect(screen.getByTestId('save-status').textContent).toBe('Saved');
  });

  it('a file changed elsewhere opens the conflict choices instead of overwriting', async () => {
    main.failNext(
      'workspace:save',
      'CONFLICT',
      'The workspace file was changed outside Offsite since it was opened.',
    );
    await openAndEdit();
    await advance(2000);
    const dialog = screen.getByRole('dialog', { name: 'This workspace was changed outside Offsite' });
    for (const choice of ['Compare', 'Use their version', 'Keep mine as a copy']) {
      expect(within(dialog).getByRole('button', { name: choice })).toBeTruthy();
    }
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull(); // the dialog is the way forward
  });

  it('a lock taken over elsewhere turns the window read-only with the reason', async () => {
    const reason = 'Another Offsite took over this workspace while this one was not responding.';
    main.failNext('workspace:save', 'LOCKED', reason);
    const { user } = await openAndEdit();
    await advance(2000);
    expect(screen.getByText('Read-only.').closest('.banner')?.textContent).toContain(reason);
    expect(screen.getByLabelText<HTMLInputElement>('Organisation').disabled).toBe(true);
    await user.click(screen.getByRole('button', { name: '← Home' })); // leaving is never blocked
    await settle();
    expect(screen.getByText('Recent workspaces')).toBeTruthy();
  });

  it('edits stranded by a lost lock can still be kept: "Save my changes as a copy…" sends them', async () => {
    main.failNext(
      'workspace:save',
      'LOCKED',
      'The workspace folder was moved, renamed or deleted while it was open.',
    );
    const { user } = await openAndEdit();
    await advance(2000);
    const banner = screen.getByText('Read-only.').closest('.banner')!;
    await user.click(
      within(banner as HTMLElement).getByRole('button', { name: 'Save my changes as a copy…' }),
    );
    await settle();
    const sent = main.requestsTo('workspace:saveCopy');
    expect(sent).toHaveLength(1);
    expect(sent[0]!.workspace.organisation).toBe('Acme Corp Ltd');
  });

  it('a workspace opened read-only with nothing edited offers no copy button', async () => {
    const path = main.seed({ name: 'Theirs', readOnlyReason: 'Dana has it open on another laptop.' });
    await renderApp();
    await act(() => workspaceActions.openRecent(path));
    expect(screen.getByText('Read-only.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Save my changes as a copy…' })).toBeNull();
  });
});
