import { useMemo, useState } from 'react';
import { ballotProblem } from '../../../../../shared/domain/rounds';
import type { BallotContent } from '../../../../../shared/domain/workspace';
import { initialAmounts, plural, toAllocation } from './allocation';
import { BallotFrame } from './BallotFrame';
import { DotsRow } from './DotsRow';
import { itemLookup } from './itemLookup';
import type { BallotEditorProps } from './types';

/** Dots placed so far, per item. */
export type DotsDraft = { kind: 'dots'; amounts: Record<string, number> };

/** Place all of `round.dots` dots on the items, several on one if it matters that much. */
export function DotsBallot(props: BallotEditorProps<DotsDraft>) {
  const { round, items, voterName, initial, onSubmit, onCancel, onLater, draft, onDraft } = props;
  const [amounts, setAmounts] = useState(
    () => draft?.amounts ?? initialAmounts(round.itemIds, initial, 'dots'),
  );
  const item = useMemo(() => itemLookup(items), [items]);
  const allocation = toAllocation(round.itemIds, (id) => amounts[id] ?? 0);
  const content: BallotContent = { kind: 'dots', allocation };
  const problem = ballotProblem(round, content);
  const remaining = round.dots - allocation.reduce((sum, a) => sum + a.amount, 0);

  return (
    <BallotFrame
      voterName={voterName}
      question={round.question}
      problem={problem}
      submitLabel="Submit my dots"
      onSubmit={() => onSubmit(content)}
      onCancel={onCancel}
      onLater={onLater}
      hint={
        <>
          Place all {plural(round.dots, 'dots')} on what matters most; several on one item is fine. Use − / +,
          or focus a row and press <kbd>+</kbd> / <kbd>−</kbd>.
        </>
      }
    >
      <p className={`ballot-remaining${remaining === 0 ? ' ballot-remaining-done' : ''}`} role="status">
        <span className="ballot-dots" aria-hidden="true">
          {Array.from({ length: Math.max(0, remaining) }, (_, i) => (
            <span key={i} className="ballot-dot" />
          ))}
        </span>
        {remaining > 0 ? (
          <>
            <strong>{plural(remaining, 'dots')}</strong> left to place, of {round.dots}
          </>
        ) : (
          <>All {plural(round.dots, 'dots')} placed</>
        )}
      </p>
      <ul className="ballot-list" aria-label="Dots per item">
        {round.itemIds.map((id) => (
          <DotsRow
            key={id}
            item={item(id)}
            amount={amounts[id] ?? 0}
            remaining={remaining}
            onAdd={(delta) => {
              const next = { ...amounts, [id]: Math.max(0, (amounts[id] ?? 0) + delta) };
              setAmounts(next);
              onDraft?.({ kind: 'dots', amounts: next });
            }}
          />
        ))}
      </ul>
    </BallotFrame>
  );
}
