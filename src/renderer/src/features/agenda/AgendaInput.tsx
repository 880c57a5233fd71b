import {
  useState,
  type InputHTMLAttributes,
  type KeyboardEvent,
  type ReactNode,
  type TextareaHTMLAttributes,
} from 'react';

type DraftProps = {
  value: string;
  /** Applies the typed text; returns the refusal to show, or null when it was taken. */
  onCommit: (text: string) => string | null;
  /** An id for the element that shows the refusal. */
  errorId: string;
};

/**
 * A field that changes the agenda once, when the user is done (Enter or leaving the
 * field), not on every keystroke: "90" typed as "9", "90" is one edit and one Undo. A
 * refused value stays in the field, marked, with the domain's message beside it; Escape
 * puts the saved value back.
 */
function useDraft({ value, onCommit, errorId }: DraftProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const commit = () => {
    if (draft === null || draft === value) {
      setDraft(null);
      setError(null);
      return;
    }
    const refusal = onCommit(draft);
    setError(refusal);
    if (refusal === null) setDraft(null);
  };
  const field = {
    value: draft ?? value,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? errorId : undefined,
    onChange: (e: { target: { value: string } }) => setDraft(e.target.value),
    onBlur: commit,
    onKeyDown: (e: KeyboardEvent) => {
      if (e.key === 'Enter') {
        e.preventDefault();
        commit();
      } else if (e.key === 'Escape' && draft !== null) {
        e.preventDefault();
        setDraft(null);
        setError(null);
      }
    },
  };
  const message: ReactNode = error ? (
    <span id={errorId} className="agenda-error" role="alert">
      {error}
    </span>
  ) : null;
  return { field, message };
}

type Omitted = 'value' | 'onChange' | 'onBlur' | 'onKeyDown';

export function AgendaInput({
  value,
  onCommit,
  errorId,
  ...rest
}: Omit<InputHTMLAttributes<HTMLInputElement>, Omitted> & DraftProps) {
  const { field, message } = useDraft({ value, onCommit, errorId });
  return (
    <>
      <input {...rest} {...field} />
      {message}
    </>
  );
}

/** The same for a title, which wraps over lines as it is typed (Enter still commits: no line breaks). */
export function AgendaTextArea({
  value,
  onCommit,
  errorId,
  ...rest
}: Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, Omitted> & DraftProps) {
  const { field, message } = useDraft({ value, onCommit, errorId });
  return (
    <>
      <textarea {...rest} {...field} />
      {message}
    </>
  );
}
