import { act, fireEvent, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { workspaceActions } from '../../../src/renderer/src/features/workspaces';
import { installFakeApi, type FakeMain } from '../fakeApi';
import { renderApp, settle } from '../renderApp';

let main: FakeMain;
beforeEach(() => {
  main = installFakeApi();
});

async function openPriorities() {
  const path = main.seed({ name: 'Q1 Offsite', participants: [{ name: 'Ana' }, { name: 'Ben' }] });
  const app = await renderApp();
  await act(() => workspaceActions.openRecent(path));
  await app.user.click(screen.getByRole('tab', { name: 'Priorities' }));
  return app;
}

const titles = () => screen.queryAllByLabelText<HTMLInputElement>('Priority title').map((i) => i.value);

async function importFile(text: string) {
  const input = screen.getByLabelText<HTMLInputElement>('CSV file of priorities');
  const file = new File([text], 'priorities.csv', { type: 'text/csv' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
  await settle();
  await settle();
}

describe('the Priorities tab', () => {
  it('adds pasted lines (Ctrl+Enter), dropping bullets and duplicates', async () => {
    const { user } = await openPriorities();
    await user.type(
      screen.getByLabelText('New priorities, one per line'),
      '- Launch EU{Enter}2. Hire CFO{Enter}launch eu',
    );
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(titles()).toEqual(['Launch EU', 'Hire CFO']);
  });

  it('a CSV with a bad row names the row and the reason, and imports nothing', async () => {
    await openPriorities();
    await importFile('title,impact\nLaunch EU,8\nHire CFO,eleven\n');
    expect(screen.getByRole('alert').textContent).toBe(
      'Row 3: Impact must be a number from 0 to 10, not “eleven”. Nothing was imported.',
    );
    expect(titles()).toEqual([]);
    await importFile('title,impact\nLaunch EU,8\nHire CFO,6\n');
    expect(titles()).toEqual(['Launch EU', 'Hire CFO']);
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
