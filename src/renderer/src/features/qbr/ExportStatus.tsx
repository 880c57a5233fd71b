import { exportActions } from './exportActions';
import { useQbrView } from './store';

/** How the PDF export is going: under way, where the file went, or what went wrong and what to do. */
export function ExportStatus() {
  const state = useQbrView((s) => s.exportState);
  if (state.status === 'idle') return null;
  if (state.status === 'running') {
    return (
      <div className="qbr-export qbr-export-running" role="status">
        <span className="qbr-spinner" aria-hidden="true" />
        Exporting {state.slides === 1 ? '1 slide' : `${state.slides} slides`} to PDF… You can keep working.
      </div>
    );
  }
  if (state.status === 'done') {
    return (
      <div className="qbr-export qbr-export-done" role="status">
        <span>
          Saved the PDF ({state.pages === 1 ? '1 page' : `${state.pages} pages`}) to <code>{state.path}</code>
        </span>
        <button
          type="button"
          className="button button-small"
          onClick={() => void exportActions.showInFolder(state.path)}
        >
          Show in folder
        </button>
        <button type="button" className="button button-ghost button-small" onClick={exportActions.dismiss}>
          Dismiss
        </button>
      </div>
    );
  }
  return (
    <div className="qbr-export qbr-export-failed" role="alert">
      <span>
        <strong>The PDF was not exported.</strong> {state.message}
      </span>
      <button type="button" className="button button-small" onClick={() => void exportActions.exportPdf()}>
        Try again
      </button>
      <button type="button" className="button button-ghost button-small" onClick={exportActions.dismiss}>
        Dismiss
      </button>
    </div>
  );
}
