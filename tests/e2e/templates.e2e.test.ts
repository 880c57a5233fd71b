import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parseTemplateFile, type MirrorFile } from '../../src/shared/domain/templates';
import type { Workspace } from '../../src/shared/domain/workspace';
import type { Harness } from './harness';
import { appPerTest } from './lifecycle';

// One app per test; after each, no CSP violation, console error or uncaught exception.
const apps = appPerTest();
let app: Harness | null = null;

const DB_NAME = 'offsite-templates';

async function openLibrary(page: Page) {
  await page.getByRole('button', { name: 'Templates', exact: true }).click();
  await page.getByRole('button', { name: /Quarterly Business Review/ }).waitFor();
}

async function newTemplate(page: Page, name: string) {
  await page.getByRole('button', { name: 'New template' }).click();
  const field = page.getByRole('textbox', { name: 'Template name' });
  await field.fill(name);
  await page.getByLabel('Type of the new section').selectOption({ label: 'KPI scorecard' });
  await page.getByRole('button', { name: 'Add section' }).click();
  await page
    .getByRole('textbox', { name: /Guidance prompts for “KPI scorecard”/ })
    .fill('ARR against plan\nNet retention');
  await page
    .getByRole('navigation')
    .getByRole('button', { name: new RegExp(name) })
    .waitFor();
}

/** The disk copy main keeps of the user's templates (docs/quality.md I2). */
async function mirrored(h: Harness): Promise<MirrorFile | null> {
  try {
    return JSON.parse(await readFile(join(h.dataDir, 'templates.json'), 'utf8')) as MirrorFile;
  } catch {
    return null;
  }
}

const sectionLabels = (page: Page) =>
  page
    .getByRole('list', { name: 'Sections' })
    .locator(':scope > li')
    .evaluateAll((rows) =>
      rows.map((r) => (r as { getAttribute(name: string): string | null }).getAttribute('aria-label')),
    );

