import { useState } from 'react';
import { TEMPLATE_LIMITS } from '../../../../shared/domain/templates';

type TimeboxInputProps = {
  minutes: number | null;
  label: string;
  onCommit: (minutes: number | null) => void;
};

/** Minutes for an agenda block; empty means no timebox. Invalid entries are never saved. */
export function TimeboxInput({ minutes, label, onCommit }: TimeboxInputProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const shown = draft ?? (minutes === null ? '' : String(minutes));
  const parsed = parse(shown);
  return (
    <span className="timebox-input">
      <input
        type="number"
        inputMode="numeric"
        min={1}
        max={TEMPLATE_LIMITS.minutes}
        step={5}
        aria-label={label}
        placeholder="–"
        value={shown}
        aria-invalid={parsed === undefined || undefined}
        onChange={(e) => {
          setDraft(e.target.value);
          const next = parse(e.target.value);
          if (next !== undefined) onCommit(next);
        }}
        onBlur={() => setDraft(null)}
      />
      <span aria-hidden="true">min</span>
    </span>
  );
}

/** null for empty, a whole number of minutes in range, or undefined when invalid. */
function parse(text: string): number | null | undefined {
  if (text.trim() === '') return null;
  const n = Number(text);
  return Number.isInteger(n) && n >= 1 && n <= TEMPLATE_LIMITS.minutes ? n : undefined;
}
