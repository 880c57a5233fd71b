/**
 * The decision log at the projector and laptop sizes, for looking at it and for the
 * README: `npx tsx scripts/decision-log-screenshots.ts [outDir]` (needs `npm run build`).
 */
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { launchApp } from '../tests/e2e/harness';
import { openDemoLog } from '../tests/e2e/decisionLogDriver';

const outDir = resolve(process.argv[2] ?? 'docs/screenshots');
const SIZES = [
  { name: '1920x1080', width: 1920, height: 1080 },
  { name: '1366x768', width: 1366, height: 768 },
];

await mkdir(outDir, { recursive: true });
for (const size of SIZES) {
  const app = await launchApp({ viewport: { width: size.width, height: size.height } });
  const { page } = app;
  await openDemoLog(app);
  await page.screenshot({ path: join(outDir, `decision-log-${size.name}.png`) });
  await page.screenshot({ path: join(outDir, `decision-log-full-${size.name}.png`), fullPage: true });
  await page.getByRole('button', { name: /^Drop \d+$/ }).click();
  await page.screenshot({ path: join(outDir, `decision-log-drops-${size.name}.png`) });
  await app.close();
  const reader = await launchApp({ viewport: { width: size.width, height: size.height } });
  await openDemoLog(reader, { heldElsewhere: true });
  await reader.page.screenshot({ path: join(outDir, `decision-log-read-only-${size.name}.png`) });
  await reader.close();
}
console.log(`Screenshots written to ${outDir}`);
