import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Workspace } from '../../src/shared/domain/workspace';
import { openDemoLog } from './decisionLogDriver';
import { appPerTest } from './lifecycle';

const apps = appPerTest();

const onDisk = async (file: string) => JSON.parse(await readFile(file, 'utf8')) as Workspace;
const dissentOnDisk = async (file: string, id: string) =>
  (await onDisk(file)).decisions.find((d) => d.id === id)?.dissent;

describe('the decision log in Chromium, bound to the real main-process handlers', () => {
  it('saves an edited dissent to workspace.json, and Ctrl+Z takes it back on screen and on disk', async () => {
    const app = await apps.launch();
    const { page } = app;
    const file = await openDemoLog(app);
    const entry = page.getByRole('article', { name: 'Commit: Commit to “Enterprise SSO”' });
    const dissent = entry.getByLabel('Dissent');
    expect(await dissent.inputValue()).toBe('');

    await dissent.fill('Aiko: support needs one more hire first');
    await page.getByRole('heading', { name: 'Decision log' }).click(); // leave the field
    await expect
      .poll(() => dissentOnDisk(file, 'decision-2'), { timeout: 4000, interval: 100 })
      .toBe('Aiko: support needs one more hire first');
    await page.getByTestId('save-status').getByText('Saved', { exact: true }).waitFor();

    await page.keyboard.press('Control+z');
    await expect.poll(() => dissent.inputValue()).toBe('');
    await expect.poll(() => dissentOnDisk(file, 'decision-2'), { timeout: 4000, interval: 100 }).toBe('');
    // The rest of the log is as it was written.
    const after = await onDisk(file);
    expect(after.decisions).toHaveLength(12);
    expect(after.actionItems).toHaveLength(8);
  });

  it('refuses an empty “what” with the reason, and leaves the file alone', async () => {
    const app = await apps.launch();
    const { page } = app;
    const file = await openDemoLog(app);
    const before = await readFile(file, 'utf8');
    const what = page
      .getByRole('article', { name: 'Drop: Drop “Partner portal”' })
      .getByLabel('What was decided');
    await what.fill('');
    await what.press('Enter');
    await page.getByRole('alert').getByText('Say what was decided.').waitFor();
    await page.waitForTimeout(2500); // longer than autosave takes
    expect(await readFile(file, 'utf8')).toBe(before);
  });

  it('shows hostile text in every field of the log as text, never running it', async () => {
    const app = await apps.launch();
    const { page } = app;
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    const payload = '<img src=x onerror="window.__pwned=1;alert(1)">';
    await openDemoLog(app, { text: (s) => (s ? `${payload}${s}` : s) });
    const entry = page.getByRole('article', { name: `Drop: ${payload}Drop “Partner portal”` });
    expect(await entry.getByLabel('Why').inputValue()).toBe(`${payload}Partners bring under 2% of revenue.`);
    await entry.getByRole('list', { name: 'Linked cards' }).getByText(`${payload}Partner portal`).waitFor();
    await page.getByRole('searchbox', { name: 'Search the log' }).fill('onerror');
    await expect.poll(() => page.getByRole('article').count()).toBe(12);
    expect(await page.evaluate(() => (globalThis as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('.decision-log img').count()).toBe(0);
    expect(dialogs).toBe(0);
  });
});
