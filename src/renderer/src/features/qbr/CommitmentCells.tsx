import { COMMITMENT_GRADE_LABELS } from '../../../../shared/domain/deck';
import {
  COMMITMENT_GRADES,
  DECK_LIMITS,
  type CommitmentGrade,
  type CommitmentRow,
} from '../../../../shared/domain/workspace';
import { CommittedInput } from '../../ui/CommittedInput';

type CommitmentCellsProps = {
  row: CommitmentRow;
  index: number;
  /** The row's name in labels: its wording, or "commitment 2" while it has none. */
  name: string;
  readOnly: boolean;
  onChange: (change: Partial<Omit<CommitmentRow, 'id'>>) => void;
};

/** One commitment from last period: what, who, how it went, and a word on why. */
export function CommitmentCells({ row, index, name, readOnly, onChange }: CommitmentCellsProps) {
  return (
    <>
      <td>
        <CommittedInput
          aria-label={`Commitment ${index + 1}`}
          value={row.commitment}
          maxLength={DECK_LIMITS.cell}
          placeholder="Launch self-serve onboarding in the EU"
          readOnly={readOnly}
          onCommit={(commitment) => onChange({ commitment })}
        />
      </td>
      <td>
        <CommittedInput
          aria-label={`Owner of ${name}`}
          value={row.owner}
          maxLength={120}
          readOnly={readOnly}
          onCommit={(owner) => onChange({ owner })}
        />
      </td>
      <td>
        <select
          aria-label={`Grade for ${name}`}
          value={row.grade}
          disabled={readOnly}
          onChange={(e) => onChange({ grade: e.target.value as CommitmentGrade })}
        >
          {COMMITMENT_GRADES.map((grade) => (
            <option key={grade} value={grade}>
              {COMMITMENT_GRADE_LABELS[grade]}
            </option>
          ))}
        </select>
      </td>
      <td>
        <CommittedInput
          aria-label={`Comment on ${name}`}
          value={row.comment}
          maxLength={DECK_LIMITS.cell}
          readOnly={readOnly}
          onCommit={(comment) => onChange({ comment })}
        />
      </td>
    </>
  );
}
