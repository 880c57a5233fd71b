import type { Workspace } from '../../../../../shared/domain/workspace';
import { currentBlock } from '../../../../../shared/domain/agenda';

/**
 * The priority "in focus" when the facilitator parks something, read from what is on
 * screen so no other feature has to know about the parking lot:
 * 1. the element with the keyboard focus, inside something that names a priority
 *    (`data-priority-id`, or a board card's `data-card-id`: a card is a priority);
 * 2. the one card selected on the board;
 * 3. the running block, when it is about exactly one priority.
 * Nothing otherwise: a wrong link is worse than none, and the box lets it be chosen.
 */
export function priorityInFocus(w: Workspace, root: Document = document): string | null {
  const known = (id: string | null | undefined): id is string =>
    typeof id === 'string' && w.priorities.some((p) => p.id === id);

  const active = root.activeElement;
  if (active instanceof HTMLElement) {
    const named = active.closest<HTMLElement>('[data-priority-id], [data-card-id]');
    const id = named?.dataset.priorityId ?? named?.dataset.cardId;
    if (known(id)) return id;
  }

  const selected = [...root.querySelectorAll<HTMLElement>('.board-card-selected[data-card-id]')]
    .map((el) => el.dataset.cardId)
    .filter(known);
  if (new Set(selected).size === 1) return selected[0]!;

  const block = currentBlock(w.agenda);
  const linked = block?.priorityIds.filter(known) ?? [];
  return linked.length === 1 ? linked[0]! : null;
}
