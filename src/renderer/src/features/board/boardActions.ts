import {
  addLink,
  addNote,
  axesOf,
  matrixPoint,
  changeStatus,
  copyCards,
  countOf,
  LINK_KIND_LABELS,
  moveToLane,
  nudgeCards,
  pasteCards,
  placeCard,
  removeCards,
  removeLinks,
  removeNotes,
  setBoard,
  setCardScores,
  updateLink,
  updateNote,
  type CardStatus,
  type NewLink,
  type StatusDecision,
} from '../../../../shared/domain/board';
import { addPriorities, ballotsMentioning, updatePriority } from '../../../../shared/domain/priorities';
import type { Board, Link, Workspace } from '../../../../shared/domain/workspace';
import { boardView, useBoardView, type PendingDelete } from './store';
import { localDay } from '../../../../shared/domain/calendarDay';
import { useDocument, documentActions } from '../../document';

const newId = () => crypto.randomUUID();

/**
 * Every board gesture ends here: one workspace edit (so one undo), or a refusal shown
 * on the board with nothing changed.
 */
function apply(recipe: (w: Workspace) => Workspace): boolean {
  const refusal = documentActions.tryEdit(recipe);
  boardView.fail(refusal);
  return refusal === null;
}

const axes = (w: Workspace) => axesOf(w.board);

/** Mid-board, stepping down and right past cards already there, so new cards never stack. */
function freeSpot(w: Workspace): { x: number; y: number } {
  const a = axes(w);
  const taken = new Set(
    w.priorities.map((p) => {
      const pt = matrixPoint(p, a);
      return `${pt.x.toFixed(1)},${pt.y.toFixed(1)}`;
    }),
  );
  for (let k = 0; k < 12; k++) {
    const spot = { x: 5 + k * 0.6, y: 5 - k * 0.4 };
    if (!taken.has(`${spot.x.toFixed(1)},${spot.y.toFixed(1)}`)) return spot;
  }
  return { x: 5, y: 5 };
}
const workspace = () => useDocument.getState().current?.workspace ?? null;

/** Removes cards, notes and a link in one edit, and offers Undo for it. */
function remove({ cardIds, noteIds, linkId }: Omit<PendingDelete, 'ballots'>): void {
  const w = workspace();
  if (!w) return;
  const message = removalMessage(w, cardIds, noteIds, linkId);
  const ok = apply((ws) => {
    let next = removeCards(ws, cardIds);
    next = removeNotes(next, noteIds);
    return linkId ? removeLinks(next, [linkId]) : next;
  });
  boardView.select([]);
  const after = workspace();
  if (ok && after) boardView.removed(message, after);
}

/** What a delete took away, by name: “Deleted card “Launch in the EU”.” */
export function removalMessage(
  w: Workspace,
  cardIds: readonly string[],
  noteIds: readonly string[],
  linkId: string | null,
): string {
  const title = (id: string) => w.priorities.find((p) => p.id === id)?.title ?? '';
  const parts: string[] = [];
  if (cardIds.length === 1) parts.push(`card “${title(cardIds[0]!)}”`);
  else if (cardIds.length > 1) parts.push(countOf(cardIds.length, 'card'));
  if (noteIds.length > 0) parts.push(countOf(noteIds.length, 'note'));
  const link = linkId ? w.links.find((l) => l.id === linkId) : undefined;
  if (link) parts.push(`link “${title(link.from)}” ${LINK_KIND_LABELS[link.kind]} “${title(link.to)}”`);
  return `Deleted ${parts.join(', ')}.`;
}

