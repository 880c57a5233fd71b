import type { KeyboardEvent } from 'react';

type DotRowProps = {
  title: string;
  amount: number;
  remaining: number;
  onAdd: (delta: 1 | -1) => void;
};

/**
 * One parked item in the dot vote: its dots, − and +, and + / − keys on the row; the same
 * gestures and words as a dots ballot in a ranking round (features/ranking/ballots/DotsRow),
 * which the ranking feature does not export.
 */
export function DotRow({ title, amount, remaining, onAdd }: DotRowProps) {
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
  const dots = amount === 1 ? '1 dot' : `${amount} dots`;
  return (
    <li>
      <div
        className="parking-dot-row"
        role="group"
        tabIndex={0}
        aria-label={`${title}: ${dots}`}
        aria-keyshortcuts="+ -"
        onKeyDown={onKeyDown}
      >
        <span className="parking-dot-title">{title}</span>
        <span className="parking-dots" aria-hidden="true">
          {Array.from({ length: amount }, (_, i) => (
            <span key={i} className="parking-dot parking-dot-filled" />
          ))}
        </span>
        <span className="parking-dot-stepper">
          <button
            type="button"
            className="button button-small"
            aria-label={`Take a dot from ${title}`}
            aria-disabled={!canTake}
            onClick={() => canTake && onAdd(-1)}
          >
            −
          </button>
          <span className="parking-dot-count" aria-hidden="true">
            {amount}
          </span>
          <button
            type="button"
            className="button button-small"
            aria-label={`Give a dot to ${title}`}
            aria-disabled={!canGive}
            onClick={() => canGive && onAdd(1)}
          >
            +
          </button>
        </span>
      </div>
    </li>
  );
}
