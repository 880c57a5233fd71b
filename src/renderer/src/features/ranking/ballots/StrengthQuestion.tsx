import { strengthLabel } from './pairwiseMath';
import type { BallotItem } from './types';

type StrengthQuestionProps = {
  winner: BallotItem;
  loser: BallotItem;
  onPick: (strength: number) => void;
  onBack: () => void;
};

const STRENGTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9] as const;

/** AHP rounds: how much more the chosen item matters, on Saaty's 1–9 scale. */
export function StrengthQuestion({ winner, loser, onPick, onBack }: StrengthQuestionProps) {
  return (
    <fieldset className="ballot-strength">
      <legend className="ballot-strength-question">
        How much more does <q>{winner.title}</q> matter than <q>{loser.title}</q>?
      </legend>
      <div className="ballot-strength-scale">
        {STRENGTHS.map((n) => (
          <button
            key={n}
            type="button"
            className={`button ballot-strength-button${n % 2 === 0 ? ' ballot-strength-between' : ''}`}
            aria-keyshortcuts={String(n)}
            aria-label={`${n}: ${strengthLabel(n)}`}
            onClick={() => onPick(n)}
          >
            <span className="ballot-strength-number">{n}</span>
            {n % 2 === 1 ? <span className="ballot-strength-label">{strengthLabel(n)}</span> : null}
          </button>
        ))}
      </div>
      <p className="ballot-keys">
        Press <kbd>1</kbd>–<kbd>9</kbd>, or{' '}
        <button type="button" className="button button-small" onClick={onBack}>
          choose again
        </button>{' '}
        (<kbd>Esc</kbd>).
      </p>
    </fieldset>
  );
}
