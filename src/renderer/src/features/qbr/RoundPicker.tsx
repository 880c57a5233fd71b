import { useId } from 'react';
import {
  newestRevealedOfQuestion,
  roundName,
  roundsOfQuestion,
} from '../../../../shared/domain/deck/createDeck';
import type { Workspace } from '../../../../shared/domain/workspace';

type RoundPickerProps = {
  workspace: Workspace;
  value: string | null;
  onChange: (roundId: string | null) => void;
  readOnly: boolean;
};

/**
 * Which ranking round the slide shows: first the question, then its round ("Round 2 —
 * re-vote"), because a blind vote and its re-vote ask the same question. Choosing a
 * question picks its newest revealed round; rounds not yet revealed are listed but say so.
 */
export function RoundPicker({ workspace, value, onChange, readOnly }: RoundPickerProps) {
  const questionId = useId();
  const roundId = useId();
  const current = workspace.rounds.find((r) => r.id === value) ?? null;
  const questions = [...new Set([...workspace.rounds].reverse().map((r) => r.question))]; // newest first
  const rounds = current ? [...roundsOfQuestion(workspace, current.question)].reverse() : [];
  const newest = current ? newestRevealedOfQuestion(workspace, current.question) : null;
  // A re-vote revealed after the slide's round was chosen: offer it, never switch by itself.
  const order = current ? roundsOfQuestion(workspace, current.question).map((r) => r.id) : [];
  const newer =
    current && newest !== null && order.indexOf(newest) > order.indexOf(current.id) ? newest : null;
  return (
    <div className="field round-picker">
      <label htmlFor={questionId}>Ranking round</label>
      <select
        id={questionId}
        value={current?.question ?? ''}
        disabled={readOnly}
        onChange={(e) => {
          const question = e.target.value;
          if (question === '') return onChange(null);
          const rounds = roundsOfQuestion(workspace, question);
          onChange(newestRevealedOfQuestion(workspace, question) ?? rounds.at(-1)?.id ?? null);
        }}
      >
        <option value="">No round</option>
        {questions.map((q) => (
          <option key={q} value={q}>
            {q}
          </option>
        ))}
      </select>
      {current && rounds.length > 0 ? (
        <>
          <label htmlFor={roundId} className="sr-only">
            Which round of this question
          </label>
          <select
            id={roundId}
            value={current.id}
            disabled={readOnly}
            onChange={(e) => onChange(e.target.value)}
          >
            {rounds.map((r) => (
              <option key={r.id} value={r.id}>
                {roundName(workspace, r.id)}
                {r.status === 'revealed' ? '' : ' (not revealed yet)'}
              </option>
            ))}
          </select>
        </>
      ) : null}
      {newer && !readOnly ? (
        <p className="field-hint" role="status">
          {roundName(workspace, newer)} of this question is revealed.{' '}
          <button type="button" className="button button-small" onClick={() => onChange(newer)}>
            Show {roundName(workspace, newer).split(' — ')[0]}
          </button>
        </p>
      ) : null}
      {workspace.rounds.length === 0 ? (
        <p className="field-hint">This workspace has no ranking rounds yet: run one in the Ranking tab.</p>
      ) : null}
    </div>
  );
}
