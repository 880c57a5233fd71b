import { useState } from 'react';

type NumberCellProps = {
  label: string;
  value: number | null;
  onCommit: (value: number | null) => void;
  readOnly: boolean;
};

/** "12.5", "-3", "1,200" or "1 200": what people type for a figure. Empty means no figure. */
export function parseFigure(text: string): number | null | undefined {
  const cleaned = text.replace(/[\s,\u00a0\u202f]/g, '');
  if (cleaned === '') return null;
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(cleaned)) return undefined;
  const value = Number(cleaned);
  return Number.isFinite(value) ? value : undefined;
}

/**
 * A figure in the KPI table. What the user types stays on screen while they type; only a
 * number (or nothing) reaches the deck, so a half-typed "-" never lands in the file.
 */
export function NumberCell({ label, value, onCommit, readOnly }: NumberCellProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const shown = draft ?? (value === null ? '' : String(value));
  const invalid = parseFigure(shown) === undefined;
  return (
    <input
      className="deck-number"
      aria-label={label}
      inputMode="decimal"
      value={shown}
      readOnly={readOnly}
      aria-invalid={invalid || undefined}
      maxLength={24}
      onChange={(e) => {
        setDraft(e.target.value);
        const parsed = parseFigure(e.target.value);
        if (parsed !== undefined) onCommit(parsed);
      }}
      onBlur={() => setDraft(null)}
    />
  );
}
