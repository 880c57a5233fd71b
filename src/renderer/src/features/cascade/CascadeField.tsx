import { useId, useState, type ReactNode } from 'react';

type CascadeFieldProps = {
  label: string;
  value: string;
  /** Saves the typed value; returns why it was refused, or null when saved. */
  onCommit: (value: string) => string | null;
  readOnly: boolean;
  type?: 'text' | 'number';
  placeholder?: string;
  className?: string;
  /** Shown after the field, inside its label (a unit: "pts"). */
  suffix?: ReactNode;
  /** The label shown before the field, for a bare number whose place does not say what it is. */
  showLabel?: boolean;
};

/**
 * One field of the cascade, edited in place: saved on Enter and on leaving the field. A
 * refused value stays on screen with the reason under it while the saved value is kept;
 * Esc puts the saved value back.
 */
export function CascadeField({
  label,
  value,
  onCommit,
  readOnly,
  type = 'text',
  placeholder,
  className = '',
  suffix,
  showLabel = false,
}: CascadeFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (readOnly) {
    return (
      <span className={`cascade-field is-read-only ${className}`}>
        <span className="sr-only">{label}: </span>
        {value || <span className="muted">—</span>}
        {suffix}
      </span>
    );
  }
  const commit = () => {
    if (draft === null || draft === value) {
      setDraft(null);
      setError(null);
      return;
    }
    const refused = onCommit(draft);
    setError(refused);
    if (refused === null) setDraft(null);
  };
  return (
    <span className={`cascade-field ${className}`}>
      <label htmlFor={id} className={showLabel ? 'cascade-field-label' : 'sr-only'}>
        {label}
      </label>
      <input
        id={id}
        type={type}
        inputMode={type === 'number' ? 'decimal' : undefined}
        step={type === 'number' ? 'any' : undefined}
        value={draft ?? value}
        placeholder={placeholder}
        aria-invalid={error !== null}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
          if (e.key === 'Escape') {
            setDraft(null);
            setError(null);
          }
        }}
      />
      {suffix}
      {error ? (
        <span id={`${id}-error`} className="field-error" role="alert">
          {error}
        </span>
      ) : null}
    </span>
  );
}
