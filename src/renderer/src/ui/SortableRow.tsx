import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import type { HTMLAttributes, KeyboardEvent } from 'react';

/** Moves of one place (-1 up, +1 down) or to an end, asked for from the keyboard on the handle. */
export type KeyboardMoves = {
  /** Alt+↑ / Alt+↓. */
  onStep: (direction: -1 | 1) => void;
  /** Alt+Home / Alt+End; offered only when given. */
  onEdge?: (edge: 'top' | 'bottom') => void;
  canMoveUp: boolean;
  canMoveDown: boolean;
};

/** What the row's drag handle spreads on itself: dnd-kit's attributes, listeners and ref. */
export type SortableHandleProps = HTMLAttributes<HTMLElement> & {
  ref: (element: HTMLElement | null) => void;
  'aria-keyshortcuts'?: string;
};

type SortableRowOptions = {
  disabled?: boolean;
  /** Alt+arrow moves on the handle, without dragging (the handle announces them). */
  keyboardMoves?: KeyboardMoves;
};

/**
 * One row of a list reordered with dnd-kit (inside a `SortableContext`). Spread `row` on the
 * row's element, so it follows the pointer while dragged, and `handle` on the element that
 * lifts it by mouse, touch or keyboard (Space, arrows, Space). With `keyboardMoves`, Alt+↑ /
 * Alt+↓ (and Alt+Home / Alt+End) on the handle move the row without lifting it.
 */
export function useSortableRow(id: string, { disabled = false, keyboardMoves }: SortableRowOptions = {}) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } =
    useSortable({ id, disabled });

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (keyboardMoves && event.altKey && !isDragging && moveKey(event, keyboardMoves)) {
      event.preventDefault();
      return;
    }
    (listeners?.onKeyDown as ((e: KeyboardEvent) => void) | undefined)?.(event);
  };
  const handle: SortableHandleProps = {
    ref: setActivatorNodeRef,
    ...attributes,
    ...listeners,
    ...(keyboardMoves
      ? {
          onKeyDown,
          'aria-keyshortcuts': `Alt+ArrowUp Alt+ArrowDown${keyboardMoves.onEdge ? ' Alt+Home Alt+End' : ''}`,
        }
      : {}),
  };
  const row = { ref: setNodeRef, style: { transform: CSS.Translate.toString(transform), transition } };
  return { row, handle, isDragging };
}

/** Runs the move an Alt+key asks for; true when the key was one of them. */
function moveKey(event: KeyboardEvent, moves: KeyboardMoves): boolean {
  if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
    moves.onStep(event.key === 'ArrowUp' ? -1 : 1);
    return true;
  }
  if (moves.onEdge && (event.key === 'Home' || event.key === 'End')) {
    if (event.key === 'Home' ? moves.canMoveUp : moves.canMoveDown) {
      moves.onEdge(event.key === 'Home' ? 'top' : 'bottom');
    }
    return true;
  }
  return false;
}

/** The grip button that lifts a section: focus it and press Space, or drag it. */
export function DragHandle({ handle, name }: { handle: SortableHandleProps; name: string }) {
  return (
    <button type="button" className="drag-handle" aria-label={`Drag “${name}” to reorder`} {...handle}>
      <span aria-hidden="true">⠿</span>
    </button>
  );
}

/** ↑ / ↓ buttons moving a section one place, for whoever does not drag. */
export function MoveButtons({
  name,
  index,
  count,
  onMove,
}: {
  name: string;
  index: number;
  count: number;
  onMove: (to: number) => void;
}) {
  return (
    <>
      <button
        type="button"
        className="button button-ghost button-small"
        aria-label={`Move “${name}” up`}
        disabled={index === 0}
        onClick={() => onMove(index - 1)}
      >
        ↑
      </button>
      <button
        type="button"
        className="button button-ghost button-small"
        aria-label={`Move “${name}” down`}
        disabled={index === count - 1}
        onClick={() => onMove(index + 1)}
      >
        ↓
      </button>
    </>
  );
}
