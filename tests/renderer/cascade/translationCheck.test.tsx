import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { documentActions } from '../../../src/renderer/src/document';
import { replyText, type BallotFileData } from '../../../src/shared/domain/translation';
import { decodeWorkspace } from '../../../src/shared/domain/workspace';
import type { RequestOf } from '../../../src/shared/ipc/contract';
import type { ReplyFileRead } from '../../../src/shared/ipc/translationContract';
import { installFakeApi, type FakeMain } from '../fakeApi';
import { current, openCascade } from './openCascade';

/**
 * The translation check on the Cascade tab: ballot files for a department are made in
 * the document and written by main; replies read by main are counted in the document,
 * and what happened is said beside the button; the results show per department.
 */

/** The v9 fixture: two committed priorities, a revealed leadership round, three departments. */
function v9() {
  const text = readFileSync(join(import.meta.dirname, '../../fixtures/workspace/v9.json'), 'utf8');
  const decoded = decodeWorkspace(text);
  if (!decoded.ok) throw new Error(decoded.message);
  return decoded.workspace;
}

let main: FakeMain;
let written: Array<RequestOf<'translation:writeBallotFiles'>>;
let folderAnswer: 'write' | 'cancel';
let replies: ReplyFileRead[];

beforeEach(() => {
  main = installFakeApi();
  written = [];
  folderAnswer = 'write';
  replies = [];
  const api = window.api;
  window.api = {
    ...api,
    translation: {
      writeBallotFiles: (request) => {
        written.push(request);
        return Promise.resolve({
          ok: true,
          value:
            folderAnswer === 'write' ? { folder: '/home/ada/Ballots', written: request.files.length } : null,
        });
      },
      readReplyFolder: () => Promise.resolve({ ok: true, value: replies }),
    },
  };
});

async function openWithoutChecks() {
  const app = await openCascade(main);
  const fixture = v9();
  act(() => {
    documentActions.edit((w) => ({ ...fixture, id: w.id, name: w.name, translationChecks: [] }));
  });
  return app;
}

const panel = () => screen.getByRole('region', { name: 'Translation check' });
const sales = () => within(panel()).getByRole('listitem', { name: 'Ballots for Sales' });

