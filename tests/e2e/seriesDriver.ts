import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { castBallot, createRound, revealRound } from '../../src/shared/domain/rounds';
import { Workspace } from '../../src/shared/domain/workspace';

/** Steps of a quarter series as the e2e suites drive and seed them. */
const STEP = { timeout: 15_000 };

/** A quarter's workspace as saved in its folder. */
export const readWorkspace = async (dir: string) =>
  Workspace.parse(JSON.parse(await readFile(join(dir, 'workspace.json'), 'utf8')));

/** "Next quarter…" on the Setup tab, with the suggested name, period and label; the new quarter opens. */
export async function nextQuarter(page: Page, expectedName: string): Promise<void> {
  await page.getByRole('tab', { name: 'Setup' }).click(STEP);
  await page.getByRole('button', { name: 'Next quarter…' }).click(STEP);
  const dialog = page.getByRole('dialog', { name: 'Next quarter' });
  expect(await dialog.getByLabel('Name').inputValue()).toBe(expectedName);
  await dialog.getByRole('button', { name: 'Create and open' }).click(STEP);
  await page.getByRole('heading', { level: 1, name: expectedName }).waitFor(STEP);
}

export /**
 * Q2 as its offsite left it: the five carried participants ranked its three carried
 * priorities and committed to all three, the SOC 2 audit brought forward to Next, and the
 * deck graded last quarter's three commitments (done, done, missed).
 */
function afterOffsite(q2: Workspace): Workspace {
  const at = new Date('2027-04-20T09:00:00Z');
  const ids = q2.priorities.map((p) => p.id);
  const committed = {
    ...q2,
    priorities: q2.priorities.map((p) => ({
      ...p,
      status: 'committed' as const,
      horizon: p.horizon === 'later' ? ('next' as const) : p.horizon,
    })),
  };
  let w = createRound(
    committed,
    { question: 'What matters most?', method: 'order', itemIds: ids },
    'q2-round',
    at,
  );
  const orders = [
    [0, 1, 2],
    [0, 2, 1],
    [0, 1, 2],
    [1, 0, 2],
    [0, 1, 2],
  ];
  orders.forEach((order, i) => {
    const tiers = order.map((k) => [ids[k]!]);
    w = castBallot(w, 'q2-round', q2.participants[i]!.id, { kind: 'order', tiers }, at);
  });
  w = revealRound(w, 'q2-round', at);
  const grades = ['done', 'done', 'missed'] as const;
  const rows = q2.carriedIn!.commitments.map((c, i) => ({
    id: `row-${i}`,
    commitment: c.title,
    owner: c.owner,
    grade: grades[i]!,
    comment: '',
  }));
  const section = { id: 'review', type: 'commitments-review', title: 'Last quarter', markdown: '', rows };
  return Workspace.parse({ ...w, deck: { templateId: null, confidential: false, sections: [section] } });
}
