import { useState, type FormEvent } from 'react';
import type { ParkedItem, Workspace } from '../../../../../shared/domain/workspace';
import { parkingActions } from './parkingActions';
import { outcomeWords, whereParked } from './parkedWords';
import { TriageForm } from './TriageForm';

type Mode = 'view' | 'edit' | 'triage';

/**
 * One parked item: what it says, when and where it was parked, what it became; triage,
 * reopen, or correct its text. `top` is its place in "the top 3 to solve now".
 */
export function ParkedItemRow({
  item,
  workspace,
  readOnly,
  top,
}: {
  item: ParkedItem;
  workspace: Workspace;
  readOnly: boolean;
  top: number | null;
}) {
  const [mode, setMode] = useState<Mode>('view');
  const open = item.outcome === 'open';
  const classes = [
    'parking-item',
    open ? 'parking-item-open' : 'parking-item-done',
    top ? 'parking-item-top' : '',
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <li className={classes}>
      <article aria-label={item.text}>
        <div className="parking-item-head">
          {top ? (
            <span className="parking-top-badge">
              Top {top} · {item.dots} {item.dots === 1 ? 'dot' : 'dots'}
            </span>
          ) : null}
          {mode === 'edit' ? (
            <TextEditor item={item} onDone={() => setMode('view')} />
          ) : (
            <p className="parking-item-text">{item.text}</p>
          )}
        </div>
        <p className="parking-item-meta muted">{whereParked(workspace, item)}</p>
        {open && item.reason ? <p className="parking-item-meta muted">{item.reason}</p> : null}
        {!open ? (
          <p className={`parking-outcome parking-outcome-${item.outcome}`}>{outcomeWords(workspace, item)}</p>
        ) : null}
        {mode === 'triage' ? (
          <TriageForm item={item} workspace={workspace} onDone={() => setMode('view')} />
        ) : null}
        {mode === 'view' && !readOnly ? (
          <div className="parking-item-buttons">
            {open ? (
              <button
                type="button"
                className="button button-small button-primary"
                aria-label={`Triage: ${item.text}`}
                onClick={() => setMode('triage')}
              >
                Triage…
              </button>
            ) : (
              <button
                type="button"
                className="button button-small"
                aria-label={`Reopen: ${item.text}`}
                onClick={() => parkingActions.reopen(item.id)}
              >
                Reopen
              </button>
            )}
            <button
              type="button"
              className="button button-small button-ghost"
              aria-label={`Edit text: ${item.text}`}
              onClick={() => setMode('edit')}
            >
              Edit text
            </button>
          </div>
        ) : null}
      </article>
    </li>
  );
}

/** The item's text in place; Enter keeps it, Esc puts it back. */
function TextEditor({ item, onDone }: { item: ParkedItem; onDone: () => void }) {
  const [text, setText] = useState(item.text);
  const [error, setError] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const refusal = text === item.text ? null : parkingActions.editText(item.id, text);
    setError(refusal);
    if (refusal === null) onDone();
  };
  return (
    <form className="parking-edit" aria-label="Edit the parked text" onSubmit={submit} noValidate>
      <input
        aria-label="Parked text"
        value={text}
        autoFocus
        aria-invalid={error ? true : undefined}
        onChange={(e) => {
          setText(e.target.value);
          setError(null);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.stopPropagation();
            onDone();
          }
        }}
      />
      <button type="submit" className="button button-small">
        Save
      </button>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
}