export const boardActions = {
  placeCards: (moves: Array<{ id: string; score: { x: number; y: number } }>) =>
    apply((w) => moves.reduce((acc, m) => placeCard(acc, m.id, axes(acc), m.score), w)),
  setScores: (id: string, scores: { x?: number; y?: number }) =>
    apply((w) => setCardScores(w, id, axes(w), scores)),
  nudge: (ids: string[], by: { x: number; y: number }) => apply((w) => nudgeCards(w, ids, axes(w), by)),
  moveToLane: (id: string, department: string) => apply((w) => moveToLane(w, id, department)),
  rename: (id: string, title: string) =>
    title.trim().length === 0
      ? boardView.fail('A card needs a title.')
      : apply((w) => updatePriority(w, id, { title })),
  setOwner: (id: string, owner: string) => apply((w) => updatePriority(w, id, { owner })),
  setDepartment: (id: string, department: string) => apply((w) => updatePriority(w, id, { department })),
  addCard: (title: string, at: { x: number; y: number } | null) => {
    const w = workspace();
    if (!w) return;
    const before = new Set(w.priorities.map((p) => p.id));
    apply((ws) => {
      const added = addPriorities(ws, [{ title }], newId);
      const id = added.priorities.find((p) => !before.has(p.id))?.id;
      return id ? placeCard(added, id, axes(added), at ?? freeSpot(ws)) : added;
    });
    const created = workspace()?.priorities.find((p) => !before.has(p.id));
    if (created) boardView.select([created.id]);
    else boardView.fail(`There is already a card called “${title.trim()}”.`);
  },
  /** Committing, deferring or dropping needs a rationale: ask for it first. */
  requestStatus: (priorityId: string, status: CardStatus) => {
    if (status === 'candidate') apply((w) => changeStatus(w, priorityId, status, null, newId()));
    else boardView.askRationale({ priorityId, status });
  },
  confirmStatus: (decision: Omit<StatusDecision, 'date'>) => {
    const pending = useBoardView.getState().pending;
    if (!pending) return;
    const ok = apply((w) =>
      changeStatus(w, pending.priorityId, pending.status, { ...decision, date: localDay() }, newId()),
    );
    if (ok) boardView.askRationale(null);
  },
  link: (link: NewLink) => {
    const id = newId();
    if (apply((w) => addLink(w, link, id))) boardView.select([], id);
  },
  updateLink: (id: string, change: { kind?: Link['kind']; cost?: string }) =>
    apply((w) => updateLink(w, id, change)),
  /**
   * Delete removes the selection at once, with Undo in a toast; when ballots rank one of
   * the cards it asks first (as the Priorities tab does), since results will change.
   */
  removeSelection: () => {
    const { selectedIds, selectedLinkId } = useBoardView.getState();
    const w = workspace();
    if (!w) return;
    const notes = new Set(w.board.notes.map((n) => n.id));
    const cardIds = selectedIds.filter((id) => !notes.has(id));
    const noteIds = selectedIds.filter((id) => notes.has(id));
    if (cardIds.length + noteIds.length === 0 && selectedLinkId === null) return;
    const ballots = cardIds.reduce((n, id) => n + ballotsMentioning(w, id), 0);
    const request = { cardIds, noteIds, linkId: selectedLinkId, ballots };
    if (ballots > 0) boardView.askDelete(request);
    else remove(request);
  },
  confirmDelete: () => {
    const request = useBoardView.getState().pendingDelete;
    boardView.askDelete(null);
    if (request) remove(request);
  },
  copy: () => {
    const w = workspace();
    const ids = useBoardView.getState().selectedIds;
    if (w && ids.length > 0) boardView.setClipboard(copyCards(w, ids));
  },
  paste: () => {
    const clip = useBoardView.getState().clipboard;
    if (!clip) return;
    let pasted: string[] = [];
    apply((w) => {
      const result = pasteCards(w, clip, newId);
      pasted = result.pastedIds;
      return result.workspace;
    });
    if (pasted.length > 0) boardView.select(pasted);
  },
  setBoard: (change: Partial<Omit<Board, 'notes'>>) => apply((w) => setBoard(w, change)),
  addNote: (at: { x: number; y: number }) => {
    const id = newId();
    if (apply((w) => addNote(w, id, at))) boardView.select([id]);
  },
  updateNote: (id: string, change: { text?: string; x?: number; y?: number }) =>
    apply((w) => updateNote(w, id, change)),
};
