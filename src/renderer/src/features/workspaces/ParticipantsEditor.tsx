import { useState } from 'react';
import {
  addParticipant,
  moveParticipant,
  removeParticipant,
  updateParticipant,
  type Participant,
  type Workspace,
} from '../../../../shared/domain/workspace';
import { CommittedInput } from '../../ui/CommittedInput';
import { workspaceActions } from './store';

const edit = workspaceActions.edit;

export function ParticipantsEditor({ workspace, readOnly }: { workspace: Workspace; readOnly: boolean }) {
  const [name, setName] = useState('');
  const [role, setRole] = useState('');
  const [department, setDepartment] = useState('');
  const voters = workspace.participants.filter((p) => p.votes).length;

  const add = (event: React.FormEvent) => {
    event.preventDefault();
    if (name.trim().length === 0) return;
    edit((w) => addParticipant(w, { name, role, department }, crypto.randomUUID()));
    setName('');
    setRole('');
    setDepartment('');
    (event.currentTarget as HTMLFormElement).querySelector('input')?.focus();
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
      {readOnly ? null : (
        <form className="add-participant" onSubmit={add} aria-label="Add participant">
          <input
            aria-label="New participant name"
            placeholder="Name"
            value={name}
            maxLength={120}
            onChange={(e) => setName(e.target.value)}
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
