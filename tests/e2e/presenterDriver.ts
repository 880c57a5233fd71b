import type { Page } from 'playwright-core';
import type { Harness } from './harness';

/**
 * Drives the real console: the Present tab, "Open audience window", and the audience page
 * that opens beside it (sized as a 1080p projector). Waits at most `ms` for it.
 */
export async function openAudienceFromConsole(app: Harness, ms = 10_000): Promise<Page> {
  const { page } = app;
  await page.getByRole('tab', { name: 'Present' }).click();
  await page.getByRole('button', { name: 'Open audience window' }).click();
  for (const deadline = Date.now() + ms; !app.audience();) {
    if (Date.now() > deadline) throw new Error(`The audience page did not open within ${ms} ms.`);
    await new Promise((r) => setTimeout(r, 20));
  }
  const audience = app.audience()!;
  await audience.setViewportSize({ width: 1920, height: 1080 });
  return audience;
}
