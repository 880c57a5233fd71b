import { useId } from 'react';
import type { Workspace } from '../../../../shared/domain/workspace';

type RoundPickerProps = {
  workspace: Workspace;
  value: string | null;
  onChange: (roundId: string | null) => void;
  readOnly: boolean;
};

/** Which ranking round the slide shows. Rounds not yet revealed are listed but say so. */
export function RoundPicker({ workspace, value, onChange, readOnly }: RoundPickerProps) {
  const id = useId();
  const rounds = [...workspace.rounds].reverse(); // newest first
  return (
    <div className="field">
      <label htmlFor={id}>Ranking round</label>
      <select
        id={id}
        value={value ?? ''}
        disabled={readOnly}
        onChange={(e) => onChange(e.target.value === '' ? null : e.target.value)}
      >
        <option value="">No round</option>
        {rounds.map((r) => (
          <option key={r.id} value={r.id}>
            {r.question}
            {r.status === 'revealed' ? '' : ' (not revealed yet)'}
          </option>
        ))}
      </select>
      {rounds.length === 0 ? (
        <p className="field-hint">This workspace has no ranking rounds yet: run one in the Ranking tab.</p>
      ) : null}
    </div>
  );
}
