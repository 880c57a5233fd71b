import { readFile, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, type Workspace } from '../../src/shared/domain/workspace';
import type { Harness } from './harness';
import { appPerTest } from './lifecycle';

const apps = appPerTest();

async function createWorkspace(h: Harness, name: string) {
  const { page } = h;
  await page.getByRole('button', { name: 'New workspace' }).click();
  const dialog = page.getByRole('dialog', { name: 'New workspace' });
  await dialog.getByLabel('Name').fill(name);
  await dialog.getByText('QBR', { exact: true }).click();
  await dialog.getByLabel('Period').fill('2027-Q1');
  await dialog.getByLabel('Organisation').fill('Acme Corp');
  await dialog.getByRole('button', { name: 'Create workspace' }).click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

async function addParticipant(h: Harness, name: string, role: string, department: string) {
  const form = h.page.getByRole('form', { name: 'Add participant' });
  await form.getByLabel('New participant name').fill(name);
  await form.getByLabel('New participant role').fill(role);
  await form.getByLabel('New participant department').fill(department);
  await form.getByRole('button', { name: 'Add participant' }).click();
}

describe('workspaces in Chromium, bound to the real main-process handlers', () => {
  it('creates a workspace, adds participants, and finds them after a reload and on disk', async () => {
    const app = await apps.launch();
    const { page } = app;
    await page.getByText('No workspaces yet').waitFor();
    await createWorkspace(app, 'Q1 2027 Leadership Offsite');

    await addParticipant(app, 'Dana Whitfield', 'CEO', 'Executive');
    await addParticipant(app, 'Ravi Menon', 'CFO', 'Finance');
    await addParticipant(app, 'Lena Ortiz', 'VP Sales', 'Sales');
    await expect.poll(() => page.getByTestId('participant-row').count()).toBe(3);
    await page.getByTestId('save-status').getByText('Saved', { exact: true }).waitFor();
    expect(await page.title()).toBe('Q1 2027 Leadership Offsite — Saved — Offsite');

    const folder = join(app.documentsDir, 'Offsite', 'Q1 2027 Leadership Offsite');
    const onDisk = JSON.parse(await readFile(join(folder, 'workspace.json'), 'utf8')) as Workspace;
    expect(onDisk).toMatchObject({
      schemaVersion: CURRENT_SCHEMA_VERSION,
      name: 'Q1 2027 Leadership Offsite',
      kind: 'qbr',
      period: '2027-Q1',
      organisation: 'Acme Corp',
    });
    expect(onDisk.participants.map((p) => [p.name, p.role])).toEqual([
      ['Dana Whitfield', 'CEO'],
      ['Ravi Menon', 'CFO'],
      ['Lena Ortiz', 'VP Sales'],
    ]);

    await page.reload();
    await page.getByRole('button', { name: /Q1 2027 Leadership Offsite/ }).click();
    await expect.poll(() => page.getByTestId('participant-row').count()).toBe(3);
    await expect
      .poll(() => page.getByRole('textbox', { name: 'Name', exact: true }).nth(1).inputValue())
      .toBe('Ravi Menon');
  });

  it('saves an edit within 2 seconds and lists the workspace again after a restart', async () => {
    const app = await apps.launch();
    const { page } = app;
    await createWorkspace(app, 'Board prep');
    const startedAt = Date.now();
    await page.getByLabel('Organisation').fill('Northwind Ltd');
    const file = join(app.documentsDir, 'Offsite', 'Board prep', 'workspace.json');
    await expect
      .poll(async () => (JSON.parse(await readFile(file, 'utf8')) as Workspace).organisation, {
        timeout: 2000,
        interval: 50,
      })
      .toBe('Northwind Ltd');
    expect(Date.now() - startedAt).toBeLessThan(2000);

    await app.restart();
    const entry = app.page.getByRole('button', { name: /Board prep/ });
    await entry.waitFor();
    expect(await entry.textContent()).toContain('Northwind Ltd');
  });

  it('explains a folder that is not a workspace and changes nothing in it', async () => {
    const app = await apps.launch();
    const stray = join(app.documentsDir, 'Holiday photos');
    await mkdir(stray);
    await writeFile(join(stray, 'notes.txt'), 'keep me');
    app.dialogs.workspaceFolders.push(stray);
    await app.page.getByRole('button', { name: 'Open…' }).click();
    const alert = app.page.getByRole('alert');
    await alert.getByText('not an Offsite workspace').waitFor();
    expect(await readFile(join(stray, 'notes.txt'), 'utf8')).toBe('keep me');
  });

  it('shows hostile participant names as text, never running them', async () => {
    const app = await apps.launch();
    const { page } = app;
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    await createWorkspace(app, '<img src=x onerror="window.__pwned=1">');
    const payload = '<script>window.__pwned=1</script><img src=x onerror="alert(1)">';
    await addParticipant(app, payload, '"><svg onload=alert(1)>', 'javascript:alert(1)');
    await expect.poll(() => page.getByTestId('participant-row').count()).toBe(1);
    expect(await page.getByRole('textbox', { name: 'Name', exact: true }).inputValue()).toBe(payload);
    expect(await page.evaluate(() => (globalThis as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('img, svg script').count()).toBe(0);
    expect(dialogs).toBe(0);
  });
});
