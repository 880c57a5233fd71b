import { useId, useState } from 'react';
import { DECK_LIMITS } from '../../../../shared/domain/workspace';

type MarkdownFieldProps = {
  label: string;
  hint?: string;
  value: string;
  rows?: number;
  onCommit: (markdown: string) => void;
  readOnly: boolean;
};

/**
 * A Markdown textarea that keeps what the user is typing (blank lines included) while it
 * has focus and saves on every keystroke, so the preview follows the text as it is typed.
 */
export function MarkdownField({ label, hint, value, rows = 8, onCommit, readOnly }: MarkdownFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  return (
    <div className="field deck-markdown">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        aria-describedby={hint ? `${id}-hint` : undefined}
        rows={rows}
        value={draft ?? value}
        readOnly={readOnly}
        maxLength={DECK_LIMITS.markdown}
        spellCheck
        onChange={(e) => {
          setDraft(e.target.value);
          onCommit(e.target.value);
        }}
        onBlur={() => setDraft(null)}
      />
      {hint ? (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
}
