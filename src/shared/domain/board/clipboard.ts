import { LIMITS, type Link, type Priority, type Workspace } from '../workspace';
import { BoardError } from './boardError';

/** What copy takes: the cards, and the links that run between two of them. */
export type BoardClipboard = { priorities: Priority[]; links: Link[] };

export function copyCards(w: Workspace, ids: readonly string[]): BoardClipboard {
  const chosen = new Set(ids);
  return {
    priorities: w.priorities.filter((p) => chosen.has(p.id)),
    links: w.links.filter((l) => chosen.has(l.from) && chosen.has(l.to)),
  };
}

/** Offset of a pasted copy, in score units: down and to the right, so both stay visible. */
const PASTE_SHIFT = 0.5;

/**
 * Pastes copies as new priorities (new ids, status back to candidate: a copy has not been
 * decided on) with their links between them. Returns the new ids so they can be selected.
 */
export function pasteCards(
  w: Workspace,
  clip: BoardClipboard,
  newId: () => string,
): { workspace: Workspace; pastedIds: string[] } {
  if (clip.priorities.length === 0) return { workspace: w, pastedIds: [] };
  if (w.priorities.length + clip.priorities.length > LIMITS.priorities) {
    throw new BoardError(`A workspace can hold at most ${LIMITS.priorities} priorities.`);
  }
  const ids = new Map(clip.priorities.map((p) => [p.id, newId()]));
  const shift = (v: number) => Math.min(10, Math.max(0, Math.round((v + PASTE_SHIFT) * 10) / 10));
  const copies = clip.priorities.map((p): Priority => ({
    ...p,
    id: ids.get(p.id)!,
    title: copyTitle(p.title),
    status: 'candidate',
    effort: shift(p.effort),
    impact: Math.max(0, Math.round((p.impact - PASTE_SHIFT) * 10) / 10),
  }));
  const links = clip.links
    .filter((l) => ids.has(l.from) && ids.has(l.to))
    .map((l): Link => ({ ...l, id: newId(), from: ids.get(l.from)!, to: ids.get(l.to)! }));
  return {
    workspace: { ...w, priorities: [...w.priorities, ...copies], links: [...w.links, ...links] },
    pastedIds: copies.map((c) => c.id),
  };
}

function copyTitle(title: string): string {
  const suffix = ' (copy)';
  return title.length + suffix.length <= LIMITS.name ? title + suffix : title;
}
