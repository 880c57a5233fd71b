import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createDispatcher, trustedSenderCheck } from '../../../src/main/ipc/dispatch';
import type { HandlerMap } from '../../../src/main/ipc/handlers';
import { StageRelay, type AudienceScreen } from '../../../src/main/services/stageRelay';
import type { Stage } from '../../../src/shared/domain/stage';
import { AUDIENCE_CHANNELS, CHANNEL_NAMES } from '../../../src/shared/ipc/channels';
import { handlersOver, makeServices, sampleInput } from '../../support/services';

const APP = 'app://offsite/index.html#audience';

/** An audience screen that records what it was asked to paint. */
function fakeScreen() {
  let open = false;
  const painted: Stage[] = [];
  const screen: AudienceScreen = {
    open: () => Promise.resolve(void (open = true)),
    close: () => Promise.resolve(void (open = false)),
    swap: () => Promise.resolve(),
    identify: () => Promise.resolve(),
    status: () => ({ open, fullScreen: open, displays: 2 }),
    paint: (stage) => void painted.push(stage),
  };
  return { screen, painted };
}

let s: Awaited<ReturnType<typeof makeServices>>;
let handle: string;
beforeAll(async () => {
  s = await makeServices();
  handle = (await s.workspaces.create(sampleInput, s.documents)).handle;
});
afterAll(() => s.cleanup());

function setUp() {
  const fake = fakeScreen();
  const relay = new StageRelay(fake.screen);
  const handlers = handlersOver(s, { stage: relay });
  const spies = Object.fromEntries(
    CHANNEL_NAMES.map((c) => [
      c,
      vi.fn((request: unknown) => (handlers[c] as (r: unknown) => Promise<unknown>)(request)),
    ]),
  ) as unknown as HandlerMap;
  const dispatch = createDispatcher(spies, { isTrustedSender: trustedSenderCheck(['app://offsite']) });
  return { dispatch, spies, fake };
}

/** A request each channel would accept from the presenter. */
function validRequest(channel: string): unknown {
  if (channel === 'stage:show') return { stage: { kind: 'title', title: 'Q3', subtitle: '' } };
  if (channel.startsWith('workspace:') && channel !== 'workspace:listRecent')
    return { handle, path: s.documents };
  return {};
}

describe('the audience window’s rights', () => {
  it('refuses every channel but the stage it shows, before any handler runs', async () => {
    const { dispatch, spies } = setUp();
    const refused = CHANNEL_NAMES.filter((c) => !AUDIENCE_CHANNELS.includes(c));
    expect(refused).toContain('workspace:save');
    expect(refused).toContain('stage:show');
    expect(refused.length).toBe(CHANNEL_NAMES.length - 1);
    for (const channel of refused) {
      const result = await dispatch(channel, validRequest(channel), APP, 'audience');
      expect(result, channel).toMatchObject({ ok: false, code: 'FORBIDDEN' });
      expect(spies[channel], channel).not.toHaveBeenCalled();
    }
  });

  it('lets it read the current stage, which the presenter sent', async () => {
    const { dispatch } = setUp();
    expect(await dispatch('stage:current', {}, APP, 'audience')).toEqual({ ok: true, value: null });
    const stage: Stage = {
      kind: 'voteProgress',
      question: 'Which bets?',
      voters: [{ name: 'Aiko', voted: true }],
    };
    expect(await dispatch('stage:show', { stage }, 'app://offsite/index.html')).toEqual({
      ok: true,
      value: null,
    });
    expect(await dispatch('stage:current', {}, APP, 'audience')).toEqual({ ok: true, value: stage });
  });

  it('paints what the presenter sends while the window is open, and the latest stage when it opens', async () => {
    const { dispatch, fake } = setUp();
    const first: Stage = { kind: 'title', title: 'Before the projector', subtitle: '' };
    await dispatch('stage:show', { stage: first }, 'app://offsite/index.html');
    expect(fake.painted).toEqual([]);
    expect(await dispatch('audience:open', {}, 'app://offsite/index.html')).toMatchObject({
      ok: true,
      value: { open: true },
    });
    expect(fake.painted).toEqual([first]);
    const blank: Stage = { kind: 'blank' };
    await dispatch('stage:show', { stage: blank }, 'app://offsite/index.html');
    expect(fake.painted).toEqual([first, blank]);
  });

  it('refuses a stage that is not one, and paints nothing', async () => {
    const { dispatch, fake } = setUp();
    await dispatch('audience:open', {}, 'app://offsite/index.html');
    for (const stage of [
      { kind: 'ballot', tiers: [['a']] },
      { kind: 'title', title: 'x', subtitle: '', notes: 'private speaker notes' },
      { kind: 'voteProgress', question: 'q', voters: [{ name: 'A', voted: true, ranking: ['a'] }] },
      { kind: 'title', title: 'x'.repeat(10_000), subtitle: '' },
    ]) {
      const result = await dispatch('stage:show', { stage }, 'app://offsite/index.html');
      expect(result).toMatchObject({ ok: false, code: 'BAD_REQUEST' });
    }
    expect(fake.painted).toEqual([]);
  });
});
