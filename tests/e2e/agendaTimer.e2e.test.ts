import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addParticipant, createWorkspace, type Workspace } from '../../src/shared/domain/workspace';
import { dayOneAt, dayTwoAt, OFFSITE_TEAM, runningFrom } from '../support/offsiteAgenda';
import { openOnTab } from './boardDriver';
import { appPerTest } from './lifecycle';
import { openAudienceFromConsole } from './presenterDriver';

const apps = appPerTest();
/** Where the screenshots the README shows are written; set SCREENSHOTS=1 to refresh them. */
const SHOTS = process.env['SCREENSHOTS'] ? join('docs', 'screenshots') : null;

/** The two-day offsite with `blockId` started at `startedAt` (the blocks before it done). */
function offsite(name: string, blockId: string, startedAt: number, addedMinutes = 0): Workspace {
  let w = createWorkspace(
    { name, kind: 'offsite', period: 'Q1 2027', organisation: 'Northwind Ltd' },
    `ws-${blockId}`,
    new Date(dayOneAt('08:00')),
  );
  OFFSITE_TEAM.forEach((person, i) => {
    w = addParticipant(w, { name: person }, `p-${i}`);
  });
  return runningFrom(blockId, startedAt, addedMinutes)(w);
}

describe('the block timer in Chromium: the console and the audience window', () => {
  it('runs late in the afternoon: red on the console and on the projector, R re-plans the day', async () => {
    const app = await apps.launch({ viewport: { width: 1366, height: 768 } });
    const { page, context } = app;
    // The contested items (90 min + 10 given) started 14:55: at 16:33 two minutes are left.
    await context.clock.install({ time: dayOneAt('16:33') });
    await page.reload();
    await openOnTab(
      app,
      offsite('Q1 2027 Leadership Offsite', 'contested', dayOneAt('14:55'), 10),
      'Present',
    );
    const timer = page.getByRole('region', { name: 'Block timer' });
    await expect.poll(() => timer.getAttribute('data-phase')).toBe('red');
    await timer.getByText('Day ends 17:25 — 25 min late').waitFor();
    await page.getByRole('region', { name: 'Re-plan the rest of the day' }).waitFor();
    if (SHOTS) {
      await mkdir(SHOTS, { recursive: true });
      await page.screenshot({ path: join(SHOTS, 'console-timer-red-1366x768.png'), animations: 'disabled' });
    }

    const audience = await openAudienceFromConsole(app);
    await page.getByRole('tab', { name: 'Present' }).click();
    await timer.getByRole('button', { name: 'Timer on projector' }).click();
    const onProjector = audience.getByRole('timer');
    await onProjector.waitFor({ timeout: 10_000 });
    await audience.getByText('Nearly out of time').waitFor();
    await audience.getByText('Next: Checkpoint and parking-lot triage').waitFor();
    // The projector counts down by its own clock: no message is needed for each second.
    const first = await onProjector.textContent();
    await page.waitForTimeout(2200);
    expect(await onProjector.textContent()).not.toBe(first);
    const audienceText = String(await audience.evaluate('document.body.innerText'));
    // Nothing of the day's plan beyond the two titles: no lateness, no re-plan, no minutes.
    for (const words of ['late', 'Re-plan', 'Day ends', 'planned', 'Wrap-up']) {
      expect(audienceText).not.toContain(words);
    }
    if (SHOTS) await audience.screenshot({ path: join(SHOTS, 'audience-timer-1920x1080.png') });

    await page.keyboard.press('r');
    await timer.getByText('Day ends 17:00 — on time').waitFor();
    expect(await page.getByRole('region', { name: 'Re-plan the rest of the day' }).count()).toBe(0);
    // Given one more minute, the projector's end time moves with it.
    const before = await onProjector.textContent();
    await page.keyboard.press('+');
    await expect.poll(() => onProjector.textContent()).not.toBe(before);
    expect(await onProjector.textContent()).toMatch(/^2:\d\d$/);
  });

  it('is amber on the console with a fifth of the second morning’s first block left', async () => {
    const app = await apps.launch({ viewport: { width: 1366, height: 768 } });
    const { page, context } = app;
    // Day two: the commitments (90 min) started at 09:00; at 10:13, 17 minutes are left.
    await context.clock.install({ time: dayTwoAt('10:13') });
    await page.reload();
    await openOnTab(app, offsite('Q1 2027 Leadership Offsite', 'commit', dayTwoAt('09:00')), 'Present');
    const timer = page.getByRole('region', { name: 'Block timer' });
    await expect.poll(() => timer.getAttribute('data-phase')).toBe('amber');
    await timer.getByText('A fifth left').waitFor();
    await timer.getByText('Day ends 12:30 — on time').waitFor();
    expect(await page.getByRole('region', { name: 'Re-plan the rest of the day' }).count()).toBe(0);
    if (SHOTS) {
      await page.screenshot({
        path: join(SHOTS, 'console-timer-amber-1366x768.png'),
        animations: 'disabled',
      });
    }
    await page.keyboard.press('t');
    await timer.getByRole('button', { name: /^Resume/ }).waitFor();
    await page.keyboard.press(']');
    await timer.getByText('Next: Risks, dependencies and what we stop doing').waitFor();
  });
});
