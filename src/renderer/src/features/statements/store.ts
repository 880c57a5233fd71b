import { create } from 'zustand';
import type { StatementKind } from '../../../../shared/domain/workspace/statementCheckSchema';

/**
 * What the written-check screens show right now: view state only, never saved. A draft
 * being written lives in the private screen's own state and is dropped when that person
 * leaves it, so whoever takes the laptop next sees a blank screen.
 */
export type StatementViewState = {
  /** The check shown full window, or null for the round list. */
  openId: string | null;
  /** The form for a new check of this kind is open. */
  creating: StatementKind | null;
  /** Whose private writing screen is open, or null for the shared screen. */
  writingAs: string | null;
  /** "Thanks, Dana: your draft is in." on the shared screen after a draft. */
  lastWritten: string | null;
};

export const useStatementView = create<StatementViewState>()(() => ({
  openId: null,
  creating: null,
  writingAs: null,
  lastWritten: null,
}));

const set = useStatementView.setState;

export const statementView = {
  open: (id: string) => set({ openId: id, creating: null, writingAs: null, lastWritten: null }),
  create: (kind: StatementKind) => set({ openId: null, creating: kind, writingAs: null, lastWritten: null }),
  close: () => set({ openId: null, creating: null, writingAs: null, lastWritten: null }),
  writeAs: (participantId: string) => set({ writingAs: participantId, lastWritten: null }),
  doneWriting: (name: string | null) => set({ writingAs: null, lastWritten: name }),
};
