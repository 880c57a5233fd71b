import { useState, type TextareaHTMLAttributes } from 'react';

type DraftTextAreaProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'value' | 'onChange'> & {
  value: string;
  onCommit: (text: string) => void;
};

/**
 * A textarea that keeps what the user is typing (blank lines included) while it has
 * focus, saves as they type, and shows the saved value again on blur.
 */
export function DraftTextArea({ value, onCommit, ...rest }: DraftTextAreaProps) {
  const [draft, setDraft] = useState<string | null>(null);
  return (
    <textarea
      {...rest}
      value={draft ?? value}
      onChange={(e) => {
        setDraft(e.target.value);
        onCommit(e.target.value);
      }}
      onBlur={(e) => {
        setDraft(null);
        rest.onBlur?.(e);
      }}
    />
  );
}
