import { useWorkspaces, type SaveStatus } from './store';

export const SAVE_LABELS: Record<SaveStatus, string> = {
  saved: 'Saved',
  unsaved: 'Unsaved changes',
  saving: 'Saving…',
  error: 'Not saved',
};

export function SaveIndicator() {
  const status = useWorkspaces((s) => s.saveStatus);
  const error = useWorkspaces((s) => s.saveError);
  const readOnly = useWorkspaces((s) => s.current?.readOnly ?? false);
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
