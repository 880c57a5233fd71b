import { create } from 'zustand';

/**
 * What the ranking screens show right now. Rounds, items and ballots themselves live in
 * the workspace (and are saved with it); this is only view state, never saved.
 */
export type RankingViewState = {
  selectedRoundId: string | null;
  /** The participant whose private ballot is open, or null for the shared screen. */
  votingAs: string | null;
  /** "Thanks, Dana — your ballot is in": shown on the shared screen after a vote. */
  lastVoter: string | null;
  /** Hide names in the agreement views, for a sensitive room. */
  hideNames: boolean;
  /** Full-screen, large type, for the projector. */
  presenting: boolean;
};

export const useRankingView = create<RankingViewState>()(() => ({
  selectedRoundId: null,
  votingAs: null,
  lastVoter: null,
  hideNames: false,
  presenting: false,
}));

const set = useRankingView.setState;

export const rankingView = {
  selectRound: (id: string | null) => set({ selectedRoundId: id, votingAs: null, lastVoter: null }),
  voteAs: (participantId: string) => set({ votingAs: participantId, lastVoter: null }),
  doneVoting: (name: string | null) => set({ votingAs: null, lastVoter: name }),
  toggleNames: () => set((s) => ({ hideNames: !s.hideNames })),
  setPresenting: (presenting: boolean) => {
    set({ presenting });
    // Full screen is a request the browser may refuse (e.g. not from a click); the
    // large-type layout applies either way.
    if (presenting && !document.fullscreenElement)
      void document.documentElement.requestFullscreen?.().catch(() => undefined);
    if (!presenting && document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  },
  reset: () => set({ selectedRoundId: null, votingAs: null, lastVoter: null, presenting: false }),
};
