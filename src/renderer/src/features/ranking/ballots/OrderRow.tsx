import { useSortableRow } from '../../../ui/SortableRow';
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
  /** Straight to the top or bottom; offered on long lists only (absent otherwise). */
  onEdge?: (edge: 'top' | 'bottom') => void;
};

/**
 * One item in the order ballot. The body is the drag handle (mouse, touch, or Space then
 * arrows); Alt+↑ / Alt+↓ on it and the ↑ / ↓ buttons move it one place without dragging;
 * on a long list, ⤒ / ⤓ (or Alt+Home / Alt+End) take it straight to the top or bottom.
 */
export function OrderRow(props: OrderRowProps) {
  const { item, place, tied, first, canMoveUp, canMoveDown, onMove, onTie, onEdge } = props;
  const { row, handle, isDragging } = useSortableRow(item.id, {
    keyboardMoves: { onStep: onMove, onEdge, canMoveUp, canMoveDown },
  });

  const placeText = tied ? `${place} (tied)` : String(place);
  return (
    <li
      {...row}
      data-item-id={item.id}
      className={`ballot-row${tied ? ' ballot-row-tied' : ''}${isDragging ? ' ballot-row-dragging' : ''}`}
    >
      <span className="ballot-place" aria-hidden="true">
        {tied ? '=' : ''}
        {place}
      </span>
      <div {...handle} className="ballot-handle" aria-label={`${item.title}, place ${placeText}`}>
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
        {onEdge ? (
          <button
            type="button"
            className="button ballot-icon-button"
            aria-label={`Move ${item.title} to the top`}
            aria-disabled={!canMoveUp}
            onClick={() => canMoveUp && onEdge('top')}
          >
            <span aria-hidden="true">⤒</span>
          </button>
        ) : null}
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
        {onEdge ? (
          <button
            type="button"
            className="button ballot-icon-button"
            aria-label={`Move ${item.title} to the bottom`}
            aria-disabled={!canMoveDown}
            onClick={() => canMoveDown && onEdge('bottom')}
          >
            <span aria-hidden="true">⤓</span>
          </button>
        ) : null}
      </div>
    </li>
  );
}
