import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import {
  ballotProblem,
  pairKey,
  pairwiseProgress,
  type Judgement,
} from '../../../../../shared/domain/rounds';
import type { BallotContent } from '../../../../../shared/domain/workspace';
import { BallotFrame } from './BallotFrame';
import { itemLookup } from './itemLookup';
import { PairQuestion } from './PairQuestion';
import { PairwiseSummary } from './PairwiseSummary';
import { consistencyOf, shownSwapped } from './pairwiseMath';
import { StrengthQuestion } from './StrengthQuestion';
import type { BallotEditorProps } from './types';

type Prefer = Judgement['prefer'];

function initialJudgements(itemIds: readonly string[], initial: BallotContent | null): Judgement[] {
  if (initial?.kind !== 'pairwise') return [];
  const known = new Set(itemIds);
  return initial.judgements.filter((j) => known.has(j.a) && known.has(j.b) && j.a !== j.b);
}

/** The answers so far, and the questions the voter reopened to answer again. */
export type PairwiseDraft = { kind: 'pairwise'; judgements: Judgement[]; revisiting: string[] };

/** "Which matters more?", one pair at a time, asked adaptively (or every pair, for AHP). */
export function PairwiseBallot(props: BallotEditorProps<PairwiseDraft>) {
  const { round, items, voterName, initial, onSubmit, onCancel, onLater, draft, onDraft } = props;
  const [judgements, setJudgements] = useState(
    () => draft?.judgements ?? initialJudgements(round.itemIds, initial),
  );
  /** With strengths: the side picked, while its strength is asked. */
  const [pending, setPending] = useState<Exclude<Prefer, 'equal'> | null>(null);
  const [revisiting, setRevisiting] = useState<string[]>(() => draft?.revisiting ?? []);
  const anchorRef = useRef<HTMLHeadingElement>(null);
  const item = useMemo(() => itemLookup(items), [items]);

  const progress = pairwiseProgress(round.itemIds, judgements, round.ahpStrength);
  const content: BallotContent = { kind: 'pairwise', judgements };
  const problem = ballotProblem(round, content);
  const consistency = useMemo(
    () => (round.ahpStrength && progress.done ? consistencyOf(round.itemIds, judgements) : null),
    [round.ahpStrength, round.itemIds, judgements, progress.done],
  );
  const next = progress.done ? null : progress.next;
  const swapped = next ? shownSwapped(next.a, next.b) : false;
  const stillToRevisit = revisiting.filter((key) => !judgements.some((j) => pairKey(j.a, j.b) === key));

  // A question that goes away (answered, or the last one) must not take the focus with it,
  // or the next key press would land nowhere.
  useEffect(() => {
    const active = document.activeElement;
    if (!active || active === document.body) anchorRef.current?.focus();
  });

  // Every answer is kept as it is given, so the voter can step away and come back to it.
  const change = (nextJudgements: Judgement[], nextRevisiting = revisiting) => {
    setJudgements(nextJudgements);
    setRevisiting(nextRevisiting);
    onDraft?.({ kind: 'pairwise', judgements: nextJudgements, revisiting: nextRevisiting });
  };
  const answer = (prefer: Prefer, strength: number) => {
    if (!next) return;
    const key = pairKey(next.a, next.b);
    change([
      ...judgements.filter((j) => pairKey(j.a, j.b) !== key),
      { a: next.a, b: next.b, prefer, strength },
    ]);
    setPending(null);
  };
  const choose = (side: 'left' | 'right') => {
    if (!next) return;
    const prefer = (side === 'left') !== swapped ? 'a' : 'b';
    if (round.ahpStrength) setPending(prefer);
    else answer(prefer, 1);
  };
  const undo = () => {
    if (pending) setPending(null);
    else change(judgements.slice(0, -1));
  };
  const revisit = (worst: Judgement[]) => {
    const keys = worst.map((j) => pairKey(j.a, j.b));
    change(
      judgements.filter((j) => !keys.includes(pairKey(j.a, j.b))),
      keys,
    );
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if ((event.target as Element).closest('.ballot-footer')) return;
    const key = event.key;
    let handled = true;
    if (key === 'Backspace') undo();
    else if (pending && /^[1-9]$/.test(key)) answer(pending, Number(key));
    else if (pending && key === 'Escape') setPending(null);
    else if (!pending && next && key === 'ArrowLeft') choose('left');
    else if (!pending && next && key === 'ArrowRight') choose('right');
    else if (!pending && next && key === '=') answer('equal', 1);
    else handled = false;
    if (handled) event.preventDefault();
  };

  const shown = next ? (swapped ? { left: next.b, right: next.a } : { left: next.a, right: next.b }) : null;
  const chosenSide = !pending || !next ? null : (pending === 'a') !== swapped ? 'left' : 'right';
  const canUndo = pending !== null || judgements.length > 0;
  const counter = progress.done
    ? `All ${progress.asked} questions answered`
    : `Question ${progress.asked + 1} of ${round.ahpStrength ? '' : 'about '}${progress.total}`;

  // Keys are caught here rather than on the window, so the app's own shortcuts and the
  // footer buttons keep theirs.
  return (
    <div className="ballot-pairwise" onKeyDown={onKeyDown}>
      <BallotFrame
        voterName={voterName}
        question={round.question}
        problem={problem}
        submitLabel="Submit my answers"
        onSubmit={() => onSubmit(content)}
        onCancel={onCancel}
        onLater={onLater}
        hint={
          <>
            Pick the one that matters more: click it, or press <kbd>←</kbd> or <kbd>→</kbd>; <kbd>=</kbd> if
            they matter equally; <kbd>Backspace</kbd> undoes the last answer.
            {round.ahpStrength ? ' Then say how much more, from 1 to 9.' : ''}
          </>
        }
      >
        <div className="ballot-pairwise-body">
          <div className="ballot-progress-row">
            <span className="ballot-counter" aria-live="polite">
              {counter}
            </span>
            <button
              type="button"
              className="button ballot-undo"
              aria-disabled={!canUndo}
              aria-keyshortcuts="Backspace"
              onClick={() => canUndo && undo()}
            >
              Undo last answer <kbd aria-hidden="true">⌫</kbd>
            </button>
          </div>
          <div
            className="ballot-progress"
            role="progressbar"
            aria-label="Questions answered"
            aria-valuemin={0}
            aria-valuemax={progress.total}
            aria-valuenow={progress.asked}
          >
            <div
              className="ballot-progress-fill"
              style={{ width: `${progress.done ? 100 : (100 * progress.asked) / progress.total}%` }}
            />
          </div>
          <h3 ref={anchorRef} tabIndex={-1} className="ballot-prompt">
            {next ? 'Which matters more?' : 'Done'}
          </h3>
          {stillToRevisit.length > 0 ? (
            <p className="ballot-revisit-note">
              Answering {stillToRevisit.length === 1 ? 'one question' : `${stillToRevisit.length} questions`}{' '}
              again.
            </p>
          ) : null}
          {shown ? (
            <PairQuestion
              left={item(shown.left)}
              right={item(shown.right)}
              chosen={chosenSide}
              onChoose={choose}
              onEqual={() => answer('equal', 1)}
            />
          ) : null}
          {pending && next ? (
            <StrengthQuestion
              winner={item(pending === 'a' ? next.a : next.b)}
              loser={item(pending === 'a' ? next.b : next.a)}
              onPick={(strength) => answer(pending, strength)}
              onBack={() => setPending(null)}
            />
          ) : null}
          {progress.done ? (
            <PairwiseSummary
              order={progress.order}
              item={item}
              consistency={consistency}
              onRevisit={revisit}
            />
          ) : null}
        </div>
      </BallotFrame>
    </div>
  );
}
