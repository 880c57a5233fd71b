import { useState } from 'react';
import type { Department } from '../../../../shared/domain/cascade';
import { cascadeActions } from './cascadeActions';

/** A new objective for one priority: which department, and what it will do. */
export function AddObjectiveForm({
  priorityId,
  priorityTitle,
  departments,
}: {
  priorityId: string;
  priorityTitle: string;
  departments: readonly Department[];
}) {
  const [departmentId, setDepartmentId] = useState('');
  const [objective, setObjective] = useState('');
  const [error, setError] = useState<string | null>(null);
  if (departments.length === 0) return null;
  const chosen = departments.some((d) => d.id === departmentId) ? departmentId : departments[0]!.id;
  return (
    <form
      className="add-objective"
      aria-label={`Add an objective for ${priorityTitle}`}
      onSubmit={(e) => {
        e.preventDefault();
        const result = cascadeActions.addObjective(chosen, objective, [priorityId]);
        if ('refused' in result) return setError(result.refused);
        setError(null);
        setObjective('');
      }}
    >
      <label className="cascade-select">
        <span className="sr-only">Department</span>
        <select value={chosen} onChange={(e) => setDepartmentId(e.target.value)}>
          {departments.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}
            </option>
          ))}
        </select>
      </label>
      <label className="add-objective-text">
        <span className="sr-only">New objective</span>
        <input
          value={objective}
          placeholder="New objective…"
          onChange={(e) => setObjective(e.target.value)}
        />
      </label>
      <button type="submit" className="button button-small">
        Add objective
      </button>
      {error ? (
        <span className="field-error" role="alert">
          {error}
        </span>
      ) : null}
    </form>
  );
}
