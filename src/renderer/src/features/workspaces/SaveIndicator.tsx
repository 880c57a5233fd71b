import { useDocument, type SaveStatus } from '../../document';

export const SAVE_LABELS: Record<SaveStatus, string> = {
  saved: 'Saved',
  unsaved: 'Unsaved changes',
  saving: 'Saving…',
  error: 'Not saved',
};

export function SaveIndicator() {
  const status = useDocument((s) => s.saveStatus);
  const error = useDocument((s) => s.saveError);
  const readOnly = useDocument((s) => s.current?.readOnly ?? false);
  const label = readOnly ? 'Read-only' : SAVE_LABELS[status];
  return (
    <span
      className={`save-indicator save-${readOnly ? 'readonly' : status}`}
      role="status"
      aria-live="polite"
      title={status === 'error' ? (error ?? undefined) : undefined}
      data-testid="save-status"
    >
      <span className="save-dot" aria-hidden="true" />
      {label}
    </span>
  );
}
