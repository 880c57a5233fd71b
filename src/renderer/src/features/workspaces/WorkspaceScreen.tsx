import { KIND_LABELS } from './labels';
import { ParticipantsEditor } from './ParticipantsEditor';
import { SaveIndicator } from './SaveIndicator';
import { useWorkspaces, workspaceActions } from './store';
import { WorkspaceDetailsForm } from './WorkspaceDetailsForm';

export function WorkspaceScreen() {
  const current = useWorkspaces((s) => s.current);
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
      </header>
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
    </div>
  );
}
