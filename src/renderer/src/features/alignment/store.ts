import { create } from 'zustand';

/**
 * What the checkpoint screens show right now: view state only, never saved. The answers
 * themselves live in the workspace; an answer being written stays in the private screen's
 * own state and is gone when that person leaves it, so the next person cannot see it.
 */
export type CheckpointViewState = {
  /** The checkpoint shown full screen, or null for the round list. */
  openId: string | null;
  /** The form for a new checkpoint is open. */
  creating: boolean;
  /** Whose private answer screen is open, or null for the shared screen. */
  answeringAs: string | null;
  /** "Thanks, Dana: your answers are in." on the shared screen after an answer. */
  lastAnswered: string | null;
};

export const useCheckpointView = create<CheckpointViewState>()(() => ({
  openId: null,
  creating: false,
  answeringAs: null,
  lastAnswered: null,
}));

const set = useCheckpointView.setState;

export const checkpointView = {
  open: (id: string) => set({ openId: id, creating: false, answeringAs: null, lastAnswered: null }),
  create: () => set({ openId: null, creating: true, answeringAs: null, lastAnswered: null }),
  close: () => set({ openId: null, creating: false, answeringAs: null, lastAnswered: null }),
  answerAs: (participantId: string) => set({ answeringAs: participantId, lastAnswered: null }),
  doneAnswering: (name: string | null) => set({ answeringAs: null, lastAnswered: name }),
};
