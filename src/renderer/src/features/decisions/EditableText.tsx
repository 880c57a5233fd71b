import { useEffect, useId, useRef, useState } from 'react';

/** A pause this long in typing saves what is there, so a crash loses at most ~2 s of words. */
const IDLE_SAVE_MS = 700;

type EditableTextProps = {
  label: string;
  value: string;
  /** Saves a new value; returns the reason it was refused, or null. */
  onCommit: (value: string) => string | null;
  readOnly: boolean;
  multiline?: boolean;
  type?: 'text' | 'date';
  placeholder?: string;
  maxLength?: number;
  /** The label is read out but not shown (the field's place says what it is). */
  hideLabel?: boolean;
  className?: string;
  autoFocus?: boolean;
  list?: string;
  /** How the value reads when it cannot be edited (a date as “12 Jan 2027”). */
  display?: (value: string) => string;
};

/**
 * One field of the log, edited in place. Typing saves on a pause, on Enter (single line)
 * and on leaving the field. A refused value stays on screen with the reason beside it,
 * while the saved value is untouched; Esc puts the saved value back.
 */
export function EditableText({
  label,
  value,
  onCommit,
  readOnly,
  multiline = false,
  type = 'text',
  placeholder,
  maxLength,
  hideLabel = false,
  className = '',
  autoFocus = false,
  list,
  display = (v) => v,
}: EditableTextProps) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );
  const labelClass = hideLabel ? 'sr-only' : 'log-field-label';

  if (readOnly) {
    const Text = multiline ? 'p' : 'span';
    return (
      <div className={`log-field ${className}`}>
        <span className={labelClass}>{label}</span>
        <Text className={value ? 'log-text' : 'log-text log-text-empty'}>{value ? display(value) : '—'}</Text>
      </div>
    );
  }

  const cancelTimer = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
  };
  const commit = (next: string): boolean => {
    cancelTimer();
    const refused = next === value ? null : onCommit(next);
    setError(refused);
    return refused === null;
  };
  const onChange = (next: string) => {
    setDraft(next);
    cancelTimer();
    // A date field reads empty while its day is half typed: wait for the whole date, or for leaving.
    if (type === 'date' && next === '') return;
    timer.current = setTimeout(() => commit(next), IDLE_SAVE_MS);
  };
  const onBlur = () => {
    if (draft === null) return;
    if (commit(draft)) setDraft(null);
  };
  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.key === 'Escape' && (draft !== null || error !== null)) {
      event.stopPropagation();
      cancelTimer();
      setDraft(null);
      setError(null);
    } else if (event.key === 'Enter' && !multiline && draft !== null) {
      event.preventDefault();
      commit(draft);
    }
  };
  const common = {
    id,
    value: draft ?? value,
    placeholder,
    maxLength,
    autoFocus,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? `${id}-error` : undefined,
    onBlur,
    onKeyDown,
  };
  return (
    <div className={`log-field ${className}${error ? ' log-field-invalid' : ''}`}>
      <label htmlFor={id} className={labelClass}>
        {label}
      </label>
      {multiline ? (
        <textarea {...common} rows={2} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...common} type={type} list={list} onChange={(e) => onChange(e.target.value)} />
      )}
      {error ? (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error} <span className="log-field-hint">Esc puts back what was saved.</span>
        </p>
      ) : null}
    </div>
  );
}
