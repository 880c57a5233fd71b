import { useState } from 'react';
import { isOverdue } from '../../../../shared/domain/decisions';
import { removeActionItem, updateActionItem } from '../../../../shared/domain/board';
import {
  ACTION_STATUSES,
  type ActionItem,
  type ActionStatus,
  type Decision,
} from '../../../../shared/domain/workspace';
import { EditableText } from './EditableText';
import { readableDay, STATUS_LABELS } from './labels';
import { removeWithUndo, tryEdit } from './logEdits';

type ActionItemRowProps = {
  item: ActionItem;
  decisions: readonly Decision[];
  readOnly: boolean;
  today: string;
  ownersListId: string;
};

/** One action item: what, who, by when, how far along, and which decision it serves. */
export function ActionItemRow({ item, decisions, readOnly, today, ownersListId }: ActionItemRowProps) {
  const [error, setError] = useState<string | null>(null);
  const change = (c: Partial<Omit<ActionItem, 'id'>>) => tryEdit((w) => updateActionItem(w, item.id, c));
  const parent = decisions.find((d) => d.id === item.decisionId);
  return (
    <tr className={`action-item action-${item.status}`} data-testid="action-item">
      <td className="action-text">
        <EditableText
          label="Action"
          hideLabel
          value={item.text}
          readOnly={readOnly}
          maxLength={300}
          onCommit={(text) => change({ text })}
        />
        {error ? (
          <p className="field-error" role="alert">
            {error}
          </p>
        ) : null}
      </td>
      <td>
        <EditableText
          label="Owner"
          hideLabel
          value={item.owner}
          readOnly={readOnly}
          maxLength={120}
          placeholder="Who?"
          list={ownersListId}
          onCommit={(owner) => change({ owner })}
        />
      </td>
      <td>
        <EditableText
          label="Due"
          hideLabel
          type="date"
          value={item.due}
          readOnly={readOnly}
          display={readableDay}
          onCommit={(due) => change({ due })}
        />
        {isOverdue(item, today) ? <span className="overdue-tag">Overdue</span> : null}
      </td>
      <td>
        {readOnly ? (
          <span className={`status-pill status-pill-${item.status}`}>{STATUS_LABELS[item.status]}</span>
        ) : (
          <select
            aria-label="Status"
            className={`status-pill status-pill-${item.status}`}
            value={item.status}
            onChange={(e) => setError(change({ status: e.target.value as ActionStatus }))}
          >
            {ACTION_STATUSES.map((s) => (
              <option key={s} value={s}>
                {STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        )}
      </td>
      <td>
        {readOnly ? (
          <span className="log-text">{parent ? parent.what : '—'}</span>
        ) : (
          <select
            aria-label="Decision"
            value={item.decisionId ?? ''}
            onChange={(e) => setError(change({ decisionId: e.target.value || null }))}
          >
            <option value="">None</option>
            {decisions.map((d) => (
              <option key={d.id} value={d.id}>
                {d.what}
              </option>
            ))}
          </select>
        )}
      </td>
      {readOnly ? null : (
        <td className="row-actions">
          <button
            type="button"
            className="button button-small button-ghost button-danger"
            aria-label={`Remove action “${item.text}”`}
            onClick={() => removeWithUndo('action item', item.text, (w) => removeActionItem(w, item.id))}
          >
            Remove
          </button>
        </td>
      )}
    </tr>
  );
}
