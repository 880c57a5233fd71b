import { create } from 'zustand';
import type { Cue, Stage } from '../../../../shared/domain/stage';
import type { AudienceStatus } from '../../../../shared/ipc/contract';
import { bridge } from '../../bridge';

/**
 * The facilitator's side of the room: the cue on the projector, black and freeze, the
 * audience window's status, when the session started, and the stage last sent (what the
 * room sees now, drawn small on the console).
 */
export type PresenterState = {
  cue: Cue;
  blank: boolean;
  frozen: boolean;
  audience: AudienceStatus;
  /** When the console or the audience window was first used today: the elapsed clock. */
  startedAt: number | null;
  /** What the room sees now: the stage last sent (kept while frozen). */
  shown: Stage | null;
  /** Why the last request to main failed, in words; null when all is well. */
  problem: string | null;
};

const initial: PresenterState = {
  cue: { kind: 'title' },
  blank: false,
  frozen: false,
  audience: { open: false, fullScreen: false, displays: 1 },
  startedAt: null,
  shown: null,
  problem: null,
};

export const usePresenter = create<PresenterState>()(() => initial);
const set = usePresenter.setState;
const get = usePresenter.getState;

function started(): Partial<PresenterState> {
  return get().startedAt === null ? { startedAt: Date.now() } : {};
}

async function audienceCall(
  run: () => Promise<{ ok: true; value: AudienceStatus } | { ok: false; message: string }>,
) {
  const result = await run();
  if (result.ok) set({ audience: result.value, problem: null, ...started() });
  else set({ problem: result.message });
}

export const presenterActions = {
  show: (cue: Cue): void => set({ cue, blank: false, ...started() }),
  toggleBlank: (): void => set((s) => ({ blank: !s.blank })),
  toggleFreeze: (): void => set((s) => ({ frozen: !s.frozen })),
  /** The stage actually sent: the console's "now" thumbnail follows it. */
  sent: (stage: Stage): void => set({ shown: stage }),
  failed: (message: string): void => set({ problem: message }),
  openAudience: () => audienceCall(() => bridge().audience.open({})),
  closeAudience: () => audienceCall(() => bridge().audience.close({})),
  swapDisplays: () => audienceCall(() => bridge().audience.swap({})),
  identifyDisplays: async (): Promise<void> => {
    const result = await bridge().audience.identify({});
    if (!result.ok) set({ problem: result.message });
  },
  refreshAudience: () => audienceCall(() => bridge().audience.status({})),
  audienceChanged: (status: AudienceStatus): void => set({ audience: status }),
  reset: (): void => set(initial, true),
};
