import { useState, type InputHTMLAttributes } from 'react';

type CommittedInputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'> & {
  value: string;
  /** Called on every keystroke whose value is valid; invalid drafts never reach the store. */
  onCommit: (value: string) => void;
  required?: boolean;
};

/**
 * A text input that keeps a local draft: a required field emptied by the user stays
 * empty on screen (marked invalid) while the saved value stays intact, and snaps back
 * on blur. So autosave never writes a half-edited, invalid workspace.
 */
export function CommittedInput({ value, onCommit, required = false, ...rest }: CommittedInputProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const shown = draft ?? value;
  const invalid = required && shown.trim().length === 0;
  return (
    <input
      {...rest}
      value={shown}
      aria-invalid={invalid || undefined}
      onChange={(e) => {
        const next = e.target.value;
        setDraft(next);
        if (!required || next.trim().length > 0) onCommit(next);
      }}
      onBlur={(e) => {
        setDraft(null);
        rest.onBlur?.(e);
      }}
    />
  );
}
