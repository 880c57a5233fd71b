import { useEffect, useId } from 'react';
import { formatClock, parseClock } from '../../../../shared/domain/agenda';
import {
  BLOCK_KINDS,
  type AgendaBlock,
  type BlockKind,
  type Workspace,
} from '../../../../shared/domain/workspace';
import { agendaActions } from './AgendaActions';
import { AgendaInput, AgendaTextArea } from './AgendaInput';
import { BLOCK_KIND_LABELS, dayName, toNumber } from './AgendaLabels';

type AgendaBlockEditorProps = {
  workspace: Workspace;
  block: AgendaBlock;
  dayIndex: number;
  /** Just added: the title is selected so typing replaces “New block”. */
  focusTitle: boolean;
  onAddAfter: () => void;
};

/**
 * Everything about one block beyond its length: title, kind, the shortest a re-plan may
 * make it, a fixed start, what it is about (a round, priorities, a deck section), and the
 * day it is on. Each change is one edit.
 */
export function AgendaBlockEditor({
  workspace,
  block,
  dayIndex,
  focusTitle,
  onAddAfter,
}: AgendaBlockEditorProps) {
  const id = useId();
  useEffect(() => {
    const title = focusTitle ? document.getElementById(`${id}-title`) : null;
    if (title instanceof HTMLTextAreaElement) {
      title.focus();
      title.select();
    }
  }, [focusTitle, id]);
  const update = agendaActions.updateBlock;
  const sections = workspace.deck?.sections ?? [];
  return (
    <div className="agenda-editor" role="group" aria-label={`Edit “${block.title}”`}>
      <div className="agenda-editor-field agenda-editor-title">
        <label htmlFor={`${id}-title`}>Title</label>
        <AgendaTextArea
          id={`${id}-title`}
          errorId={`${id}-title-error`}
          rows={block.title.length > 90 ? 3 : 1}
          value={block.title}
          onCommit={(title) => update(block.id, { title })}
        />
      </div>
      <div className="agenda-editor-field">
        <label htmlFor={`${id}-kind`}>Kind</label>
        <select
          id={`${id}-kind`}
          value={block.kind}
          onChange={(e) => update(block.id, { kind: e.target.value as BlockKind })}
        >
          {BLOCK_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {BLOCK_KIND_LABELS[kind]}
            </option>
          ))}
        </select>
      </div>
      <div className="agenda-editor-field">
        <label htmlFor={`${id}-min`}>Shortest in a re-plan (min)</label>
        <AgendaInput
          id={`${id}-min`}
          errorId={`${id}-min-error`}
          inputMode="numeric"
          value={String(block.minMinutes)}
          onCommit={(text) => update(block.id, { minMinutes: toNumber(text) })}
        />
      </div>
      <div className="agenda-editor-field">
        <label htmlFor={`${id}-fixed`}>Fixed start</label>
        <AgendaInput
          id={`${id}-fixed`}
          errorId={`${id}-fixed-error`}
          placeholder="none (e.g. 12:30)"
          value={block.fixedStart === null ? '' : formatClock(block.fixedStart)}
          onCommit={(text) => {
            if (text.trim() === '') return update(block.id, { fixedStart: null });
            const minute = parseClock(text);
            return minute === null
              ? 'Write a time of day as 12:30 (24-hour clock), or leave it empty.'
              : update(block.id, { fixedStart: minute });
          }}
        />
      </div>
      <div className="agenda-editor-field">
        <label htmlFor={`${id}-round`}>Ranking round</label>
        <select
          id={`${id}-round`}
          value={block.roundId ?? ''}
          onChange={(e) => update(block.id, { roundId: e.target.value || null })}
        >
          <option value="">None</option>
          {workspace.rounds.map((r) => (
            <option key={r.id} value={r.id}>
              {r.question}
            </option>
          ))}
        </select>
      </div>
      <div className="agenda-editor-field">
        <label htmlFor={`${id}-section`}>Deck section</label>
        <select
          id={`${id}-section`}
          value={block.sectionId ?? ''}
          onChange={(e) => update(block.id, { sectionId: e.target.value || null })}
          disabled={sections.length === 0}
        >
          <option value="">{sections.length === 0 ? 'No deck yet' : 'None'}</option>
          {sections.map((s) => (
            <option key={s.id} value={s.id}>
              {s.title || 'Untitled section'}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="agenda-editor-priorities">
        <legend>Priorities</legend>
        {workspace.priorities.length === 0 ? <p className="muted small">No priorities yet.</p> : null}
        {workspace.priorities.map((p) => (
          <label key={p.id} className="checkbox">
            <input
              type="checkbox"
              checked={block.priorityIds.includes(p.id)}
              onChange={(e) =>
                update(block.id, {
                  priorityIds: e.target.checked
                    ? [...block.priorityIds, p.id]
                    : block.priorityIds.filter((x) => x !== p.id),
                })
              }
            />
            <span>{p.title}</span>
          </label>
        ))}
      </fieldset>
      <div className="agenda-editor-actions">
        {workspace.agenda.days.map((day, index) =>
          index === dayIndex ? null : (
            <button
              key={day.id}
              type="button"
              className="button button-small"
              onClick={() => agendaActions.moveBlock(block.id, day.id, Number.MAX_SAFE_INTEGER)}
            >
              Move to {dayName(index, '').toLowerCase()}
            </button>
          ),
        )}
        <button type="button" className="button button-small" onClick={onAddAfter}>
          Add a block after this one
        </button>
      </div>
    </div>
  );
}
