import './carriedIn.css';
import { useState } from 'react';
import { commitmentCompletion, COMMITMENT_GRADE_LABELS } from '../../../../shared/domain/deck';
import { quarterLabel } from '../../../../shared/domain/series/quarterSummary';
import { gradeCommitment, gradePreviousSuccess } from '../../../../shared/domain/series/seriesEdits';
import { COMMITMENT_GRADES, type CommitmentGrade, type Workspace } from '../../../../shared/domain/workspace';
import { documentActions } from '../../document';

/**
 * Last quarter, graded: each commitment it carried in with a grade, its agreed definition of
 * success with a grade, and how much was delivered. The grades and their words are the
 * deck's (done, partly, missed, not graded), and so is the completion rule: done 1, partly
 * ½, missed 0, the ungraded left out, so this panel and the review slide agree.
 */
export function CarriedInPanel({ workspace, readOnly }: { workspace: Workspace; readOnly: boolean }) {
  const [refused, setRefused] = useState<string | null>(null);
  const carried = workspace.carriedIn;
  if (!carried) return null;
  const completion = commitmentCompletion(carried.commitments);
  const from = quarterLabel(carried.fromPeriod, 'last quarter');
  const grade = (edit: (w: Workspace) => Workspace) => setRefused(documentActions.tryEdit(edit));

  return (
    <section className="card carried-in" aria-labelledby="carried-in-title">
      <div className="card-header">
        <h2 id="carried-in-title">Grading last quarter ({from})</h2>
      </div>
      <p className="carried-completion" role="status">
        {completion.percent === null
          ? `Commitments completed: not graded yet (${carried.commitments.length} to grade).`
          : `Commitments completed: ${completion.percent}% (${completion.graded} of ${carried.commitments.length} graded: ${completion.done} done, ${completion.partly} partly, ${completion.missed} missed).`}
      </p>
      {carried.commitments.length === 0 ? (
        <p className="muted">Last quarter committed to nothing that carried over.</p>
      ) : (
        <table className="carried-table">
          <thead>
            <tr>
              <th scope="col">Commitment</th>
              <th scope="col">Owner</th>
              <th scope="col">Grade</th>
            </tr>
          </thead>
          <tbody>
            {carried.commitments.map((c) => (
              <tr key={c.id}>
                <th scope="row">{c.title}</th>
                <td>{c.owner || '—'}</td>
                <td>
                  <GradePicker
                    label={`Grade for ${c.title}`}
                    value={c.grade}
                    readOnly={readOnly}
                    onChange={(g) => grade((w) => gradeCommitment(w, c.id, g))}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {refused ? <p role="alert">{refused}</p> : null}
      <h3 className="carried-success-title">Last quarter’s definition of success</h3>
      {carried.previousSuccess ? (
        <div className="carried-success">
          <p>
            <strong>{carried.previousSuccess.title}</strong>: {carried.previousSuccess.metric} —{' '}
            {carried.previousSuccess.target}
          </p>
          <GradePicker
            label="Grade for last quarter’s success"
            value={carried.previousSuccess.grade}
            readOnly={readOnly}
            onChange={(g) => grade((w) => gradePreviousSuccess(w, g))}
          />
        </div>
      ) : (
        <p className="muted">Last quarter agreed no definition of success.</p>
      )}
    </section>
  );
}

function GradePicker({
  label,
  value,
  readOnly,
  onChange,
}: {
  label: string;
  value: CommitmentGrade;
  readOnly: boolean;
  onChange: (grade: CommitmentGrade) => void;
}) {
  return (
    <select
      className={`carried-grade carried-grade-${value}`}
      aria-label={label}
      value={value}
      disabled={readOnly}
      onChange={(e) => onChange(e.target.value as CommitmentGrade)}
    >
      {COMMITMENT_GRADES.map((g) => (
        <option key={g} value={g}>
          {COMMITMENT_GRADE_LABELS[g]}
        </option>
      ))}
    </select>
  );
}
