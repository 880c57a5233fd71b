import { create } from 'zustand';
import type { Workspace } from '../../../../shared/domain/workspace';
import type { BallotDraft } from './ballots';

/** A ballot just withdrawn, and the workspace as it was right after: Undo is offered until it changes. */
export type Withdrawal = { voterName: string; after: Workspace };

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
  /**
   * Ballots in progress, by `draftKey`: kept on this device, in memory, while the voter
   * steps away (another tab, another voter) and dropped on submit or cancel. Never in the
   * workspace: a ballot is private until it is submitted.
   */
  drafts: Record<string, BallotDraft>;
  withdrawal: Withdrawal | null;
};

/** One voter's ballot in one round of one workspace. */
export function draftKey(workspaceId: string, roundId: string, participantId: string): string {
  return `${workspaceId}/${roundId}/${participantId}`;
}

export const useRankingView = create<RankingViewState>()(() => ({
  selectedRoundId: null,
  votingAs: null,
  lastVoter: null,
  hideNames: false,
  presenting: false,
  drafts: {},
  withdrawal: null,
}));

const set = useRankingView.setState;

export const rankingView = {
  selectRound: (id: string | null) => set({ selectedRoundId: id, votingAs: null, lastVoter: null }),
  voteAs: (participantId: string) => set({ votingAs: participantId, lastVoter: null }),
  doneVoting: (name: string | null) => set({ votingAs: null, lastVoter: name }),
  keepDraft: (key: string, draft: BallotDraft) => set((s) => ({ drafts: { ...s.drafts, [key]: draft } })),
  dropDraft: (key: string) =>
    set((s) => {
      if (!(key in s.drafts)) return s;
      const { [key]: _dropped, ...rest } = s.drafts;
      return { drafts: rest };
    }),
  // The thanks for that ballot would now be wrong.
  withdrew: (withdrawal: Withdrawal) => set({ withdrawal, lastVoter: null }),
  dismissWithdrawal: () => set({ withdrawal: null }),
  toggleNames: () => set((s) => ({ hideNames: !s.hideNames })),
  // The app shell fills the screen while presenting (ui/useFullScreen).
  setPresenting: (presenting: boolean) => set({ presenting }),
  // Drafts are kept across closing and reopening the workspace, as long as the app runs.
  reset: () =>
    set({ selectedRoundId: null, votingAs: null, lastVoter: null, presenting: false, withdrawal: null }),
};
