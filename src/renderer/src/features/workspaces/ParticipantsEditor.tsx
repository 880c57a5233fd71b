import { useState } from 'react';
import {
  addParticipant,
  moveParticipant,
  participantDraftProblem,
  participantNamed,
  removeParticipant,
  updateParticipant,
  type Participant,
  type Workspace,
} from '../../../../shared/domain/workspace';
import { CommittedInput } from '../../ui/CommittedInput';
import { documentActions } from '../../document';

const edit = documentActions.edit;
/** The add form is a grid of inputs; a message spans the whole row under them. */
const FULL_ROW = { gridColumn: '1 / -1' } as const;

export function ParticipantsEditor({ workspace, readOnly }: { workspace: Workspace; readOnly: boolean }) {
  const [name, setName] = useState('');
  const [role, setRole] = useState('');
  const [department, setDepartment] = useState('');
  /** A name already on the list waits for "Add anyway"; a second Dana is usually a slip. */
  const [duplicateOf, setDuplicateOf] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const voters = workspace.participants.filter((p) => p.votes).length;
  const sameNames = namesUsedTwice(workspace.participants);

  const add = (form: HTMLFormElement, anyway: boolean) => {
    if (name.trim().length === 0) return;
    const draft = { name, role, department };
    const reason = participantDraftProblem(workspace, draft);
    if (reason) return setProblem(reason);
    const existing = participantNamed(workspace, name);
    if (existing && !anyway) return setDuplicateOf(existing.name);
    if (!edit((w) => addParticipant(w, draft, crypto.randomUUID()))) return;
    setName('');
    setRole('');
    setDepartment('');
    setDuplicateOf(null);
    setProblem(null);
    form.querySelector('input')?.focus();
  };

  return (
    <section className="card" aria-labelledby="participants-title">
      <div className="card-header">
        <h2 id="participants-title">Participants</h2>
        <span className="muted">
          {workspace.participants.length} {workspace.participants.length === 1 ? 'person' : 'people'} ·{' '}
          {voters} voting
        </span>
      </div>
      {workspace.participants.length === 0 ? (
        <p className="empty">
          Add the executives in the room. The facilitator does not vote unless you tick “Votes”.
        </p>
      ) : (
        <table className="participants">
          <thead>
            <tr>
              <th scope="col">
                <span className="sr-only">Colour</span>
              </th>
              <th scope="col">Name</th>
              <th scope="col">Role</th>
              <th scope="col">Department</th>
              <th scope="col">Facilitator</th>
              <th scope="col">Votes</th>
              <th scope="col">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {workspace.participants.map((p, index) => (
              <ParticipantRow
                key={p.id}
                participant={p}
                readOnly={readOnly}
                first={index === 0}
                last={index === workspace.participants.length - 1}
              />
            ))}
          </tbody>
        </table>
      )}
      {sameNames.length > 0 ? (
        <p className="muted" role="status">
          {sameNames.map((n) => `“${n}”`).join(', ')} {sameNames.length === 1 ? 'is' : 'are'} in the list
          twice: add a surname so each person finds their own ballot.
        </p>
      ) : null}
      {readOnly ? null : (
        <form
          className="add-participant"
          onSubmit={(e) => {
            e.preventDefault();
            add(e.currentTarget, false);
          }}
          aria-label="Add participant"
        >
          <input
            aria-label="New participant name"
            placeholder="Name"
            value={name}
            maxLength={120}
            onChange={(e) => {
              setName(e.target.value);
              setDuplicateOf(null);
              setProblem(null);
            }}
          />
          <input
            aria-label="New participant role"
            placeholder="Role (e.g. CFO)"
            value={role}
            maxLength={120}
            onChange={(e) => setRole(e.target.value)}
          />
          <input
            aria-label="New participant department"
            placeholder="Department"
            value={department}
            maxLength={120}
            onChange={(e) => setDepartment(e.target.value)}
          />
          <button type="submit" className="button button-primary" disabled={name.trim().length === 0}>
            Add participant
          </button>
          {duplicateOf ? (
            <p className="form-error" role="alert" style={FULL_ROW}>
              “{duplicateOf}” is already in the list — not added. Two people with one name look alike on the
              voting screen; add a surname, or{' '}
              <button
                type="button"
                className="button button-small"
                onClick={(e) => add(e.currentTarget.form!, true)}
              >
                Add anyway
              </button>
            </p>
          ) : null}
          {problem ? (
            <p className="form-error" role="alert" style={FULL_ROW}>
              {problem}
            </p>
          ) : null}
        </form>
      )}
    </section>
  );
}

function ParticipantRow({
  participant: p,
  readOnly,
  first,
  last,
}: {
  participant: Participant;
  readOnly: boolean;
  first: boolean;
  last: boolean;
}) {
  const change = (c: Partial<Omit<Participant, 'id'>>) => edit((w) => updateParticipant(w, p.id, c));
  return (
    <tr data-testid="participant-row">
      <td>
        <input
          type="color"
          className="swatch"
          aria-label={`Colour for ${p.name}`}
          value={p.colour}
          disabled={readOnly}
          onChange={(e) => change({ colour: e.target.value })}
        />
      </td>
      <td>
        <CommittedInput
          aria-label="Name"
          required
          maxLength={120}
          disabled={readOnly}
          value={p.name}
          onCommit={(name) => change({ name })}
        />
      </td>
      <td>
        <CommittedInput
          aria-label={`Role of ${p.name}`}
          maxLength={120}
          disabled={readOnly}
          value={p.role}
          onCommit={(role) => change({ role })}
        />
      </td>
      <td>
        <CommittedInput
          aria-label={`Department of ${p.name}`}
          maxLength={120}
          disabled={readOnly}
          value={p.department}
          onCommit={(department) => change({ department })}
        />
      </td>
      <td>
        <input
          type="checkbox"
          aria-label={`${p.name} is the facilitator`}
          checked={p.isFacilitator}
          disabled={readOnly}
          onChange={(e) => change({ isFacilitator: e.target.checked })}
        />
      </td>
      <td>
        <input
          type="checkbox"
          aria-label={`${p.name} votes`}
          checked={p.votes}
          disabled={readOnly}
          onChange={(e) => change({ votes: e.target.checked })}
        />
      </td>
      <td className="row-actions">
        <button
          type="button"
          className="button button-small"
          aria-label={`Move ${p.name} up`}
          disabled={readOnly || first}
          onClick={() => edit((w) => moveParticipant(w, p.id, -1))}
        >
          ↑
        </button>
        <button
          type="button"
          className="button button-small"
          aria-label={`Move ${p.name} down`}
          disabled={readOnly || last}
          onClick={() => edit((w) => moveParticipant(w, p.id, 1))}
        >
          ↓
        </button>
        <button
          type="button"
          className="button button-small button-danger"
          aria-label={`Remove ${p.name}`}
          disabled={readOnly}
          onClick={() => edit((w) => removeParticipant(w, p.id))}
        >
          Remove
        </button>
      </td>
    </tr>
  );
}

/** Names on the list more than once (any case), as first written. */
function namesUsedTwice(participants: readonly Participant[]): string[] {
  const byKey = new Map<string, string[]>();
  for (const p of participants) {
    const key = p.name.trim().replace(/\s+/g, ' ').toLowerCase();
    byKey.set(key, [...(byKey.get(key) ?? []), p.name]);
  }
  return [...byKey.values()].filter((names) => names.length > 1).map((names) => names[0]!);
}
