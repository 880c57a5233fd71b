import { act, fireEvent, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { workspaceActions } from '../../../src/renderer/src/features/workspaces';
import { installFakeApi, type FakeMain } from '../fakeApi';
import { renderApp, settle } from '../renderApp';
import { documentActions } from '../../../src/renderer/src/document';

let main: FakeMain;
let path: string;
beforeEach(() => {
  main = installFakeApi();
});

async function openPriorities() {
  path = main.seed({ name: 'Q1 Offsite', participants: [{ name: 'Ana' }, { name: 'Ben' }] });
  const app = await renderApp();
  await act(() => workspaceActions.openRecent(path));
  await app.user.click(screen.getByRole('tab', { name: 'Priorities' }));
  return app;
}

const panel = () => screen.getByRole('region', { name: 'Candidate priorities' });
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
  it('counts the list as people say it: “1 item”, “2 items”', async () => {
    const { user } = await openPriorities();
    const field = screen.getByLabelText('New priorities, one per line');
    await user.type(field, 'Launch in the EU');
    await user.click(within(panel()).getByRole('button', { name: 'Add' }));
    expect(within(panel()).getByText('1 item')).toBeTruthy();
    await user.type(field, 'Hire a CFO');
    await user.click(within(panel()).getByRole('button', { name: 'Add' }));
    expect(within(panel()).getByText('2 items')).toBeTruthy();
  });

  it('adds pasted lines (Ctrl+Enter), dropping bullets, and says which duplicates were skipped', async () => {
    const { user } = await openPriorities();
    await user.type(
      screen.getByLabelText('New priorities, one per line'),
      '- Launch EU{Enter}2. Hire CFO{Enter}launch eu',
    );
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(titles()).toEqual(['Launch EU', 'Hire CFO']);
    expect(within(panel()).getByRole('status').textContent).toBe(
      '“launch eu” is already in the list — skipped.',
    );
  });

  it('refuses a pasted title over the limit, naming its line, keeps it to shorten, and still saves', async () => {
    const { user } = await openPriorities();
    const long = `Office in Lisbon for the southern sales team ${'and more '.repeat(30)}`.trim();
    const box = screen.getByLabelText<HTMLTextAreaElement>('New priorities, one per line');
    fireEvent.change(box, { target: { value: `Launch EU\n\n${long}\nHire CFO` } });
    await user.click(screen.getByRole('button', { name: 'Add' }));
    expect(titles()).toEqual(['Launch EU', 'Hire CFO']);
    expect(screen.getByRole('alert').textContent).toBe(
      `Line 3, “Office in Lisbon for the southern…”: the title is ${long.length} characters; at most 200. Shorten it and add it again.`,
    );
    expect(box.value).toBe(long);
    await act(() => documentActions.flush());
    expect(main.onDisk(path)?.priorities.map((p) => p.title)).toEqual(['Launch EU', 'Hire CFO']);
  });

  it('a CSV file is previewed with its columns and rows, then imported with a count of what was skipped', async () => {
    const { user } = await openPriorities();
    await importFile(
      'Priority Name;Owner;Dept.;Impact;Budget\nLaunch EU;Lena;Sales;8;2M\n;Dana;Ops;3;\nHire CFO;Dana;Finance;6;\nData platform;Ravi;IT;eleven;\n',
    );
    const preview = screen.getByRole('region', { name: 'Import “priorities.csv”' });
    expect(within(preview).getByText('A semicolon-separated file with a header row.')).toBeTruthy();
    const mapping = within(preview).getByRole('list', { name: 'Columns' });
    expect(
      within(mapping)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Priority Name → Title',
      'Owner → Owner',
      'Dept. → Department',
      'Impact → Impact',
      'Budget → not imported',
    ]);
    expect(within(preview).getByText('no title')).toBeTruthy();
    expect(titles()).toEqual([]); // nothing changes before the user confirms
    await user.click(within(preview).getByRole('button', { name: 'Import 2 priorities' }));
    expect(titles()).toEqual(['Launch EU', 'Hire CFO']);
    expect(within(panel()).getByRole('status').textContent).toBe(
      'Imported 2, skipped 2 (row 3: no title; row 5: impact “eleven” is not a number from 0 to 10).',
    );
    expect(screen.queryByRole('region', { name: /Import/ })).toBeNull();
  });

  it('marks titles already on the list in the preview, and Cancel imports nothing', async () => {
    const { user } = await openPriorities();
    await importFile('Initiative\tOwner\nLaunch EU\tLena\n');
    await user.click(screen.getByRole('button', { name: 'Import 1 priority' }));
    await importFile('Initiative\tOwner\nLaunch EU\tLena\nHire CFO\tDana\n');
    const preview = screen.getByRole('region', { name: 'Import “priorities.csv”' });
    expect(within(preview).getByText('already in the list — skipped')).toBeTruthy();
    expect(within(preview).getByText('A tab-separated file with a header row.')).toBeTruthy();
    await user.click(within(preview).getByRole('button', { name: 'Cancel' }));
    expect(titles()).toEqual(['Launch EU']);
  });

  it('calls a binary file "not a CSV file" and imports nothing', async () => {
    await openPriorities();
    await importFile('PK\u0003\u0004\u0014\u0000\u0006\u0000\b\u0000\u0000\u0000!\u0000[Content_Types].xml');
    expect(screen.getByRole('alert').textContent).toMatch(/^“priorities.csv”: This is not a CSV file/);
    expect(screen.queryByRole('region', { name: /Import/ })).toBeNull();
    expect(titles()).toEqual([]);
  });
});
