import { create } from 'zustand';
import type { BoardClipboard } from '../../../../shared/domain/board';
import type { Link, Workspace } from '../../../../shared/domain/workspace';

export type BoardLayout = 'matrix' | 'lanes' | 'dependencies';

/** A status change waiting for its one-line rationale. */
export type PendingStatus = { priorityId: string; status: 'committed' | 'deferred' | 'dropped' };

/** A delete waiting for a yes: some of its cards are ranked in ballots. */
export type PendingDelete = { cardIds: string[]; noteIds: string[]; linkId: string | null; ballots: number };

/**
 * A delete just done, for the undo toast. `after` is the workspace the delete left: Undo is
 * offered only while the workspace is still that one (after any other edit, the app's
 * undo would take back that edit instead). `key` restarts the toast for each delete.
 */
export type BoardRemoval = { message: string; after: Workspace; key: number };

/**
 * What the board shows right now. Cards, links, notes and the decision log live in the
 * workspace (saved, undoable); this is view state only, never saved.
 */
export type BoardViewState = {
  layout: BoardLayout;
  /** Kind given to the next link drawn handle to handle. */
  linkKind: Link['kind'];
  /** A mirror of the canvas's selection, for the inspector and the keyboard. */
  selectedIds: string[];
  selectedLinkId: string | null;
  /** A selection asked for by a gesture outside the canvas (a warning, paste, search). */
  selectionRequest: { ids: string[]; linkId: string | null } | null;
  query: string;
  pending: PendingStatus | null;
  pendingDelete: PendingDelete | null;
  removal: BoardRemoval | null;
  /** The last refused edit, in words, shown until the next gesture. */
  error: string | null;
  clipboard: BoardClipboard | null;
  /** Cards to bring into view (warnings, search); a fresh object each time so it re-fires. */
  focus: { ids: string[] } | null;
  /** Dependency view positions from elkjs, by card id. */
  graphPositions: Record<string, { x: number; y: number }> | null;
};

const initial: BoardViewState = {
  layout: 'matrix',
  linkKind: 'depends-on',
  selectedIds: [],
  selectedLinkId: null,
  selectionRequest: null,
  query: '',
  pending: null,
  pendingDelete: null,
  removal: null,
  error: null,
  clipboard: null,
  focus: null,
  graphPositions: null,
};

export const useBoardView = create<BoardViewState>()(() => initial);
const set = useBoardView.setState;

export const boardView = {
  setLayout: (layout: BoardLayout) => set({ layout }),
  setLinkKind: (linkKind: Link['kind']) => set({ linkKind }),
  /** Selects cards or a link on the canvas (the canvas applies it and reports back). */
  select: (selectedIds: string[], selectedLinkId: string | null = null) =>
    set({ selectedIds, selectedLinkId, selectionRequest: { ids: selectedIds, linkId: selectedLinkId } }),
  /** What the canvas reports as selected: recorded only, never sent back (no loop). */
  mirrorSelection: (selectedIds: string[], selectedLinkId: string | null) =>
    set({ selectedIds, selectedLinkId }),
  setQuery: (query: string) => set({ query }),
  askRationale: (pending: PendingStatus | null) => set({ pending }),
  askDelete: (pendingDelete: PendingDelete | null) => set({ pendingDelete }),
  removed: (message: string, after: Workspace) =>
    set((s) => ({ removal: { message, after, key: (s.removal?.key ?? 0) + 1 } })),
  dismissRemoval: () => set({ removal: null }),
  fail: (error: string | null) => set({ error }),
  setClipboard: (clipboard: BoardClipboard) => set({ clipboard }),
  focusOn: (ids: string[]) => set({ focus: { ids } }),
  setGraphPositions: (graphPositions: BoardViewState['graphPositions']) => set({ graphPositions }),
  reset: () => set(initial),
};
