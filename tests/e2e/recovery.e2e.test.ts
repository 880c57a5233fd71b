import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Workspace } from '../../src/shared/domain/workspace';
import type { Harness } from './harness';
import { appPerTest } from './lifecycle';

const apps = appPerTest();

async function workspaceWithDana(h: Harness, name: string): Promise<string> {
  const { page } = h;
  await page.getByRole('button', { name: 'New workspace' }).click();
  await page.getByRole('dialog').getByLabel('Name').fill(name);
  await page.getByRole('button', { name: 'Create workspace' }).click();
  const form = page.getByRole('form', { name: 'Add participant' });
  await form.getByLabel('New participant name').fill('Dana Whitfield');
  await form.getByRole('button', { name: 'Add participant' }).click();
  await page.getByTestId('save-status').getByText('Saved', { exact: true }).waitFor();
  return join(h.documentsDir, 'Offsite', name);
}

describe('recovery in Chromium (D4, D5, D7)', () => {
  it('a file corrupted behind the app is kept aside and its backup is offered and restored', async () => {
    const app = await apps.launch();
    const { page } = app;
    const folder = await workspaceWithDana(app, 'Board offsite');
    await page.getByRole('button', { name: '← Home' }).click(); // closing takes a backup

    const garbage = Buffer.from('{"schemaVersion":1,"name":"Board off\u0000\u0000\u0000');
    await writeFile(join(folder, 'workspace.json'), garbage);
    await page.getByRole('button', { name: /Board offsite/ }).click();

    const dialog = page.getByRole('dialog', { name: 'This workspace file is damaged' });
    await dialog.getByText(/The damaged file was kept, unchanged, as workspace\.damaged-/).waitFor();
    const kept = (await readdir(folder)).filter((n) => n.startsWith('workspace.damaged-'));
    expect(kept).toHaveLength(1);
    expect(await readFile(join(folder, kept[0]!))).toEqual(garbage);

    await dialog.getByRole('button', { name: 'Restore this backup' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Board offsite' }).waitFor();
    expect(await page.getByRole('textbox', { name: 'Name', exact: true }).inputValue()).toBe(
      'Dana Whitfield',
    );
    const restored = JSON.parse(await readFile(join(folder, 'workspace.json'), 'utf8')) as Workspace;
    expect(restored.participants.map((p) => p.name)).toEqual(['Dana Whitfield']);
    expect(await readFile(join(folder, kept[0]!))).toEqual(garbage);
  });

  it('an edit made elsewhere is never overwritten: compare, then keep mine as a copy', async () => {
    const app = await apps.launch();
    const { page } = app;
    const folder = await workspaceWithDana(app, 'Q3 review');
    const file = join(folder, 'workspace.json');
    const theirs = {
      ...(JSON.parse(await readFile(file, 'utf8')) as Workspace),
      organisation: 'Edited on the iPad',
    };
    const theirBytes = `${JSON.stringify(theirs, null, 2)}\n`;
    await writeFile(file, theirBytes);

    const form = page.getByRole('form', { name: 'Add participant' });
    await form.getByLabel('New participant name').fill('Ravi Menon');
    await form.getByRole('button', { name: 'Add participant' }).click();
    const dialog = page.getByRole('dialog', { name: 'This workspace was changed outside Offsite' });
    await dialog.getByRole('button', { name: 'Compare' }).click();
    await dialog.getByText('Only in yours: participant “Ravi Menon”.').waitFor();
    await dialog.getByText(/Organisation: yours \(empty\), theirs “Edited on the iPad”/).waitFor();

    await dialog.getByRole('button', { name: 'Keep mine as a copy' }).click();
    await page.getByRole('heading', { level: 1, name: 'Q3 review (my version)' }).waitFor();
    expect(await readFile(file, 'utf8')).toBe(theirBytes);
    const mine = JSON.parse(
      await readFile(join(folder, '..', 'Q3 review (my version)', 'workspace.json'), 'utf8'),
    ) as Workspace;
    expect(mine.participants.map((p) => p.name)).toEqual(['Dana Whitfield', 'Ravi Menon']);
  });

  it('History lists backups and restores one, keeping the current state too', async () => {
    const app = await apps.launch();
    const { page } = app;
    const folder = await workspaceWithDana(app, 'Strategy day');
    await page.getByLabel('Organisation').fill('Later edit');
    await page.getByTestId('save-status').getByText('Saved', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'History' }).click();
    const history = page.getByRole('dialog', { name: 'History' });
    await expect.poll(() => history.getByTestId('backup-row').count()).toBeGreaterThan(0);
    await history.getByRole('button', { name: 'Restore…' }).last().click();
    await history.getByRole('button', { name: 'Restore this version' }).click();
    await page.getByText('Backup restored').waitFor();
    await expect.poll(() => page.getByLabel('Organisation').inputValue()).toBe('');
    const onDisk = JSON.parse(await readFile(join(folder, 'workspace.json'), 'utf8')) as Workspace;
    expect(onDisk.organisation).toBe('');
    await page.getByRole('button', { name: 'History' }).click();
    await page.getByRole('dialog', { name: 'History' }).getByText('Before a restore').waitFor();
  });
});
