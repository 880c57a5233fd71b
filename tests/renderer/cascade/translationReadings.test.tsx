import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { documentActions } from '../../../src/renderer/src/document';
import { decodeWorkspace } from '../../../src/shared/domain/workspace';
import { installFakeApi, type FakeMain } from '../fakeApi';
import { current, openCascade } from './openCascade';

/**
 * A translation check that asks the checkpoint questions: the new-check form offers them
 * (the leadership's latest checkpoint's), and the answers counted show per department beside
 * the leadership's. The v10 fixture: the leadership answered "same message" 4 and 5 (median
 * 4.5); Sales' one reply said 2, Engineering's 4.
 */
function v10() {
  const text = readFileSync(join(import.meta.dirname, '../../fixtures/workspace/v10.json'), 'utf8');
  const decoded = decodeWorkspace(text);
  if (!decoded.ok) throw new Error(decoded.message);
  return decoded.workspace;
}

let main: FakeMain;
beforeEach(() => {
  main = installFakeApi();
});

async function open(withChecks: boolean) {
  const app = await openCascade(main);
  const fixture = v10();
  act(() => {
    documentActions.edit((w) => ({
      ...fixture,
      id: w.id,
      name: w.name,
      translationChecks: withChecks ? fixture.translationChecks : [],
    }));
  });
  return app;
}

const panel = () => screen.getByRole('region', { name: 'Translation check' });

describe('the checkpoint questions in a translation check', () => {
  it('a new check asks the latest checkpoint’s questions unless the box is cleared', async () => {
    const { user } = await open(false);
    const form = within(panel()).getByRole('form', { name: 'New translation check' });
    const ask = within(form).getByRole('checkbox', { name: /Then ask the 3 checkpoint questions/ });
    expect(ask).toHaveProperty('checked', true);
    await user.click(within(form).getByRole('button', { name: 'Start the translation check' }));
    expect(current().translationChecks[0]!.questions.map((q) => q.id)).toEqual([
      'same-message',
      'departments-help',
      'shared-success',
    ]);
    await user.click(within(panel()).getByRole('button', { name: 'Start another check…' }));
    const again = within(panel()).getByRole('form', { name: 'New translation check' });
    await user.click(within(again).getByRole('checkbox', { name: /Then ask the 3 checkpoint questions/ }));
    await user.click(within(again).getByRole('button', { name: 'Start the translation check' }));
    expect(current().translationChecks[1]!.questions).toEqual([]);
  });

  it('shows each department’s median beside the leadership’s, the gaps in words, comments without names', async () => {
    await open(true);
    const readings = within(panel()).getByRole('region', { name: 'The checkpoint questions, by department' });
    const table = within(readings).getByRole('table');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Question', 'Leadership', 'Sales', 'Engineering']);
    const row = within(table).getByRole('row', { name: /Are we telling our teams the same thing/ });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['4.5n 2 · 1:0 2:0 3:0 4:1 5:1', '2n 1 · 1:0 2:1 3:0 4:0 5:0', '4n 1 · 1:0 2:0 3:0 4:1 5:0']);
    expect(
      within(readings).getByRole('list', { name: 'Read differently from the leadership' }).textContent,
    ).toBe('Sales: median 2 (1 answer), the leadership 4.5 — 2.5 points lower.');
    expect(readings.textContent).toContain('Are we telling our teams the same thing: Sales hears one date');
    expect(readings.textContent).not.toContain('Ana Silva');
  });
});
