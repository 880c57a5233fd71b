import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import type { KeyboardEvent } from 'react';
import type { BallotItem } from './types';

type OrderRowProps = {
  item: BallotItem;
  place: number;
  tied: boolean;
  first: boolean;
  canMoveUp: boolean;
  canMoveDown: boolean;
  onMove: (direction: -1 | 1) => void;
  onTie: (tied: boolean) => void;
};

/**
 * One item in the order ballot. The body is the drag handle (mouse, touch, or Space then
 * arrows); Alt+↑ / Alt+↓ on it and the ↑ / ↓ buttons move it one place without dragging.
 */
export function OrderRow({ item, place, tied, first, canMoveUp, canMoveDown, onMove, onTie }: OrderRowProps) {
  const sortable = useSortable({ id: item.id });
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } =
    sortable;

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.altKey && !isDragging && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
      event.preventDefault();
      onMove(event.key === 'ArrowUp' ? -1 : 1);
      return;
    }
    (listeners?.onKeyDown as ((e: KeyboardEvent) => void) | undefined)?.(event);
  };

  const placeText = tied ? `${place} (tied)` : String(place);
  return (
    <li
      ref={setNodeRef}
      data-item-id={item.id}
      className={`ballot-row${tied ? ' ballot-row-tied' : ''}${isDragging ? ' ballot-row-dragging' : ''}`}
      style={{ transform: CSS.Translate.toString(transform), transition }}
    >
      <span className="ballot-place" aria-hidden="true">
        {tied ? '=' : ''}
        {place}
      </span>
      <div
        ref={setActivatorNodeRef}
        {...attributes}
        {...listeners}
        onKeyDown={onKeyDown}
        className="ballot-handle"
        aria-label={`${item.title}, place ${placeText}`}
        aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown"
      >
        <span className="ballot-grip" aria-hidden="true">
          ⠿
        </span>
        <span className="ballot-item-text">
          <span className="ballot-item-title">{item.title}</span>
          {item.description ? <span className="ballot-item-description">{item.description}</span> : null}
        </span>
      </div>
      <div className="ballot-row-controls">
        {first ? (
          <span className="ballot-tie" aria-hidden="true" />
        ) : (
          <label className="ballot-tie">
            <input
              type="checkbox"
              checked={tied}
              aria-label={`Tied with the one above: ${item.title}`}
              onChange={(e) => onTie(e.target.checked)}
            />
            <span>Tied with the one above</span>
          </label>
        )}
        <button
          type="button"
          className="button ballot-icon-button"
          aria-label={`Move ${item.title} up`}
          aria-disabled={!canMoveUp}
          onClick={() => canMoveUp && onMove(-1)}
        >
          <span aria-hidden="true">↑</span>
        </button>
        <button
          type="button"
          className="button ballot-icon-button"
          aria-label={`Move ${item.title} down`}
          aria-disabled={!canMoveDown}
          onClick={() => canMoveDown && onMove(1)}
        >
          <span aria-hidden="true">↓</span>
        </button>
      </div>
    </li>
  );
}
