import { ConflictDialog } from './ConflictDialog';
import { HistoryDialog } from './HistoryDialog';
import { KIND_LABELS } from './labels';
import { recoveryActions } from './recoveryActions';
import { ParticipantsEditor } from './ParticipantsEditor';
import { SaveIndicator } from './SaveIndicator';
import { useWorkspaces, workspaceActions } from './store';
import { WorkspaceDetailsForm } from './WorkspaceDetailsForm';

export function WorkspaceScreen() {
  const current = useWorkspaces((s) => s.current);
  const saveFailed = useWorkspaces((s) => s.saveStatus === 'error' && s.conflict === null);
  const saveError = useWorkspaces((s) => s.saveError);
  if (!current) return null;
  const { workspace, readOnly, readOnlyReason } = current;
  const meta = [KIND_LABELS[workspace.kind], workspace.period, workspace.organisation].filter(
    (s) => s.length > 0,
  );
  return (
    <div className="workspace">
      <header className="topbar">
        <button type="button" className="button button-ghost" onClick={() => void workspaceActions.close()}>
          ← Home
        </button>
        <div className="topbar-title">
          <h1>{workspace.name}</h1>
          <span className="muted">{meta.join(' · ')}</span>
        </div>
        <SaveIndicator />
        <button type="button" className="button" onClick={recoveryActions.openHistory}>
          History
        </button>
      </header>
      {saveFailed && !readOnly ? (
        <div className="banner banner-error" role="alert">
          <span>
            <strong>Your last changes are not saved.</strong> {saveError}
          </span>
          <button type="button" className="button" onClick={() => void workspaceActions.retrySave()}>
            Try again
          </button>
        </div>
      ) : null}
      {readOnly ? (
        <div className="banner banner-warning" role="status">
          <strong>Read-only.</strong> {readOnlyReason ?? 'Changes cannot be saved.'}
        </div>
      ) : null}
      <main className="workspace-body">
        <WorkspaceDetailsForm workspace={workspace} readOnly={readOnly} />
        <ParticipantsEditor workspace={workspace} readOnly={readOnly} />
        <p className="muted workspace-path">
          Saved automatically to <code>{current.path}</code>
        </p>
      </main>
      <ConflictDialog />
      <HistoryDialog />
    </div>
  );
}
