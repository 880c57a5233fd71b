import type { BallotItem } from './types';

type Side = 'left' | 'right';

type PairQuestionProps = {
  left: BallotItem;
  right: BallotItem;
  /** The side picked while its strength is being asked. */
  chosen: Side | null;
  onChoose: (side: Side) => void;
  onEqual: () => void;
};

/** "Which matters more?": two big cards side by side, and "equal" between them. */
export function PairQuestion({ left, right, chosen, onChoose, onEqual }: PairQuestionProps) {
  const card = (side: Side, item: BallotItem, key: string, keyName: string) => (
    <button
      type="button"
      className={`ballot-card${chosen === side ? ' ballot-card-chosen' : ''}`}
      aria-pressed={chosen === side}
      aria-keyshortcuts={keyName}
      onClick={() => onChoose(side)}
    >
      <span className="ballot-card-title">{item.title}</span>
      {item.description ? <span className="ballot-card-description">{item.description}</span> : null}
      <span className="ballot-card-key" aria-hidden="true">
        <kbd>{key}</kbd> {side === 'left' ? 'left' : 'right'} arrow
      </span>
    </button>
  );
  return (
    <div className="ballot-pair">
      {card('left', left, '←', 'ArrowLeft')}
      <button type="button" className="button ballot-equal" aria-keyshortcuts="=" onClick={onEqual}>
        <span>Equal</span>
        <kbd aria-hidden="true">=</kbd>
      </button>
      {card('right', right, '→', 'ArrowRight')}
    </div>
  );
}
