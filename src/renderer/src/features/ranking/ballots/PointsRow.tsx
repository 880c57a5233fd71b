import { useId, type KeyboardEvent, type MouseEvent } from 'react';
import type { BallotItem } from './types';

export const POINTS_STEP = 5;

type PointsRowProps = {
  item: BallotItem;
  /** What the field shows, as typed. */
  text: string;
  amount: number;
  budget: number;
  remaining: number;
  onText: (text: string) => void;
  onAdd: (delta: number) => void;
};

/** One item in a 100-points ballot: −, a field to type into, +, and its share as a bar. */
export function PointsRow({ item, text, amount, budget, remaining, onText, onAdd }: PointsRowProps) {
  const inputId = useId();
  const step = (event: MouseEvent) => (event.shiftKey ? 1 : POINTS_STEP);
  const canTake = amount > 0;
  const canGive = remaining > 0;
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const deltas: Record<string, number> = {
      ArrowUp: 1,
      ArrowDown: -1,
      PageUp: POINTS_STEP,
      PageDown: -POINTS_STEP,
    };
    const delta = deltas[event.key];
    if (delta === undefined) return;
    event.preventDefault();
    onAdd(delta);
  };
  const share =
    budget > 0 && Number.isFinite(amount) ? Math.min(100, Math.max(0, (100 * amount) / budget)) : 0;
  return (
    <li className="ballot-alloc-row">
      <label className="ballot-item-text" htmlFor={inputId}>
        <span className="ballot-item-title">{item.title}</span>
        {item.description ? <span className="ballot-item-description">{item.description}</span> : null}
        <span className="ballot-share" aria-hidden="true">
          <span className="ballot-share-fill" style={{ width: `${share}%` }} />
        </span>
      </label>
      <div className="ballot-stepper">
        <button
          type="button"
          className="button ballot-icon-button"
          aria-label={`Take ${POINTS_STEP} points from ${item.title}`}
          aria-disabled={!canTake}
          onClick={(e) => canTake && onAdd(-Math.min(step(e), amount))}
        >
          <span aria-hidden="true">−</span>
        </button>
        <input
          id={inputId}
          className="ballot-points-input"
          type="number"
          inputMode="numeric"
          min={0}
          max={budget}
          step={1}
          value={text}
          aria-invalid={!Number.isInteger(amount) || amount < 0}
          onChange={(e) => onText(e.target.value)}
          onKeyDown={onKeyDown}
        />
        <button
          type="button"
          className="button ballot-icon-button"
          aria-label={`Give ${POINTS_STEP} points to ${item.title}`}
          aria-disabled={!canGive}
          onClick={(e) => canGive && onAdd(Math.min(step(e), remaining))}
        >
          <span aria-hidden="true">+</span>
        </button>
      </div>
    </li>
  );
}
