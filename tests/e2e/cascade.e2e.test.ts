import { execFile } from 'node:child_process';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { decodeWorkspace, encodeWorkspace, type Workspace } from '../../src/shared/domain/workspace';
import type { Harness } from './harness';
import { appPerTest } from './lifecycle';

// The Cascade tab in Chromium over the real main-process handlers: a department brief per
// department printed through the deck's PDF export, read back with poppler, and the view
// at the two screen sizes the README shows.
const apps = appPerTest();
const run = promisify(execFile);
const NAME = 'Q1 2027 Leadership Offsite';
/** Where the screenshots the README shows are written; set SCREENSHOTS=1 to refresh them. */
const SHOTS = process.env['SCREENSHOTS'] ? join('docs', 'screenshots') : null;
/** The briefs' pages as pictures, kept after the run so a person can look at them. */
const PAGES = join(tmpdir(), 'offsite-cascade-brief-pages');

const OBJECTIVES = {
  Sales: ['Sign 12 EU mid-market customers', 'Pre-sell SSO to five enterprise accounts'],
  Engineering: ['Ship SAML and OIDC sign-in', 'EU data residency for the EU launch'],
  Finance: ['Invoice in euros with EU VAT', 'Close the books in five days'],
} as const;
type DepartmentName = keyof typeof OBJECTIVES;

/** The v7 fixture (three departments, six objectives) written to a folder and opened with “Open…”. */
async function openCascade(app: Harness): Promise<{ file: string; workspace: Workspace }> {
  const decoded = decodeWorkspace(
    await readFile(join(import.meta.dirname, '../fixtures/workspace/v7.json'), 'utf8'),
  );
  if (!decoded.ok) throw new Error(decoded.message);
  const workspace: Workspace = { ...decoded.workspace, name: NAME };
  const folder = join(app.documentsDir, 'Offsite', NAME);
  await mkdir(folder, { recursive: true });
  const file = join(folder, 'workspace.json');
  await writeFile(file, encodeWorkspace(workspace));
  app.dialogs.workspaceFolders.push(folder);
  await app.page.getByRole('button', { name: 'Open…' }).click();
  await app.page.getByRole('heading', { level: 1, name: NAME }).waitFor();
  await app.page.getByRole('tab', { name: 'Cascade' }).click();
  await app.page.getByRole('heading', { name: 'Cascade', exact: true }).waitFor();
  return { file, workspace };
}

const pdfText = async (path: string) => (await run('pdftotext', ['-layout', path, '-'])).stdout;
const pdfPages = async (path: string) =>
  Number(/^Pages:\s+(\d+)/m.exec((await run('pdfinfo', [path])).stdout)?.[1]);
/** pdftotext keeps each line; a wrapped title reads the same with its spaces squeezed. */
const squeezed = (s: string) => s.replace(/\s+/g, ' ');

describe('the cascade in Chromium, bound to the real main-process handlers', () => {
  it('exports a brief per department, each with its own objectives and none of the others’', async () => {
    const app = await apps.launch();
    const { page } = app;
    const { file, workspace } = await openCascade(app);
    await rm(PAGES, { recursive: true, force: true });
    await mkdir(PAGES, { recursive: true });
    for (const name of Object.keys(OBJECTIVES) as DepartmentName[]) {
      const target = join(app.documentsDir, `${name} brief.pdf`);
      app.dialogs.saveFiles.push(target);
      await page
        .getByRole('listitem', { name: `Department ${name}` })
        .getByRole('button', { name: 'Department brief (PDF)…' })
        .click();
      await page.getByText(`The ${name} brief is saved`).waitFor({ timeout: 60_000 });

      const text = squeezed(await pdfText(target));
      expect(text).toContain(`${name}: department brief`);
      expect(text).toContain(`What ${name} does for it`);
      for (const own of OBJECTIVES[name]) expect(text).toContain(own);
      for (const other of Object.keys(OBJECTIVES) as DepartmentName[]) {
        if (other === name) continue;
        for (const theirs of OBJECTIVES[other]) expect(text).not.toContain(theirs);
      }
      // The why travels with the what: rationale, trade-off cost, what we will not do, messages.
      for (const why of [
        'Focus: Enterprise SSO',
        'Largest revenue upside this year.',
        'the cost: SSO slips 6 weeks',
        'Rebuild the billing system',
        'We win the EU mid-market before we widen the product.',
        'What success means for Enterprise SSO',
      ]) {
        expect(text).toContain(why);
      }
      const pages = await pdfPages(target);
      expect(pages).toBeGreaterThanOrEqual(6);
      await run('pdftoppm', ['-r', '50', '-png', target, join(PAGES, name.toLowerCase())]);
      const pictures = (await readdir(PAGES)).filter((f) => f.startsWith(`${name.toLowerCase()}-`));
      expect(pictures).toHaveLength(pages);
    }
    // The briefs rode in the export requests only: the workspace keeps its own QBR deck.
    expect((JSON.parse(await readFile(file, 'utf8')) as Workspace).deck).toEqual(workspace.deck);
  });

  it('scrolls to what a flag is about, and saves an objective added in place', async () => {
    const app = await apps.launch();
    const { page } = app;
    const { file } = await openCascade(app);
    await page.getByRole('button', { name: /^Overloaded/ }).click();
    const finance = page.getByRole('listitem', { name: 'Department Finance' });
    await expect.poll(() => finance.getAttribute('class')).toContain('is-flag-target');
    await expect.poll(() => finance.isVisible()).toBe(true);

    const form = page.getByRole('form', { name: 'Add an objective for Launch in the EU' });
    await form.getByLabel('Department').selectOption({ label: 'Engineering' });
    await form.getByLabel('New objective').fill('EU status page in German and French');
    await form.getByRole('button', { name: 'Add objective' }).click();
    await expect
      .poll(
        async () => (JSON.parse(await readFile(file, 'utf8')) as Workspace).cascade.contributions.length,
        {
          timeout: 4000,
          interval: 100,
        },
      )
      .toBe(7);
  });

  for (const [width, height] of [
    [1366, 768],
    [1920, 1080],
  ] as const) {
    it(`shows the flags and the departments on the first screen at ${width}×${height}`, async () => {
      const app = await apps.launch({ viewport: { width, height } });
      await openCascade(app);
      await app.page.getByRole('button', { name: /^Local optimisation/ }).waitFor();
      const departments = await app.page.getByRole('region', { name: 'Departments' }).boundingBox();
      expect(departments!.y).toBeLessThan(height);
      expect(departments!.x + departments!.width).toBeLessThanOrEqual(width);
      if (SHOTS) {
        await mkdir(SHOTS, { recursive: true });
        await app.page.screenshot({
          path: join(SHOTS, `cascade-${width}x${height}.png`),
          animations: 'disabled',
        });
      }
    });
  }
});
