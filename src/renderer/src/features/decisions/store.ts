import { create } from 'zustand';
import type { DecisionKind, Workspace } from '../../../../shared/domain/workspace';
import type { LogOrder } from '../../../../shared/domain/decisions';

/** Something just removed, and the workspace as it was right after: Undo is offered until it changes. */
export type Removal = { noun: 'decision' | 'action item'; name: string; after: Workspace };

export type DecisionLogState = {
  kind: DecisionKind | 'all';
  text: string;
  order: LogOrder;
  removal: Removal | null;
  /** The entry just added by hand: its first empty field takes the focus. */
  justAdded: string | null;
  /** The workspace these filters were set in: another workspace starts unfiltered. */
  workspaceId: string | null;
};

const initial: DecisionLogState = {
  kind: 'all',
  text: '',
  order: 'newest',
  removal: null,
  justAdded: null,
  workspaceId: null,
};

/** View state only (filters, the undo offer); the log itself lives in the workspace. */
export const useDecisionLog = create<DecisionLogState>()(() => initial);
const set = useDecisionLog.setState;

export const decisionLogView = {
  showKind: (kind: DecisionKind | 'all'): void => set({ kind }),
  search: (text: string): void => set({ text }),
  toggleOrder: (): void => set((s) => ({ order: s.order === 'newest' ? 'oldest' : 'newest' })),
  removed: (removal: Removal): void => set({ removal }),
  dismissRemoval: (): void => set({ removal: null }),
  added: (id: string): void => set({ justAdded: id, kind: 'all', text: '' }),
  /** The new entry has taken the focus once; coming back to the tab later should not move it. */
  focusTaken: (): void => set({ justAdded: null }),
  showWorkspace: (workspaceId: string): void => {
    if (useDecisionLog.getState().workspaceId !== workspaceId) set({ ...initial, workspaceId }, true);
  },
  reset: (): void => set(initial, true),
};
