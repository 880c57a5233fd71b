import type { BriefExportState } from './briefExport';

/** How the department brief's export went, where the person is looking. */
export function BriefStatus({ state, onDismiss }: { state: BriefExportState; onDismiss: () => void }) {
  if (state.status === 'idle') return null;
  const text =
    state.status === 'running'
      ? `Making the ${state.department} brief…`
      : state.status === 'done'
        ? `The ${state.department} brief is saved (${state.pages} ${state.pages === 1 ? 'page' : 'pages'}): ${state.path}`
        : `The ${state.department} brief was not saved. ${state.message}`;
  return (
    <p
      className={state.status === 'failed' ? 'cascade-brief-status is-error' : 'cascade-brief-status'}
      role="status"
    >
      {text}
      {state.status === 'running' ? null : (
        <button type="button" className="button button-small button-ghost" onClick={onDismiss}>
          Dismiss
        </button>
      )}
    </p>
  );
}