describe('the translation check on the Cascade tab', () => {
  it('starts a check with the usual question against the revealed round, and writes named ballot files', async () => {
    const { user } = await openWithoutChecks();
    const form = within(panel()).getByRole('form', { name: 'New translation check' });
    expect(within(form).getByLabelText('Question')).toHaveProperty(
      'value',
      'In what order should your team work on the company’s priorities?',
    );
    // Only the revealed round can be compared with; the open one is not offered.
    const rounds = within(form).getByLabelText<HTMLSelectElement>('Compare with the leadership’s round');
    expect([...rounds.options].map((o) => o.value)).toEqual(['r1']);
    await user.click(within(form).getByRole('button', { name: 'Start the translation check' }));
    expect(current().translationChecks).toHaveLength(1);

    await user.type(
      within(sales()).getByLabelText('Respondents in Sales, one a line'),
      'Ana Silva{Enter}Ben Okoro',
    );
    await user.click(within(sales()).getByRole('button', { name: 'Make ballot files for Sales…' }));
    expect(await within(sales()).findByText('2 ballot files written to /home/ada/Ballots')).toBeTruthy();
    expect(written).toHaveLength(1);
    const files = written[0]!.files;
    expect(files.map((f) => f.fileName)).toEqual(['Sales - Ana Silva', 'Sales - Ben Okoro']);
    expect(files[0]!.data).toMatchObject({
      department: 'Sales',
      respondent: 'Ana Silva',
      roundId: current().translationChecks[0]!.id,
    });
    // The ballot file carries the priorities to rank, and nothing of the leadership's order.
    expect(files[0]!.data.items.map((i) => i.id).sort()).toEqual(['pr-eu', 'pr-sso']);
    expect(current().translationChecks[0]!.ballots.map((b) => b.respondent)).toEqual([
      'Ana Silva',
      'Ben Okoro',
    ]);
    expect(within(sales()).getByText('2 handed out · 0 replied')).toBeTruthy();
  });

  it('takes the ballots back when the folder dialog is cancelled, and says a refusal in words', async () => {
    const { user } = await openWithoutChecks();
    await user.click(within(panel()).getByRole('button', { name: 'Start the translation check' }));
    await user.click(within(sales()).getByRole('button', { name: 'Make ballot files for Sales…' }));
    expect(await within(sales()).findByText('Name at least one respondent.')).toBeTruthy();
    expect(written).toHaveLength(0);

    folderAnswer = 'cancel';
    await user.type(within(sales()).getByLabelText('Respondents in Sales, one a line'), 'Ana Silva');
    await user.click(within(sales()).getByRole('button', { name: 'Make ballot files for Sales…' }));
    expect(await within(sales()).findByText('No ballot files were written.')).toBeTruthy();
    expect(current().translationChecks[0]!.ballots).toEqual([]);
  });

  it('imports a folder of replies: counts the good ones, names each refused file, and shows the department’s reading', async () => {
    const { user } = await openWithoutChecks();
    await user.click(within(panel()).getByLabelText(/Anonymous ballots/));
    await user.click(within(panel()).getByRole('button', { name: 'Start the translation check' }));
    const count = within(sales()).getByLabelText('How many ballot files for Sales');
    await user.clear(count);
    await user.type(count, '2');
    await user.click(within(sales()).getByRole('button', { name: 'Make ballot files for Sales…' }));
    await within(sales()).findByText('2 ballot files written to /home/ada/Ballots');
    const [first, second] = written[0]!.files.map((f) => f.data) as [BallotFileData, BallotFileData];
    expect(first.respondent).toBeNull();
    const reply = (data: BallotFileData, order: string[]) =>
      replyText({
        workspaceId: data.workspaceId,
        roundId: data.roundId,
        token: data.token,
        submittedAt: '2027-02-03T10:00:00.000Z',
        order,
      });
    replies = [
      { name: 'Sales-1.offsite-reply.json', text: reply(first, ['pr-eu', 'pr-sso']) },
      { name: 'Sales-2.offsite-reply.json', text: reply(second, ['pr-eu', 'pr-sso']) },
      { name: 'broken.json', text: '{"format":"offsite-reply", "ver' },
      { name: 'huge.json', tooLarge: true },
    ];
    // Before any reply, no one in the heatmap has a number.
    expect(within(panel()).getAllByText('—').length).toBeGreaterThan(0);
    await user.click(within(panel()).getByRole('button', { name: 'Import replies from a folder…' }));
    const report = await within(panel()).findByRole('status', { name: 'Import report' });
    expect(report.textContent).toContain('2 replies counted in all.');
    expect(report.textContent).toMatch(/broken\.json: /);
    expect(report.textContent).toContain('huge.json: too large to be a reply file');
    expect(current().translationChecks[0]!.replies).toHaveLength(2);

    const row = within(panel()).getByRole('row', { name: 'Results for Sales' });
    const cells = within(row)
      .getAllByRole('cell')
      .map((c) => c.textContent);
    expect(cells[0]).toBe('2');
    // Sales puts the two priorities the other way round from the leadership (SSO first).
    expect(cells[1]).toMatch(/^−1\.00: runs against the leadership’s order$/);
    const heatmap = within(panel()).getByRole('table', { name: 'Places away from the leadership’s order' });
    const salesGaps = within(heatmap)
      .getAllByRole('row')
      .find((r) => r.textContent?.startsWith('Sales'))!;
    const gapCells = within(salesGaps).getAllByRole('cell');
    expect(gapCells.map((c) => c.textContent).sort()).toEqual(['+1.0', '−1.0']);
    expect(gapCells.every((c) => (c.getAttribute('title') ?? '').includes('Sales puts'))).toBe(true);
    // Engineering has had no ballots: its row says so with dashes, not with a colour.
    const engineering = within(heatmap)
      .getAllByRole('row')
      .find((r) => r.textContent?.startsWith('Engineering'))!;
    expect(
      within(engineering)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['—', '—']);
  });
});