describe('templates in Chromium, bound to the real main-process handlers', () => {
  it('creates a template, finds it after a reload, and mirrors it to disk', async () => {
    app = await apps.launch();
    const { page } = app;
    await openLibrary(page);
    await newTemplate(page, 'Board prep 2027');

    await page.reload();
    await openLibrary(page);
    await page.getByRole('button', { name: /Board prep 2027/ }).click();
    await expect.poll(() => sectionLabels(page)).toEqual(['Section 1: Title', 'Section 2: KPI scorecard']);
    expect(
      await page.getByRole('textbox', { name: /Guidance prompts for “KPI scorecard”/ }).inputValue(),
    ).toBe('ARR against plan\nNet retention');

    await expect
      .poll(async () => (await mirrored(app!))?.templates.map((t) => t.name))
      .toEqual(['Board prep 2027']);
  });

  it('I2: the database deleted behind the app’s back comes back from the disk copy, and the user is told', async () => {
    app = await apps.launch();
    const { page } = app;
    await openLibrary(page);
    await newTemplate(page, 'Sales kickoff');
    await expect
      .poll(async () => (await mirrored(app!))?.templates[0]?.sections.map((s) => s.type))
      .toEqual(['title', 'kpi-scorecard']);

    // Evaluated in the page, as text: this project's types have no DOM.
    const deleted = await page.evaluate<string>(`new Promise((resolve) => {
      const request = indexedDB.deleteDatabase(${JSON.stringify(DB_NAME)});
      request.onsuccess = () => resolve('deleted');
      request.onerror = () => resolve('error');
    })`);
    expect(deleted).toBe('deleted');
    await page.reload();
    const notice = page.getByRole('status').filter({ hasText: 'Templates restored' });
    await notice.waitFor();
    expect(await notice.textContent()).toContain(
      '1 template was restored from the copy Offsite keeps on disk',
    );
    await openLibrary(page);
    await page.getByRole('button', { name: /Sales kickoff/ }).click();
    await expect.poll(() => sectionLabels(page)).toEqual(['Section 1: Title', 'Section 2: KPI scorecard']);

    // A restart with wiped browser storage (a fresh profile) restores the same way.
    await app.restart();
    await app.page.getByRole('status').filter({ hasText: 'Templates restored' }).waitFor();
    await openLibrary(app.page);
    await app.page.getByRole('button', { name: /Sales kickoff/ }).waitFor();
  });

  it('reorders sections by keyboard and by dragging the handle', async () => {
    app = await apps.launch({ viewport: { width: 1920, height: 1080 } });
    const { page } = app;
    await openLibrary(page);
    await page.getByRole('button', { name: /Quarterly focus/ }).click();
    await page.getByRole('button', { name: 'Duplicate to edit' }).click();
    await expect
      .poll(() => sectionLabels(page))
      .toEqual([
        'Section 1: Quarterly focus',
        'Section 2: Last quarter on one slide',
        'Section 3: Candidate priorities, ranked',
        'Section 4: What we will not do',
        'Section 5: The single focus',
        'Section 6: The first 30 days',
      ]);

    // Keyboard: focus the handle, Space lifts, arrows move, Space drops.
    await page.getByRole('button', { name: 'Drag “The single focus” to reorder' }).focus();
    for (const key of ['Space', 'ArrowUp', 'ArrowUp', 'Space']) {
      await page.keyboard.press(key);
      await page.waitForTimeout(150); // the sensor moves on animation frames
    }
    await expect
      .poll(() => sectionLabels(page))
      .toEqual([
        'Section 1: Quarterly focus',
        'Section 2: Last quarter on one slide',
        'Section 3: The single focus',
        'Section 4: Candidate priorities, ranked',
        'Section 5: What we will not do',
        'Section 6: The first 30 days',
      ]);

    // Mouse: drag "What we will not do" up onto "Last quarter on one slide".
    const handle = page.getByRole('button', { name: 'Drag “What we will not do” to reorder' });
    const target = page.getByRole('button', { name: 'Drag “Last quarter on one slide” to reorder' });
    // Both handles in view: the list's top at the top of the window.
    await page
      .getByRole('heading', { name: 'Sections' })
      .evaluate((el) => (el as { scrollIntoView(): void }).scrollIntoView());
    const from = (await handle.boundingBox())!;
    const to = (await target.boundingBox())!;
    const x = from.x + from.width / 2;
    await page.mouse.move(x, from.y + from.height / 2);
    await page.mouse.down();
    for (let i = 1; i <= 15; i++) {
      await page.mouse.move(x, from.y + from.height / 2 + ((to.y - from.y) * i) / 15);
    }
    await page.waitForTimeout(200);
    await page.mouse.up();
    const dragged = [
      'Section 1: Quarterly focus',
      'Section 2: What we will not do',
      'Section 3: Last quarter on one slide',
      'Section 4: The single focus',
      'Section 5: Candidate priorities, ranked',
      'Section 6: The first 30 days',
    ];
    await expect.poll(() => sectionLabels(page)).toEqual(dragged);

    await page.reload();
    await openLibrary(page);
    await page.getByRole('button', { name: /Quarterly focus \(copy\)/ }).click();
    await expect.poll(() => sectionLabels(page)).toEqual(dragged);
  });

  it('exports a template as a download under the app’s CSP, and imports the file back', async () => {
    app = await apps.launch();
    const { page } = app;
    await openLibrary(page);
    await page.getByRole('button', { name: /Alignment checkpoint/ }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export…' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('Alignment checkpoint.offsite-template.json');
    const path = await download.path();
    const text = await readFile(path, 'utf8');
    const parsed = parseTemplateFile(text);
    expect(parsed.ok && parsed.template.sections.map((s) => s.title)).toContain(
      'Are we giving our teams the same message?',
    );

    await page.getByLabel('Template file to import').setInputFiles(path);
    await page.getByRole('status').filter({ hasText: 'Template imported' }).waitFor();
    expect(await page.getByRole('textbox', { name: 'Template name' }).inputValue()).toBe(
      'Alignment checkpoint (2)',
    );

    await page.getByLabel('Template file to import').setInputFiles({
      name: 'evil.json',
      mimeType: 'application/json',
      buffer: Buffer.from(text.replace('"name":', '"__proto__": {"polluted": 1}, "name":')),
    });
    await page.getByRole('alert').filter({ hasText: 'no saved file ever has' }).waitFor();
    await expect.poll(async () => (await mirrored(app!))?.templates.length).toBe(1);
  });

  it('X1: markup in an imported template is shown as text and never runs', async () => {
    app = await apps.launch();
    const { page } = app;
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
    const file = {
      format: 'offsite.template',
      version: 1,
      exportedAt: '2026-11-21T09:00:00.000Z',
      template: {
        name: `Q1 ${payload}`,
        kind: 'qbr',
        description: payload,
        sections: [
          {
            type: 'text',
            title: '"><svg onload=alert(1)>',
            prompts: [payload, 'javascript:alert(1)'],
            minutes: 15,
          },
        ],
      },
    };
    await openLibrary(page);
    await page.getByLabel('Template file to import').setInputFiles({
      name: 'hostile.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(file)),
    });
    await page.getByRole('status').filter({ hasText: 'Template imported' }).waitFor();
    expect(await page.getByRole('textbox', { name: 'Template name' }).inputValue()).toBe(`Q1 ${payload}`);
    await page.getByRole('navigation').getByText(`Q1 ${payload}`).waitFor();
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => (globalThis as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('img, svg, iframe, object').count()).toBe(0);
    expect(dialogs).toBe(0);
  });

  it('starts a new workspace from a template and records it in the workspace file', async () => {
    app = await apps.launch();
    const { page } = app;
    await page.getByRole('button', { name: 'New workspace' }).click();
    const dialog = page.getByRole('dialog', { name: 'New workspace' });
    await dialog.getByLabel('Name').fill('Q1 2027 QBR');
    await dialog.getByText('QBR', { exact: true }).click();
    await expect.poll(() => dialog.getByLabel('Start from template').inputValue()).toBe('builtin-qbr');
    await dialog.getByRole('button', { name: 'Create workspace' }).click();
    await page.getByRole('heading', { level: 1, name: 'Q1 2027 QBR' }).waitFor();
    const file = join(app.documentsDir, 'Offsite', 'Q1 2027 QBR', 'workspace.json');
    const onDisk = JSON.parse(await readFile(file, 'utf8')) as Workspace;
    expect(onDisk.templateId).toBe('builtin-qbr');
  });
});
