import { useState } from 'react';
import type { Contribution, Department } from '../../../../shared/domain/cascade';
import { cascadeActions } from './cascadeActions';
import { CascadeField } from './CascadeField';
import type { TargetProps } from './targets';

const points = (n: number) => String(Math.round(n * 10) / 10);

/** The departments with their capacity used and stated, and each one's brief to export. */
export function DepartmentsPanel({
  departments,
  contributions,
  readOnly,
  onExportBrief,
  exporting,
  targetProps,
}: {
  departments: readonly Department[];
  contributions: readonly Contribution[];
  readOnly: boolean;
  onExportBrief: (departmentId: string) => void;
  exporting: boolean;
  targetProps: TargetProps;
}) {
  return (
    <section className="card cascade-departments" aria-labelledby="cascade-departments-title">
      <h3 id="cascade-departments-title">Departments</h3>
      {departments.length === 0 ? (
        <p className="muted">No departments yet. Add the teams that will carry the priorities.</p>
      ) : null}
      <ul>
        {departments.map((d) => {
          const used = contributions
            .filter((c) => c.departmentId === d.id)
            .reduce((sum, c) => sum + c.effort, 0);
          const over = used > d.capacity + 1e-9;
          return (
            <li key={d.id} {...targetProps('department', d.id)} aria-label={`Department ${d.name}`}>
              <div className="department-head">
                <CascadeField
                  label="Department name"
                  value={d.name}
                  readOnly={readOnly}
                  className="department-name"
                  onCommit={(v) => cascadeActions.renameDepartment(d.id, v)}
                />
                <span className={over ? 'capacity is-over' : 'capacity'}>
                  {points(used)} of{' '}
                  <CascadeField
                    label={`Capacity of ${d.name}`}
                    type="number"
                    value={points(d.capacity)}
                    readOnly={readOnly}
                    className="capacity-field"
                    onCommit={(v) => cascadeActions.setCapacity(d.id, v)}
                  />{' '}
                  pts used
                </span>
              </div>
              <meter min={0} max={Math.max(d.capacity, used, 1)} value={used} aria-hidden="true" />
              <div className="department-actions">
                <button
                  type="button"
                  className="button button-small"
                  disabled={exporting}
                  onClick={() => onExportBrief(d.id)}
                >
                  Department brief (PDF)…
                </button>
                {readOnly ? null : (
                  <button
                    type="button"
                    className="button button-small button-ghost"
                    aria-label={`Remove ${d.name} and its objectives`}
                    onClick={() => cascadeActions.removeDepartment(d.id)}
                  >
                    Remove
                  </button>
                )}
              </div>
            </li>
          );
        })}
      </ul>
      {readOnly ? null : <AddDepartmentForm />}
    </section>
  );
}

function AddDepartmentForm() {
  const [name, setName] = useState('');
  const [capacity, setCapacity] = useState('10');
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      className="add-department"
      onSubmit={(e) => {
        e.preventDefault();
        const refused = cascadeActions.addDepartment(name, capacity);
        setError(refused);
        if (refused === null) setName('');
      }}
    >
      <label>
        <span className="sr-only">New department</span>
        <input value={name} placeholder="Department" onChange={(e) => setName(e.target.value)} />
      </label>
      <label>
        Capacity
        <input
          className="capacity-input"
          inputMode="decimal"
          value={capacity}
          onChange={(e) => setCapacity(e.target.value)}
        />
      </label>
      <button type="submit" className="button button-small">
        Add department
      </button>
      {error ? (
        <span className="field-error" role="alert">
          {error}
        </span>
      ) : null}
    </form>
  );
}
