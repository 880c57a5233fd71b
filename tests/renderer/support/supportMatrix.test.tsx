import { act, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useDocument } from '../../../src/renderer/src/document';
import { supportView } from '../../../src/renderer/src/features/support';
import { workspaceActions } from '../../../src/renderer/src/features/workspaces';
import { installFakeApi, type FakeMain } from '../fakeApi';
import { renderApp } from '../renderApp';

let main: FakeMain;
beforeEach(() => {
  main = installFakeApi();
});
afterEach(() => supportView.close());

const PEOPLE = [
  { name: 'Dana', department: 'Sales' },
  { name: 'Сергей', department: 'Sales' },
  { name: '李明', department: 'Finance' },
  { name: 'Aiko', department: 'Finance' },
  { name: 'Omar', department: 'Engineering' },
];

async function openRankingTab(readOnlyReason?: string) {
  const path = main.seed({
    name: 'Q1 Offsite',
    participants: PEOPLE,
    ...(readOnlyReason ? { readOnlyReason } : {}),
  });
  const app = await renderApp();
  await act(() => workspaceActions.openRecent(path));
  await app.user.click(screen.getByRole('tab', { name: 'Ranking' }));
  return app;
}

const check = () => useDocument.getState().current!.workspace.supportChecks[0]!;
const status = () => within(screen.getByRole('region', { name: 'Rating' })).getByRole('status').textContent;
type User = Awaited<ReturnType<typeof renderApp>>['user'];

/** Picks a name, keeps or picks the department, then scores the others by name. */
async function rate(user: User, name: string, scores: Record<string, number>, own?: string) {
  await user.click(screen.getByRole('button', { name: `${name}: rate now` }));
  const dialog = screen.getByRole('dialog', { name: `Private ratings for ${name}` });
  // Never prefilled with scores: whoever had the laptop before left nothing chosen.
  expect(within(dialog).queryAllByRole('button', { pressed: true })).toEqual([]);
  if (own) await user.click(within(dialog).getByRole('radio', { name: own }));
  for (const [giver, score] of Object.entries(scores)) {
    const group = within(dialog).getByRole('group', { name: `Support from ${giver}` });
    await user.click(within(group).getAllByRole('button')[score - 1]!);
  }
  await user.click(within(dialog).getByRole('button', { name: 'Submit my ratings' }));
}

describe('the department support matrix on the Ranking tab', () => {
  it('starts from the participants’ departments, warns of a single rater, and takes private ratings', async () => {
    const { user } = await openRankingTab();
    await user.click(screen.getByRole('button', { name: 'New support matrix' }));
    const inputs = screen.getAllByRole('textbox', { name: /^Department \d/ });
    expect(inputs.map((i) => (i as HTMLInputElement).value)).toEqual(['Sales', 'Finance', 'Engineering']);
    expect(
      within(screen.getByRole('dialog', { name: 'New support matrix' })).getByRole('status').textContent,
    ).toMatch(/^Only one executive is in Engineering/);
    await user.click(screen.getByRole('button', { name: 'Start the support matrix' }));
    expect(check()).toMatchObject({ anonymous: true, departments: ['Sales', 'Finance', 'Engineering'] });
    expect(status()).toBe(
      '0 of 5 have rated. Ratings stay hidden until the reveal, and are never linked to a name.',
    );

    await user.click(screen.getByRole('button', { name: 'Dana: rate now' }));
    // Her own department comes from her participant record, and is not rated.
    expect(screen.getByRole('radio', { name: 'Sales' }).getAttribute('aria-checked')).toBe('true');
    expect(screen.queryByRole('group', { name: 'Support from Sales' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));

    await rate(user, 'Dana', { Finance: 2, Engineering: 4 });
    expect(status()).toMatch(/^Thanks, Dana: your ratings are in\. 1 of 5 have rated/);
    expect(screen.getByRole('button', { name: 'Dana: has rated' })).toHaveProperty('disabled', true);
    expect(check().ratings).toEqual([
      { receiver: 'Sales', giver: 'Engineering', score: 4 },
      { receiver: 'Sales', giver: 'Finance', score: 2 },
    ]);
  });

  it('reveals a heatmap whose cells print the mean and n, giver by row, and link a pair’s two cells', async () => {
    const { user } = await openRankingTab();
    await user.click(screen.getByRole('button', { name: 'New support matrix' }));
    await user.click(screen.getByRole('button', { name: 'Start the support matrix' }));
    // Sales raters: Finance's support 1 and 2 → Finance → Sales 1.5, n 2.
    await rate(user, 'Dana', { Finance: 1 });
    await rate(user, 'Сергей', { Finance: 2 });
    // Finance raters: Sales's support 5 and 4 → Sales → Finance 4.5, n 2. Gap 3.0.
    await rate(user, '李明', { Sales: 5 });
    await rate(user, 'Aiko', { Sales: 4 });
    await user.click(screen.getByRole('button', { name: 'Reveal results' }));
    expect(screen.getByRole('alert').textContent).toMatch(/1 person has not rated yet \(Omar\)/);
    await user.click(screen.getByRole('button', { name: 'Reveal now' }));

    const table = screen.getByRole('table');
    expect(table.textContent).toContain('gives support →');
    expect(table.textContent).toContain('as rated by');
    const financeGivesSales = within(table).getByLabelText(
      'Finance gives Sales 1.5 out of 5, as 2 from Sales rated it',
    );
    expect(financeGivesSales.textContent).toBe('1.5n = 2');
    const salesGivesFinance = within(table).getByLabelText(
      'Sales gives Finance 4.5 out of 5, as 2 from Finance rated it',
    );
    // The row is the giver: Finance's row, Sales's column.
    expect(financeGivesSales.closest('tr')!.querySelector('th')!.textContent).toBe('Finance');

    await user.hover(financeGivesSales);
    expect(salesGivesFinance.className).toContain('support-cell-linked');
    expect(financeGivesSales.className).toContain('support-cell-linked');
    await user.unhover(financeGivesSales);
    expect(salesGivesFinance.className).not.toContain('support-cell-linked');

    const findings = screen.getByRole('complementary', { name: 'What the matrix says' });
    expect(findings.textContent).toContain(
      'Sales is rated 4.5 for the support it gives Finance, but Finance only 1.5 for the support it gives back.',
    );
    expect(within(findings).getByRole('listitem').textContent).toMatch(/^3\.0 apart/);
  });

  it('refuses to start with fewer than two departments, in words, and changes nothing', async () => {
    const { user } = await openRankingTab();
    await user.click(screen.getByRole('button', { name: 'New support matrix' }));
    await user.click(screen.getByRole('button', { name: 'Remove Finance' }));
    await user.click(screen.getByRole('button', { name: 'Remove Engineering' }));
    await user.click(screen.getByRole('button', { name: 'Start the support matrix' }));
    expect(screen.getByRole('alert').textContent).toMatch(/List at least two departments/);
    expect(useDocument.getState().current!.workspace.supportChecks).toEqual([]);
  });

  it('read-only shows no way to start one', async () => {
    await openRankingTab('Opened read-only: another window has it.');
    expect(screen.getByRole('region', { name: 'Support matrices' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'New support matrix' })).toBeNull();
  });
});
