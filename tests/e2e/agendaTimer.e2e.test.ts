import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addTime, startBlock } from '../../src/shared/domain/agenda';
import {
  addParticipant,
  createWorkspace,
  type AgendaBlock,
  type BlockKind,
  type Workspace,
} from '../../src/shared/domain/workspace';
import { openOnTab } from './boardDriver';
import { appPerTest } from './lifecycle';
import { openAudienceFromConsole } from './presenterDriver';

const apps = appPerTest();
/** Where the screenshots the README shows are written; set SCREENSHOTS=1 to refresh them. */
const SHOTS = process.env['SCREENSHOTS'] ? join('docs', 'screenshots') : null;

/** 14 January 2027 in Warsaw (UTC+1): the first day of the offsite. */
const dayOneAt = (clock: string) => Date.parse(`2027-01-14T${clock}:00+01:00`);
const dayTwoAt = (clock: string) => Date.parse(`2027-01-15T${clock}:00+01:00`);

type Plan = [id: string, title: string, kind: BlockKind, minutes: number, minMinutes: number, fixed?: number];
const DAY_ONE: Plan[] = [
  [
    'opening',
    'Opening: where we stand after Q4 — revenue, churn and the hiring freeze',
    'discussion',
    30,
    20,
  ],
  [
    'ranking',
    'Ranking round: which of the twelve candidate bets do we fund for the first half of 2027?',
    'ranking',
    60,
    40,
  ],
  ['coffee', 'Coffee', 'break', 15, 15],
  [
    'board',
    'Board walk-through: how Launch EU, Enterprise SSO and the data warehouse migration depend on each other',
    'board',
    75,
    45,
  ],
  ['lunch', 'Lunch', 'break', 60, 60, 12 * 60 + 30],
  [
    'qbr',
    'QBR review: sales pipeline and the DACH partner channel, with Łukasz Wróblewski',
    'qbr-review',
    75,
    45,
  ],
  [
    'contested',
    'Contested items: 王芳 and Ngozi Okonkwo-Adeyemi on usage-based pricing versus SOC 2 first',
    'discussion',
    90,
    45,
  ],
  ['checkpoint', 'Checkpoint and parking-lot triage', 'checkpoint', 30, 15],
  ['wrapup', 'Wrap-up: what we tell our teams on Monday', 'discussion', 20, 10],
];
const DAY_TWO: Plan[] = [
  ['commit', 'Commitments: owners and dates for the five funded bets', 'discussion', 90, 60],
  ['break2', 'Break', 'break', 15, 15],
  ['risks', 'Risks, dependencies and what we stop doing', 'discussion', 60, 30],
  ['close', 'Close: the parking lot, the next session and a feedback round', 'checkpoint', 45, 20],
];
const TEAM = [
  '王芳',
  'Łukasz Wróblewski',
  'Ngozi Okonkwo-Adeyemi',
  'Dana Whitfield',
  'Ravi Menon',
  'Aiko Tanaka',
  'Lena Ortiz',
  'Tom Becker',
];

function block(dayId: string, [id, title, kind, minutes, minMinutes, fixed]: Plan): AgendaBlock {
  return {
    ...{ id, dayId, title, kind, minutes, minMinutes, fixedStart: fixed ?? null },
    ...{ roundId: null, priorityIds: [], sectionId: null, spentMs: 0, done: false },
  };
}

/** The two-day offsite with `blockId` started at `startedAt` (the blocks before it done). */
function offsite(name: string, blockId: string, startedAt: number, addedMinutes = 0): Workspace {
  let w = createWorkspace(
    { name, kind: 'offsite', period: 'Q1 2027', organisation: 'Northwind Ltd' },
    `ws-${blockId}`,
    new Date(dayOneAt('08:00')),
  );
  for (const person of TEAM) w = addParticipant(w, { name: person }, `p-${TEAM.indexOf(person)}`);
  const blocks = [...DAY_ONE.map((p) => block('day-1', p)), ...DAY_TWO.map((p) => block('day-2', p))];
  const index = blocks.findIndex((b) => b.id === blockId);
  w = {
    ...w,
    agenda: {
      timeZone: 'Europe/Warsaw',
      days: [
        { id: 'day-1', date: '2027-01-14', start: 9 * 60, end: 17 * 60 },
        { id: 'day-2', date: '2027-01-15', start: 9 * 60, end: 13 * 60 },
      ],
      blocks: blocks.map((b, i) => (i < index ? { ...b, done: true, spentMs: b.minutes * 60_000 } : b)),
      run: { blockId: null, timer: { state: 'idle' }, countingSince: null, chime: false },
    },
  };
  w = startBlock(w, blockId, startedAt);
  return addedMinutes === 0 ? w : addTime(w, addedMinutes);
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
