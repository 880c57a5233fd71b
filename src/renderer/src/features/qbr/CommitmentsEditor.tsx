import { commitmentCompletion } from '../../../../shared/domain/deck';
import type { DeckSection } from '../../../../shared/domain/workspace';
import { CommitmentRowEditor } from './CommitmentRowEditor';
import { deckActions } from './deckActions';

type CommitmentsSection = Extract<DeckSection, { type: 'commitments-review' }>;

/** Last period's commitments, graded; the completion follows the grades as they are set. */
export function CommitmentsEditor({ section, readOnly }: { section: CommitmentsSection; readOnly: boolean }) {
  const completion = commitmentCompletion(section.rows);
  const ungraded = section.rows.length - completion.graded;
  return (
    <div className="deck-rows-editor">
      <p className="deck-completion" role="status" aria-label="Completion">
        {completion.percent === null ? (
          'Completion: grade the commitments to see it.'
        ) : (
          <>
            Completion <strong>{completion.percent} %</strong> — {completion.done} done, {completion.partly}{' '}
            partly, {completion.missed} missed
            {ungraded > 0 ? ` (${ungraded} not graded yet)` : ''}
          </>
        )}
      </p>
      {section.rows.length === 0 ? (
        <p className="muted">No commitments yet. List what was promised last period, in its own words.</p>
      ) : (
        <table className="deck-table commitments-table" aria-label="Commitments">
          <thead>
            <tr>
              <th scope="col">Commitment</th>
              <th scope="col">Owner</th>
              <th scope="col">Grade</th>
              <th scope="col">Comment</th>
              <th scope="col">
                <span className="sr-only">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {section.rows.map((row, index) => (
              <CommitmentRowEditor
                key={row.id}
                row={row}
                index={index}
                readOnly={readOnly}
                onChange={(change) => deckActions.updateCommitment(section.id, row.id, change)}
                onRemove={() => deckActions.removeCommitment(section.id, row.id)}
              />
            ))}
          </tbody>
        </table>
      )}
      {readOnly ? null : (
        <div className="deck-rows-footer">
          <button type="button" className="button" onClick={() => deckActions.addCommitment(section.id)}>
            Add commitment
          </button>
        </div>
      )}
    </div>
  );
}
