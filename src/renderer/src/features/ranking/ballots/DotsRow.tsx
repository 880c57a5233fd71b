import type { KeyboardEvent } from 'react';
import { plural } from './allocation';
import type { BallotItem } from './types';

type DotsRowProps = {
  item: BallotItem;
  amount: number;
  remaining: number;
  onAdd: (delta: 1 | -1) => void;
};

/** One item in a dots ballot: its dots as filled circles, − and +; + / − keys on the row. */
export function DotsRow({ item, amount, remaining, onAdd }: DotsRowProps) {
  const canTake = amount > 0;
  const canGive = remaining > 0;
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === '+' || event.key === '=') {
      event.preventDefault();
      if (canGive) onAdd(1);
    } else if (event.key === '-' || event.key === '_') {
      event.preventDefault();
      if (canTake) onAdd(-1);
    }
  };
  return (
    <li>
      <div
        className="ballot-alloc-row ballot-dots-row"
        role="group"
        tabIndex={0}
        aria-label={`${item.title}: ${plural(amount, 'dots')}`}
        aria-keyshortcuts="+ -"
        onKeyDown={onKeyDown}
      >
        <span className="ballot-item-text">
          <span className="ballot-item-title">{item.title}</span>
          {item.description ? <span className="ballot-item-description">{item.description}</span> : null}
        </span>
        <span className="ballot-dots" aria-hidden="true">
          {Array.from({ length: amount }, (_, i) => (
            <span key={i} className="ballot-dot ballot-dot-filled" />
          ))}
        </span>
        <div className="ballot-stepper">
          <button
            type="button"
            className="button ballot-icon-button"
            aria-label={`Take a dot from ${item.title}`}
            aria-disabled={!canTake}
            onClick={() => canTake && onAdd(-1)}
          >
            <span aria-hidden="true">−</span>
          </button>
          <span className="ballot-dots-count" aria-hidden="true">
            {amount}
          </span>
          <button
            type="button"
            className="button ballot-icon-button"
            aria-label={`Give a dot to ${item.title}`}
            aria-disabled={!canGive}
            onClick={() => canGive && onAdd(1)}
          >
            <span aria-hidden="true">+</span>
          </button>
        </div>
      </div>
    </li>
  );
}
