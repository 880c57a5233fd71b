import { act, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { workspaceActions } from '../../src/renderer/src/features/workspaces';
import type { BackupInfo } from '../../src/shared/ipc/contract';
import { ok } from '../../src/shared/ipc/result';
import { installFakeApi, type FakeMain } from './fakeApi';
import { advance, renderApp } from './renderApp';
import { useDocument, documentActions, RESTORED_NOTICE_MS } from '../../src/renderer/src/document';

let main: FakeMain;
beforeEach(() => {
  vi.useFakeTimers();
  main = installFakeApi();
});
afterEach(() => {
  vi.useRealTimers();
});

const BACKUP: BackupInfo = {
  id: 'b1',
  createdAt: '2027-01-14T09:30:00.000Z',
  size: 2048,
  reason: 'periodic',
  workspaceName: 'Strategy day',
  intact: true,
};

/** A workspace whose History holds one backup, from when the organisation was still empty. */
async function openWithBackup() {
  const path = main.seed({ name: 'Strategy day', organisation: 'Later edit' });
  const app = await renderApp();
  await act(() => workspaceActions.openRecent(path));
  // History and restore are main-process channels the shared fake leaves out.
  window.api.workspace.history = () => Promise.resolve(ok([BACKUP]));
  window.api.workspace.restoreBackup = () => {
    const opened = useDocument.getState().current!;
    return Promise.resolve(ok({ ...opened, workspace: { ...opened.workspace, organisation: '' } }));
  };
  return app;
}

async function restoreTheBackup(user: Awaited<ReturnType<typeof openWithBackup>>['user']) {
  await user.click(screen.getByRole('button', { name: 'History' }));
  const history = screen.getByRole('dialog', { name: 'History' });
  await user.click(await within(history).findByRole('button', { name: 'Restore…' }));
  await user.click(within(history).getByRole('button', { name: 'Restore this version' }));
  await advance(0);
}

describe('after restoring a backup', () => {
  it('the “Backup restored” notice goes away by itself', async () => {
    const { user } = await openWithBackup();
    await restoreTheBackup(user);
    expect(useDocument.getState().current!.workspace.organisation).toBe('');
    expect(screen.getByText('Backup restored')).toBeTruthy();
    expect(screen.queryByRole('dialog', { name: 'History' })).toBeNull();
    await advance(RESTORED_NOTICE_MS);
    expect(screen.queryByText('Backup restored')).toBeNull();
  }, 20_000);

  it('an edit not yet saved goes to disk before the restore, so the backup taken first holds it', async () => {
    const { user } = await openWithBackup();
    const order: string[] = [];
    const realSave = window.api.workspace.save;
    window.api.workspace.save = (request) => {
      order.push(`save ${request.workspace.period}`);
      return realSave(request);
    };
    const restore = window.api.workspace.restoreBackup;
    window.api.workspace.restoreBackup = (request) => {
      order.push('restore');
      return restore(request);
    };
    act(() => {
      documentActions.edit((w) => ({ ...w, period: 'FY2099' }));
    });
    // Restore straight away, before the autosave timer fires.
    await restoreTheBackup(user);
    expect(order).toEqual(['save FY2099', 'restore']);
  }, 20_000);

  it('History opens again on its list, not on the restore question just answered', async () => {
    const { user } = await openWithBackup();
    await restoreTheBackup(user);
    await user.click(screen.getByRole('button', { name: 'History' }));
    const history = screen.getByRole('dialog', { name: 'History' });
    expect(within(history).queryByRole('alertdialog', { name: 'Confirm restore' })).toBeNull();
    expect(within(history).queryByRole('button', { name: 'Restore this version' })).toBeNull();
  }, 20_000);
});
