import { useRef, useState } from 'react';
import {
  addPrioritiesReporting,
  ballotsMentioning,
  numberedLines,
  previewPrioritiesCsv,
  quotedTitles,
  removePriority,
  updatePriority,
  type CsvPreview,
  type PriorityAddition,
  type PriorityDraft,
} from '../../../../shared/domain/priorities';
import { countOf } from '../../../../shared/domain/board';
import { LIMITS, type Workspace } from '../../../../shared/domain/workspace';
import { CommittedInput } from '../../ui/CommittedInput';
import { CsvImportPreview } from './CsvImportPreview';
import { documentActions } from '../../document';

const newId = () => crypto.randomUUID();

/** Adds through the workspace store; null when the store refused the edit (and said why). */
function addReporting(drafts: PriorityDraft[]): PriorityAddition | null {
  const outcome: { result?: PriorityAddition } = {};
  const applied = documentActions.edit((w) => {
    outcome.result = addPrioritiesReporting(w, drafts, newId);
    return outcome.result.workspace;
  });
  return applied ? (outcome.result ?? null) : null;
}

type Feedback = { tone: 'error' | 'info'; text: string };
type PendingImport = { fileName: string; preview: Extract<CsvPreview, { ok: true }> };

/** The candidate priorities: typed, pasted one per line, or imported from CSV. */
export function PrioritiesPanel({ workspace, readOnly }: { workspace: Workspace; readOnly: boolean }) {
  const [text, setText] = useState('');
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const [pending, setPending] = useState<PendingImport | null>(null);
  const [confirmDelete, setConfirmDelete] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const addLines = () => {
    const lines = numberedLines(text);
    if (lines.length === 0) return;
    const result = addReporting(lines.map(({ title }) => ({ title })));
    if (!result) return;
    const { refused, duplicates, overLimit } = result;
    // Refused lines stay in the box to be shortened; everything else was handled.
    setText(refused.map((r) => lines[r.index]!.title).join('\n'));
    const notes = [
      ...refused.map(
        (r) =>
          `Line ${lines[r.index]!.line}, ${quotedTitles([r.title])}: ${r.reason}. Shorten it and add it again.`,
      ),
      duplicates.length > 0 &&
        `${quotedTitles(duplicates.map((d) => d.title))} ${duplicates.length === 1 ? 'is' : 'are'} already in the list — skipped.`,
      overLimit > 0 && `${overLimit} not added: a workspace holds at most ${LIMITS.priorities} priorities.`,
    ].filter((n): n is string => typeof n === 'string');
    setFeedback(
      notes.length > 0 ? { tone: refused.length > 0 ? 'error' : 'info', text: notes.join(' ') } : null,
    );
  };

  const readCsv = async (file: File) => {
    const preview = previewPrioritiesCsv(await file.text());
    if (!preview.ok) {
      setPending(null);
      setFeedback({ tone: 'error', text: `“${file.name}”: ${preview.reason} Nothing was imported.` });
      return;
    }
    setFeedback(null);
    setPending({ fileName: file.name, preview });
  };

  const confirmImport = () => {
    if (!pending) return;
    const { rows, skipped } = pending.preview;
    const result = addReporting(rows.map((r) => r.draft));
    setPending(null);
    if (!result) return;
    const { added, duplicates, refused, overLimit } = result;
    const reasons = [
      ...skipped,
      ...duplicates.map((d) => ({
        row: rows[d.index]!.row,
        reason: `${quotedTitles([d.title])} is already in the list`,
      })),
      ...refused.map((r) => ({ row: rows[r.index]!.row, reason: r.reason })),
    ].sort((a, b) => a.row - b.row);
    const skippedCount = reasons.length + overLimit;
    const listed = reasons.slice(0, 5).map((r) => `row ${r.row}: ${r.reason}`);
    if (reasons.length > 5) listed.push(`${reasons.length - 5} more`);
    if (overLimit > 0) listed.push(`${overLimit} over the limit of ${LIMITS.priorities} priorities`);
    setFeedback({
      tone: 'info',
      text: `Imported ${added.length}, skipped ${skippedCount}${skippedCount > 0 ? ` (${listed.join('; ')})` : ''}.`,
    });
  };

  const remove = (id: string) => {
    if (ballotsMentioning(workspace, id) > 0 && confirmDelete !== id) return setConfirmDelete(id);
    setConfirmDelete(null);
    documentActions.edit((w) => removePriority(w, id));
  };

  return (
    <section className="card" aria-labelledby="priorities-title">
      <div className="card-header">
        <h2 id="priorities-title">Candidate priorities</h2>
        <span className="muted">{countOf(workspace.priorities.length, 'item')}</span>
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
              <li key={p.id} data-testid="priority-row" data-priority-id={p.id}>
                <CommittedInput
                  aria-label="Priority title"
                  required
                  maxLength={200}
                  disabled={readOnly}
                  value={p.title}
                  onCommit={(title) => documentActions.edit((w) => updatePriority(w, p.id, { title }))}
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
              accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values"
              hidden
              aria-label="CSV file of priorities"
              onChange={(e) => {
                const file = e.target.files?.[0];
                e.target.value = '';
                if (file) void readCsv(file);
              }}
            />
          </div>
          {feedback ? (
            <p
              className={feedback.tone === 'error' ? 'form-error' : 'muted'}
              role={feedback.tone === 'error' ? 'alert' : 'status'}
            >
              {feedback.text}
            </p>
          ) : null}
          {pending ? (
            <CsvImportPreview
              fileName={pending.fileName}
              preview={pending.preview}
              existingTitles={workspace.priorities.map((p) => p.title)}
              onConfirm={confirmImport}
              onCancel={() => setPending(null)}
            />
          ) : null}
        </div>
      )}
    </section>
  );
}
