import { ConflictDialog } from './ConflictDialog';
import { HistoryDialog } from './HistoryDialog';
import { KIND_LABELS } from './labels';
import { ParticipantsEditor } from './ParticipantsEditor';
import { SaveIndicator } from './SaveIndicator';
import { workspaceActions } from './store';
import { WorkspaceDetailsForm } from './WorkspaceDetailsForm';
import { Suspense, useState, type ReactNode } from 'react';
import { TabErrorBoundary } from '../../ui/TabErrorBoundary';
import type { Workspace } from '../../../../shared/domain/workspace';
import { useDocument, documentActions, conflictActions } from '../../document';
import { SeriesSection } from '../series';

/** A view of the open workspace contributed by another feature (priorities, ranking, board…). */
export type WorkspaceTab = {
  id: string;
  label: string;
  render: (workspace: Workspace, readOnly: boolean) => ReactNode;
};

/**
 * The open workspace: top bar, save and read-only banners, and tabs. "Setup" (details and
 * participants) is this feature's own; the app shell adds the other features' tabs, so
 * features do not import each other.
 */
export function WorkspaceScreen({
  tabs = [],
  chrome = true,
  topbarExtras = null,
}: {
  tabs?: WorkspaceTab[];
  chrome?: boolean;
  /** What other features show in the top bar (the parking lot's counter), drawn when it has loaded. */
  topbarExtras?: ReactNode;
}) {
  const current = useDocument((s) => s.current);
  const [active, setActive] = useState('setup');
  const saveFailed = useDocument((s) => s.saveStatus === 'error' && s.conflict === null);
  const saveError = useDocument((s) => s.saveError);
  // Edits made before the workspace became read-only (folder moved, another window took it).
  const stranded = useDocument((s) => s.saveStatus !== 'saved');
  if (!current) return null;
  const { workspace, readOnly, readOnlyReason } = current;
  const meta = [KIND_LABELS[workspace.kind], workspace.period, workspace.organisation].filter(
    (s) => s.length > 0,
  );
  const all: WorkspaceTab[] = [
    {
      id: 'setup',
      label: 'Setup',
      render: (w, ro) => (
        <>
          <WorkspaceDetailsForm workspace={w} readOnly={ro} />
          <ParticipantsEditor workspace={w} readOnly={ro} />
          <SeriesSection workspace={w} readOnly={ro} />
          <p className="muted workspace-path">
            Saved automatically to <code>{current.path}</code>
          </p>
        </>
      ),
    },
    ...tabs,
  ];
  const shown = all.find((t) => t.id === active) ?? all[0]!;
  // Each tab draws inside its own safety net, started afresh when another tab is chosen.
  const body = (
    <TabErrorBoundary key={shown.id} label={shown.label}>
      {/* A tab whose code is still on its way (app/lazyViews.ts) says so in place. */}
      <Suspense fallback={<p className="muted loading-view">Loading {shown.label}…</p>}>
        {shown.render(workspace, readOnly)}
      </Suspense>
    </TabErrorBoundary>
  );
  if (!chrome) return <div className="workspace workspace-bare">{body}</div>;
  return (
    <div className="workspace">
      <header className="topbar">
        <button type="button" className="button button-ghost" onClick={() => void workspaceActions.close()}>
          ← Home
        </button>
        <div className="topbar-title" title={`${workspace.name}\n${meta.join(' · ')}`}>
          <h1>{workspace.name}</h1>
          <span className="muted">{meta.join(' · ')}</span>
        </div>
        <nav className="tabs" role="tablist" aria-label="Workspace views">
          {all.map((t) => (
            <button
              key={t.id}
              type="button"
              role="tab"
              aria-selected={t.id === shown.id}
              className={t.id === shown.id ? 'tab tab-on' : 'tab'}
              onClick={() => setActive(t.id)}
            >
              {t.label}
            </button>
          ))}
        </nav>
        <Suspense fallback={null}>{topbarExtras}</Suspense>
        <SaveIndicator />
        <button type="button" className="button" onClick={conflictActions.openHistory}>
          History
        </button>
      </header>
      {saveFailed && !readOnly ? (
        <div className="banner banner-error" role="alert">
          <span>
            <strong>Your last changes are not saved.</strong> {saveError}
          </span>
          <button type="button" className="button" onClick={() => void documentActions.retrySave()}>
            Try again
          </button>
        </div>
      ) : null}
      {readOnly ? (
        <div className="banner banner-warning" role="status">
          <span>
            <strong>Read-only.</strong> {readOnlyReason ?? 'Changes cannot be saved.'}
          </span>
          {stranded ? (
            <button type="button" className="button" onClick={() => void conflictActions.keepMineAsCopy()}>
              Save my changes as a copy…
            </button>
          ) : null}
        </div>
      ) : null}
      <main className={`workspace-body workspace-${shown.id}`} role="tabpanel" aria-label={shown.label}>
        {body}
      </main>
      <ConflictDialog />
      <HistoryDialog />
    </div>
  );
}
