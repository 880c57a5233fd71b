import {
  BOARD_LIMITS,
  LIMITS,
  linkKey,
  type Board,
  type Link,
  type Priority,
  type Workspace,
} from '../workspace';
import { removePriority } from '../priorities';
import { checkScore, roundScore, withScore, type Axes } from './axes';
import { BoardError } from './boardError';

export type LinkKind = Link['kind'];
export const LINK_KIND_LABELS: Record<LinkKind, string> = {
  'depends-on': 'depends on',
  'conflicts-with': 'conflicts with',
  'trades-off': 'trades off against',
  supports: 'supports',
};

function priorityOf(w: Workspace, id: string): Priority {
  const p = w.priorities.find((x) => x.id === id);
  if (!p) throw new BoardError('That card no longer exists.');
  return p;
}

function replacePriority(w: Workspace, next: Priority): Workspace {
  return { ...w, priorities: w.priorities.map((p) => (p.id === next.id ? next : p)) };
}

/** Dropping a card at a point of the matrix sets its two scores (rounded to one decimal). */
export function placeCard(w: Workspace, id: string, axes: Axes, point: { x: number; y: number }): Workspace {
  let p = priorityOf(w, id);
  p = withScore(p, axes.x.dimension, roundScore(point.x), axes.x.label);
  p = withScore(p, axes.y.dimension, roundScore(point.y), axes.y.label);
  return replacePriority(w, p);
}

/** Typing scores moves the card. Values outside 0–10 are refused with a message. */
export function setCardScores(
  w: Workspace,
  id: string,
  axes: Axes,
  scores: { x?: number; y?: number },
): Workspace {
  let p = priorityOf(w, id);
  if (scores.x !== undefined) p = withScore(p, axes.x.dimension, scores.x, axes.x.label);
  if (scores.y !== undefined) p = withScore(p, axes.y.dimension, scores.y, axes.y.label);
  return replacePriority(w, p);
}

/** Moves several cards by the same amount (keyboard nudging, dragging a selection). */
export function nudgeCards(
  w: Workspace,
  ids: readonly string[],
  axes: Axes,
  by: { x: number; y: number },
): Workspace {
  const moving = new Set(ids);
  return {
    ...w,
    priorities: w.priorities.map((p) => {
      if (!moving.has(p.id)) return p;
      const x = roundScore((dimensionValue(p, axes.x.dimension) ?? 5) + by.x);
      const y = roundScore((dimensionValue(p, axes.y.dimension) ?? 5) + by.y);
      return withScore(withScore(p, axes.x.dimension, x, axes.x.label), axes.y.dimension, y, axes.y.label);
    }),
  };
}

function dimensionValue(p: Priority, d: Axes['x']['dimension']): number | undefined {
  return d === 'impact' ? p.impact : d === 'effort' ? p.effort : p.scores[d];
}

/** Department lanes: dropping a card into a lane gives it that department. */
export function moveToLane(w: Workspace, id: string, department: string): Workspace {
  const p = priorityOf(w, id);
  if (department.length > LIMITS.shortText) throw new BoardError('That department name is too long.');
  return p.department === department ? w : replacePriority(w, { ...p, department });
}

export type NewLink = { from: string; to: string; kind: LinkKind; cost?: string };

/** The reason a link cannot be drawn, or null when it can. */
export function linkProblem(w: Workspace, link: NewLink): string | null {
  const ids = new Set(w.priorities.map((p) => p.id));
  if (!ids.has(link.from) || !ids.has(link.to)) return 'One of those cards has been deleted.';
  if (link.from === link.to) return 'A card cannot be linked to itself.';
  const key = linkKey(link);
  const existing = w.links.find((l) => linkKey(l) === key);
  if (existing) return `These two cards are already linked (${LINK_KIND_LABELS[existing.kind]}).`;
  if ((link.cost ?? '').length > 500) return 'Say the cost in at most 500 characters.';
  if (w.links.length >= LIMITS.links) return `A board can hold at most ${LIMITS.links} links.`;
  return null;
}

export function addLink(w: Workspace, link: NewLink, id: string): Workspace {
  const problem = linkProblem(w, link);
  if (problem) throw new BoardError(problem);
  const cost = link.kind === 'trades-off' ? (link.cost ?? '').trim() : '';
  return { ...w, links: [...w.links, { id, from: link.from, to: link.to, kind: link.kind, cost }] };
}

export function updateLink(w: Workspace, id: string, change: { kind?: LinkKind; cost?: string }): Workspace {
  const link = w.links.find((l) => l.id === id);
  if (!link) throw new BoardError('That link no longer exists.');
  const next = { ...link, ...change };
  const others = { ...w, links: w.links.filter((l) => l.id !== id) };
  const problem = linkProblem(others, next);
  if (problem) throw new BoardError(problem);
  if (next.kind !== 'trades-off') next.cost = '';
  return { ...w, links: w.links.map((l) => (l.id === id ? next : l)) };
}

export function removeLinks(w: Workspace, ids: readonly string[]): Workspace {
  const gone = new Set(ids);
  return { ...w, links: w.links.filter((l) => !gone.has(l.id)) };
}

/** Deleting cards deletes the priorities everywhere (ranking, deck): undo brings them back. */
export function removeCards(w: Workspace, ids: readonly string[]): Workspace {
  return ids.reduce((acc, id) => removePriority(acc, id), w);
}

export function setBoard(w: Workspace, change: Partial<Omit<Board, 'notes'>>): Workspace {
  if (change.capacity !== undefined && change.capacity !== null) {
    if (!Number.isFinite(change.capacity) || change.capacity < 0 || change.capacity > BOARD_LIMITS.capacity) {
      throw new BoardError(`Capacity is a number of effort points from 0 to ${BOARD_LIMITS.capacity}.`);
    }
  }
  for (const label of [change.customX, change.customY]) {
    if (label !== undefined && label.length > BOARD_LIMITS.axisLabel) {
      throw new BoardError(`An axis label can be at most ${BOARD_LIMITS.axisLabel} characters.`);
    }
  }
  return { ...w, board: { ...w.board, ...change } };
}

export function addNote(w: Workspace, id: string, at: { x: number; y: number }, text = ''): Workspace {
  if (w.board.notes.length >= BOARD_LIMITS.notes)
    throw new BoardError(`A board can hold at most ${BOARD_LIMITS.notes} notes.`);
  return { ...w, board: { ...w.board, notes: [...w.board.notes, { id, text, x: at.x, y: at.y }] } };
}

export function updateNote(
  w: Workspace,
  id: string,
  change: { text?: string; x?: number; y?: number },
): Workspace {
  if (change.text !== undefined && change.text.length > BOARD_LIMITS.noteText) {
    throw new BoardError(`A note can be at most ${BOARD_LIMITS.noteText} characters.`);
  }
  for (const v of [change.x, change.y]) {
    if (v !== undefined && (!Number.isFinite(v) || Math.abs(v) > BOARD_LIMITS.coordinate)) {
      throw new BoardError('A note cannot go that far off the board.');
    }
  }
  if (!w.board.notes.some((n) => n.id === id)) throw new BoardError('That note no longer exists.');
  return {
    ...w,
    board: { ...w.board, notes: w.board.notes.map((n) => (n.id === id ? { ...n, ...change } : n)) },
  };
}

export function removeNotes(w: Workspace, ids: readonly string[]): Workspace {
  const gone = new Set(ids);
  return { ...w, board: { ...w.board, notes: w.board.notes.filter((n) => !gone.has(n.id)) } };
}

export { checkScore };
