import { useRef, useState } from 'react';
import { addActionItem } from '../../../../shared/domain/board';
import { newActionItem } from '../../../../shared/domain/decisions';
import { tryEdit } from './logEdits';

type AddActionItemFormProps = {
  decisionId: string | null;
  /** What the form is for, read out with its fields (“for Launch in the EU”). */
  purpose: string;
  ownersListId: string;
};

/** “Add action item”: a button until it is needed, then one line: what, who, by when. */
export function AddActionItemForm({ decisionId, purpose, ownersListId }: AddActionItemFormProps) {
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [owner, setOwner] = useState('');
  const [due, setDue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const textInput = useRef<HTMLInputElement>(null);

  const close = () => {
    setOpen(false);
    setText('');
    setOwner('');
    setDue('');
    setError(null);
  };
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const item = newActionItem(crypto.randomUUID(), { text, owner, due }, decisionId);
    const refused = tryEdit((w) => addActionItem(w, item));
    setError(refused);
    if (refused !== null) return;
    // Ready for the next one: action items usually come several at a time.
    setText('');
    setOwner('');
    setDue('');
    textInput.current?.focus();
  };

  if (!open) {
    return (
      <button type="button" className="button button-small add-action-button" onClick={() => setOpen(true)}>
        + Add action item
      </button>
    );
  }
  return (
    <form
      className="add-action"
      aria-label={`Add action item ${purpose}`}
      onSubmit={submit}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          close();
        }
      }}
    >
      <input
        ref={textInput}
        aria-label="New action"
        placeholder="What needs doing?"
        maxLength={300}
        autoFocus
        value={text}
        aria-invalid={error ? true : undefined}
        onChange={(e) => setText(e.target.value)}
      />
      <input
        aria-label="New action owner"
        placeholder="Owner"
        maxLength={120}
        list={ownersListId}
        value={owner}
        onChange={(e) => setOwner(e.target.value)}
      />
      <input
        aria-label="New action due date"
        type="date"
        value={due}
        onChange={(e) => setDue(e.target.value)}
      />
      <button type="submit" className="button button-primary button-small">
        Add
      </button>
      <button type="button" className="button button-small" onClick={close}>
        Close
      </button>
      {error ? (
        <p className="field-error add-action-error" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
}
