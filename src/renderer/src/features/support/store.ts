import { create } from 'zustand';

/**
 * What the support matrix screens show right now: view state only, never saved. Ratings
 * live in the workspace; a rating being given stays in the private screen's own state and
 * is gone when that person leaves it, so the next person cannot see it.
 */
export type SupportViewState = {
  /** The check shown full window, or null for the round list. */
  openId: string | null;
  /** The form for a new check is open. */
  creating: boolean;
  /** Whose private rating screen is open, or null for the shared screen. */
  ratingAs: string | null;
  /** "Thanks, Dana: your ratings are in." on the shared screen after a rating. */
  lastRated: string | null;
};

export const useSupportView = create<SupportViewState>()(() => ({
  openId: null,
  creating: false,
  ratingAs: null,
  lastRated: null,
}));

const set = useSupportView.setState;

export const supportView = {
  open: (id: string) => set({ openId: id, creating: false, ratingAs: null, lastRated: null }),
  create: () => set({ openId: null, creating: true, ratingAs: null, lastRated: null }),
  close: () => set({ openId: null, creating: false, ratingAs: null, lastRated: null }),
  rateAs: (participantId: string) => set({ ratingAs: participantId, lastRated: null }),
  doneRating: (name: string | null) => set({ ratingAs: null, lastRated: name }),
};
