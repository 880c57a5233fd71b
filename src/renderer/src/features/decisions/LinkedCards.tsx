import { useState } from 'react';
import type { Priority } from '../../../../shared/domain/workspace';

type LinkedCardsProps = {
  linkedIds: readonly string[];
  priorities: readonly Priority[];
  readOnly: boolean;
  /** Saves the new list; returns the reason it was refused, or null. */
  onChange: (ids: string[]) => string | null;
};

/** The priorities a decision is about, as chips. A deleted card is simply not shown. */
export function LinkedCards({ linkedIds, priorities, readOnly, onChange }: LinkedCardsProps) {
  const [error, setError] = useState<string | null>(null);
  const byId = new Map(priorities.map((p) => [p.id, p]));
  const linked = linkedIds.flatMap((id) => byId.get(id) ?? []);
  const unlinked = priorities.filter((p) => !linkedIds.includes(p.id));
  // Only cards that still exist are saved back (the domain refuses links to deleted ones).
  const change = (ids: string[]) => setError(onChange(ids));
  if (readOnly && linked.length === 0) return null;
  return (
    <div className="linked-cards">
      <span className="log-field-label">Linked cards</span>
      <ul className="chips" aria-label="Linked cards">
        {linked.map((p) => (
          <li key={p.id} className="chip">
            {p.title}
            {readOnly ? null : (
              <button
                type="button"
                className="chip-remove"
                aria-label={`Unlink “${p.title}”`}
                onClick={() => change(linked.filter((q) => q.id !== p.id).map((q) => q.id))}
              >
                ×
              </button>
            )}
          </li>
        ))}
        {!readOnly && unlinked.length > 0 ? (
          <li>
            <select
              aria-label="Link a card"
              className="chip-add"
              value=""
              onChange={(e) => e.target.value && change([...linked.map((q) => q.id), e.target.value])}
            >
              <option value="">+ Link a card…</option>
              {unlinked.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.title}
                </option>
              ))}
            </select>
          </li>
        ) : null}
      </ul>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
