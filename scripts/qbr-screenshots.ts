/**
 * The QBR deck editor and Present mode at the projector and laptop sizes, for looking at
 * them and for the README: `npx tsx scripts/qbr-screenshots.ts [outDir]` (needs `npm run build`).
 */
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { launchApp } from '../tests/e2e/harness';
import { runDemoRound } from '../tests/e2e/rankingDriver';

const outDir = resolve(process.argv[2] ?? 'docs/screenshots');
const SIZES = [
  { name: '1920x1080', width: 1920, height: 1080 },
  { name: '1366x768', width: 1366, height: 768 },
];
const KPIS = [
  ['Net revenue retention', '110', '104', '101', '%', 'higher', 'Two enterprise downgrades in March'],
  ['Gross churn', '2', '2.6', '3.1', '%', 'lower', 'Better than Q4; still above plan'],
  ['New ARR', '4.0', '4.3', '3.2', '€m', 'higher', 'EU pilots converted early'],
  ['Time to first value', '14', '15', '21', 'days', 'lower', 'Onboarding revamp lands in May'],
] as const;

await mkdir(outDir, { recursive: true });
for (const size of SIZES) {
  const app = await launchApp({ viewport: { width: size.width, height: size.height } });
  const { page } = app;
  await runDemoRound(page);
  await page.getByRole('button', { name: 'Reveal results' }).click();
  await page.getByRole('tab', { name: 'QBR' }).click();
  await page
    .getByRole('combobox', { name: 'Start from template' })
    .selectOption({ label: 'Quarterly Business Review' });
  await page.getByRole('button', { name: 'Create deck' }).click();
  const outline = page.getByRole('list', { name: 'Deck sections' });
  await outline.getByRole('button', { name: /^Edit .*\(KPI scorecard\)/ }).click();
  for (const [i, [metric, target, actual, prior, unit, better, comment]] of KPIS.entries()) {
    await page.getByRole('button', { name: 'Add KPI' }).click();
    await page.getByLabel(`Metric ${i + 1}`).fill(metric);
    await page.getByLabel(`Target for ${metric}`).fill(target);
    await page.getByLabel(`Actual for ${metric}`).fill(actual);
    await page.getByLabel(`Prior period for ${metric}`).fill(prior);
    await page.getByLabel(`Unit for ${metric}`).fill(unit);
    await page.getByLabel(`Which way is better for ${metric}`).selectOption(better);
    await page.getByLabel(`Comment on ${metric}`).fill(comment);
  }
  await page
    .getByRole('textbox', { name: 'Comment on the slide' })
    .fill('**Retention is the one number to watch**: churn improved, expansion did not.');
  await page
    .getByRole('button', { name: 'Dismiss' })
    .click({ timeout: 500 })
    .catch(() => undefined);
  await page.getByTestId('save-status').getByText('Saved', { exact: true }).waitFor();
  await page.locator(':focus').blur();
  await page.mouse.move(0, 0);
  await page.screenshot({ path: join(outDir, `qbr-editor-${size.name}.png`), animations: 'disabled' });
  await outline
    .getByRole('button', { name: /^Edit .*\(Ranking result\)/ })
    .first()
    .click();
  await page
    .getByRole('region', { name: 'Slide preview' })
    .getByRole('button', { name: 'Present from here' })
    .click();
  await page.getByRole('dialog', { name: 'Presenting the deck' }).waitFor();
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(outDir, `qbr-present-${size.name}.png`), animations: 'disabled' });
  await app.close();
}
console.log(`Screenshots written to ${outDir}`);
