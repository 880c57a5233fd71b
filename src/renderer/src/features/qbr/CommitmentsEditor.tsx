import { commitmentCompletion } from '../../../../shared/domain/deck';
import type { DeckSection, Workspace } from '../../../../shared/domain/workspace';
import { EditableTable } from '../../ui/EditableTable';
import { CommitmentCells } from './CommitmentCells';
import { deckActions } from './deckActions';

type CommitmentsSection = Extract<DeckSection, { type: 'commitments-review' }>;

/** Last period's commitments, graded; the completion follows the grades as they are set. */
export function CommitmentsEditor({
  section,
  workspace,
  readOnly,
}: {
  section: CommitmentsSection;
  workspace: Workspace;
  readOnly: boolean;
}) {
  const carried = workspace.carriedIn?.commitments.length ?? 0;
  if (section.rows.length === 0 && carried > 0) {
    const completion = commitmentCompletion(workspace.carriedIn!.commitments);
    return (
      <div className="deck-rows-editor">
        <p className="deck-completion" role="status" aria-label="Completion">
          The slide shows the {carried} commitments carried in from last quarter, as graded on the Setup tab
          (Grading last quarter)
          {completion.percent === null ? ': none graded yet.' : `: ${completion.percent}% completed.`}
        </p>
        {readOnly ? null : (
          <button type="button" className="button" onClick={() => deckActions.addCommitment(section.id)}>
            Write this section’s own list instead
          </button>
        )}
      </div>
    );
  }
  const completion = commitmentCompletion(section.rows);
  const ungraded = section.rows.length - completion.graded;
  return (
    <div className="deck-rows-editor">
      <p className="deck-completion" role="status" aria-label="Completion">
        {completion.percent === null ? (
          'Completion: grade the commitments to see it.'
        ) : (
          <>
            Completion <strong>{completion.percent}%</strong> — {completion.done} done, {completion.partly}{' '}
            partly, {completion.missed} missed
            {ungraded > 0 ? ` (${ungraded} not graded yet)` : ''}
          </>
        )}
      </p>
      <EditableTable
        label="Commitments"
        className="commitments-table"
        columns={['Commitment', 'Owner', 'Grade', 'Comment']}
        rows={section.rows}
        readOnly={readOnly}
        empty={
          <p className="muted">No commitments yet. List what was promised last period, in its own words.</p>
        }
        addLabel="Add commitment"
        onAdd={() => deckActions.addCommitment(section.id)}
        onRemove={(row) => deckActions.removeCommitment(section.id, row.id)}
        rowName={(row, index) => row.commitment.trim() || `commitment ${index + 1}`}
        rowClassName={(row) => `grade-${row.grade}`}
        cells={(row, index, name) => (
          <CommitmentCells
            row={row}
            index={index}
            name={name}
            readOnly={readOnly}
            onChange={(change) => deckActions.updateCommitment(section.id, row.id, change)}
          />
        )}
      />
    </div>
  );
}
