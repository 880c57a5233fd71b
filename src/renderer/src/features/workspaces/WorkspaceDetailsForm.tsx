import { WORKSPACE_KINDS, type Workspace, type WorkspaceKind } from '../../../../shared/domain/workspace';
import { CommittedInput } from '../../ui/CommittedInput';
import { Field } from '../../ui/Field';
import { KIND_LABELS } from './labels';
import { documentActions } from '../../document';

export function WorkspaceDetailsForm({ workspace, readOnly }: { workspace: Workspace; readOnly: boolean }) {
  const edit = (change: Partial<Workspace>) => documentActions.edit((w) => ({ ...w, ...change }));
  return (
    <section className="card" aria-labelledby="details-title">
      <h2 id="details-title">Details</h2>
      <div className="details-grid">
        <Field label="Workspace name">
          {(id) => (
            <CommittedInput
              id={id}
              required
              maxLength={200}
              disabled={readOnly}
              value={workspace.name}
              onCommit={(name) => edit({ name })}
            />
          )}
        </Field>
        <Field label="Kind">
          {(id) => (
            <select
              id={id}
              disabled={readOnly}
              value={workspace.kind}
              onChange={(e) => edit({ kind: e.target.value as WorkspaceKind })}
            >
              {WORKSPACE_KINDS.map((k) => (
                <option key={k} value={k}>
                  {KIND_LABELS[k]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Period">
          {(id) => (
            <CommittedInput
              id={id}
              maxLength={40}
              disabled={readOnly}
              value={workspace.period}
              onCommit={(period) => edit({ period })}
            />
          )}
        </Field>
        <Field label="Organisation">
          {(id) => (
            <CommittedInput
              id={id}
              maxLength={200}
              disabled={readOnly}
              value={workspace.organisation}
              onCommit={(organisation) => edit({ organisation })}
            />
          )}
        </Field>
      </div>
    </section>
  );
}
