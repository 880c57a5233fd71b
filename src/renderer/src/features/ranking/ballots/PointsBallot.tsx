import { useMemo, useState } from 'react';
import { ballotProblem } from '../../../../../shared/domain/rounds';
import type { BallotContent } from '../../../../../shared/domain/workspace';
import { initialAmounts, plural, toAllocation } from './allocation';
import { BallotFrame } from './BallotFrame';
import { itemLookup } from './itemLookup';
import { POINTS_STEP, PointsRow } from './PointsRow';
import type { BallotEditorProps } from './types';

/** An empty field counts as 0; anything else must be a whole number to be accepted. */
function parseAmount(text: string): number {
  const trimmed = text.trim();
  return trimmed === '' ? 0 : Number(trimmed);
}

/** What was typed per item, half-done included. */
export type PointsDraft = { kind: 'points'; texts: Record<string, string> };

/** Share `round.budget` points between the items, exactly. */
export function PointsBallot(props: BallotEditorProps<PointsDraft>) {
  const { round, items, voterName, initial, onSubmit, onCancel, onLater, draft, onDraft } = props;
  const [texts, setTexts] = useState<Record<string, string>>(() => {
    if (draft) return draft.texts;
    const amounts = initialAmounts(round.itemIds, initial, 'points');
    return Object.fromEntries(Object.entries(amounts).map(([id, n]) => [id, String(n)]));
  });
  const item = useMemo(() => itemLookup(items), [items]);
  const amount = (id: string) => parseAmount(texts[id] ?? '');
  const allocation = toAllocation(round.itemIds, amount);
  const content: BallotContent = { kind: 'points', allocation };
  const problem = ballotProblem(round, content);
  const spent = allocation.reduce((sum, a) => sum + (Number.isFinite(a.amount) ? a.amount : 0), 0);
  const remaining = round.budget - spent;

  const type = (id: string, text: string) => {
    const next = { ...texts, [id]: text };
    setTexts(next);
    onDraft?.({ kind: 'points', texts: next });
  };
  const add = (id: string, delta: number) => {
    const current = amount(id);
    const base = Number.isInteger(current) && current >= 0 ? current : 0;
    type(id, String(Math.max(0, base + delta)));
  };

  return (
    <BallotFrame
      voterName={voterName}
      question={round.question}
      problem={problem}
      submitLabel="Submit my points"
      onSubmit={() => onSubmit(content)}
      onCancel={onCancel}
      onLater={onLater}
      hint={
        <>
          Share {round.budget} points: more points for what matters more. The − / + buttons move {POINTS_STEP}{' '}
          points (hold <kbd>Shift</kbd> for 1); in a field, type a number or use <kbd>↑</kbd> / <kbd>↓</kbd>{' '}
          for 1 and <kbd>Page Up</kbd> / <kbd>Page Down</kbd> for {POINTS_STEP}.
        </>
      }
    >
      <p
        className={`ballot-remaining${remaining < 0 ? ' ballot-remaining-over' : remaining === 0 ? ' ballot-remaining-done' : ''}`}
        role="status"
      >
        {remaining >= 0 ? (
          <>
            Remaining: <strong>{plural(remaining, 'points')}</strong> of {round.budget}
          </>
        ) : (
          <>
            <strong>{plural(-remaining, 'points')} too many</strong>: take some back to reach {round.budget}
          </>
        )}
      </p>
      <ul className="ballot-list" aria-label="Points per item">
        {round.itemIds.map((id) => (
          <PointsRow
            key={id}
            item={item(id)}
            text={texts[id] ?? ''}
            amount={amount(id)}
            budget={round.budget}
            remaining={remaining}
            onText={(text) => type(id, text)}
            onAdd={(delta) => add(id, delta)}
          />
        ))}
      </ul>
    </BallotFrame>
  );
}
