import { useRef, useState } from 'react';
import {
  addPriorities,
  ballotsMentioning,
  parsePrioritiesCsv,
  removePriority,
  titlesFromLines,
  updatePriority,
} from '../../../../shared/domain/priorities';
import type { Workspace } from '../../../../shared/domain/workspace';
import { CommittedInput } from '../../ui/CommittedInput';
import { workspaceActions } from '../workspaces';

const newId = () => crypto.randomUUID();

/** The candidate priorities: typed, pasted one per line, or imported from CSV. */
export function PrioritiesPanel({ workspace, readOnly }: { workspace: Workspace; readOnly: boolean }) {
  const [text, setText] = useState('');
  const [importError, setImportError] = useState<string | null>(null);
  const [confirmDelete, setConfirmDelete] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const addLines = () => {
    const titles = titlesFromLines(text);
    if (titles.length === 0) return;
    workspaceActions.edit((w) =>
      addPriorities(
        w,
        titles.map((title) => ({ title })),
        newId,
      ),
    );
    setText('');
  };

  const importCsv = async (file: File) => {
    const parsed = parsePrioritiesCsv(await file.text());
    if (!parsed.ok) {
      setImportError(`Row ${parsed.row}: ${parsed.reason} Nothing was imported.`);
      return;
    }
    setImportError(null);
    workspaceActions.edit((w) => addPriorities(w, parsed.drafts, newId));
  };

  const remove = (id: string) => {
    if (ballotsMentioning(workspace, id) > 0 && confirmDelete !== id) return setConfirmDelete(id);
    setConfirmDelete(null);
    workspaceActions.edit((w) => removePriority(w, id));
  };

  return (
    <section className="card" aria-labelledby="priorities-title">
      <div className="card-header">
        <h2 id="priorities-title">Candidate priorities</h2>
        <span className="muted">{workspace.priorities.length} items</span>
      </div>
      {workspace.priorities.length === 0 ? (
        <p className="empty">
          List what the team will rank: type or paste one priority per line, or import a CSV file.
        </p>
      ) : (
        <ol className="priority-list">
          {workspace.priorities.map((p) => {
            const ballots = ballotsMentioning(workspace, p.id);
            return (
              <li key={p.id} data-testid="priority-row">
                <CommittedInput
                  aria-label="Priority title"
                  required
                  maxLength={200}
                  disabled={readOnly}
                  value={p.title}
                  onCommit={(title) => workspaceActions.edit((w) => updatePriority(w, p.id, { title }))}
                />
                <span className={`status-badge status-${p.status}`}>{p.status}</span>
                {workspace.focusPriorityId === p.id ? <span className="focus-badge">Focus</span> : null}
                {confirmDelete === p.id ? (
                  <span className="inline-confirm" role="alert">
                    {ballots} ballot{ballots === 1 ? '' : 's'} rank this item; results will be recomputed
                    without it.
                    <button
                      type="button"
                      className="button button-small button-danger"
                      onClick={() => remove(p.id)}
                    >
                      Delete anyway
                    </button>
                    <button
                      type="button"
                      className="button button-small"
                      onClick={() => setConfirmDelete(null)}
                    >
                      Keep
                    </button>
                  </span>
                ) : (
                  <button
                    type="button"
                    className="button button-small button-danger"
                    aria-label={`Delete ${p.title}`}
                    disabled={readOnly}
                    onClick={() => remove(p.id)}
                  >
                    Delete
                  </button>
                )}
              </li>
            );
          })}
        </ol>
      )}
      {readOnly ? null : (
        <div className="add-priorities">
          <textarea
            aria-label="New priorities, one per line"
            placeholder={'Launch in the EU\nHire a CFO\nEnterprise SSO'}
            rows={3}
            value={text}
            onChange={(e) => setText(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                e.preventDefault();
                addLines();
              }
            }}
          />
          <div className="add-priorities-buttons">
            <button
              type="button"
              className="button button-primary"
              onClick={addLines}
              disabled={text.trim() === ''}
            >
              Add
            </button>
            <button type="button" className="button" onClick={() => fileInput.current?.click()}>
              Import CSV…
            </button>
            <input
              ref={fileInput}
              type="file"
              accept=".csv,text/csv"
              hidden
              aria-label="CSV file of priorities"
              onChange={(e) => {
                const file = e.target.files?.[0];
                e.target.value = '';
                if (file) void importCsv(file);
              }}
            />
          </div>
          {importError ? (
            <p className="form-error" role="alert">
              {importError}
            </p>
          ) : null}
        </div>
      )}
    </section>
  );
}
