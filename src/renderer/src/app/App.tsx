import { Suspense, useCallback, useEffect, useRef, useState } from 'react';
import {
  HomeScreen,
  useWindowTitle,
  useWorkspaces,
  workspaceActions,
  type WorkspaceTab,
} from '../features/workspaces';
import { rankingView, useRankingView } from '../features/ranking';
import { useTemplates } from '../features/templates';
import { resetQbrView } from '../features/qbr';
import { NoticeBar } from '../ui/NoticeBar';
import { useFullScreen } from '../ui/useFullScreen';
import {
  AgendaView,
  CascadeView,
  CommandPalette,
  DecisionLogView,
  ParkingCounter,
  ParkingHost,
  DeckPresentation,
  NewWorkspaceDialog,
  PresenterConsole,
  preloadViews,
  PrioritiesPanel,
  QbrView,
  RankingView,
  RecoveryDialog,
  StageSync,
  TemplatesNotice,
  TemplatesScreen,
  TradeoffBoard,
  WorkspaceScreen,
} from './lazyViews';
import { presenterActions } from '../features/presenter';
import { useAppShortcuts } from './useAppShortcuts';
import { useDocument, documentActions } from '../document';

/** The workspace's views, one per feature; the shell composes them so features stay apart. */
const WORKSPACE_TABS: WorkspaceTab[] = [
  {
    id: 'priorities',
    label: 'Priorities',
    render: (w, ro) => <PrioritiesPanel workspace={w} readOnly={ro} />,
  },
  { id: 'agenda', label: 'Agenda', render: (w, ro) => <AgendaView workspace={w} readOnly={ro} /> },
  { id: 'ranking', label: 'Ranking', render: (w, ro) => <RankingView workspace={w} readOnly={ro} /> },
  { id: 'board', label: 'Board', render: (w, ro) => <TradeoffBoard workspace={w} readOnly={ro} /> },
  { id: 'cascade', label: 'Cascade', render: (w, ro) => <CascadeView workspace={w} readOnly={ro} /> },
  { id: 'qbr', label: 'QBR', render: (w, ro) => <QbrView workspace={w} readOnly={ro} /> },
  {
    id: 'decisions',
    label: 'Decisions',
    render: (w, ro) => <DecisionLogView workspace={w} readOnly={ro} />,
  },
  { id: 'present', label: 'Present', render: (w, ro) => <PresenterConsole workspace={w} readOnly={ro} /> },
];

/**
 * `home` is the home screen's data already on its way (main.tsx asks for it before the first
 * render, so the two IPC calls overlap React's start); without it the app asks itself.
 */
export function App({ home }: { home?: Promise<void> } = {}) {
  const inWorkspace = useDocument((s) => s.current !== null);
  const newDialogOpen = useWorkspaces((s) => s.newDialogOpen);
  const recovering = useWorkspaces((s) => s.recovery !== null);
  const notice = useDocument((s) => s.notice);
  const [paletteOpen, setPaletteOpen] = useState(false);
  const presenting = useRankingView((s) => s.presenting);
  const templatesOpen = useTemplates((s) => s.screenOpen);
  // Fetched only when the library has something to say, so the home screen never waits for it.
  const templatesNotice = useTemplates((s) => s.notice !== null);
  const openPalette = useCallback(() => setPaletteOpen(true), []);
  // Presenting the ranking fills the screen; Esc leaves full screen, and the large type with it.
  useFullScreen(null, presenting, leaveRankingPresentation);

  useEffect(() => {
    const loaded = home ?? workspaceActions.loadHome();
    // The home screen's data drawn, the next frame marks it answered; only then comes the work
    // it does not need: the other screens' code, so a tab opens without waiting, and the
    // template library (built-ins seeded, restored from disk if the storage was wiped; Dexie is
    // not part of the first load). Started earlier, their code would be fetched and run while
    // the home screen is still on its way.
    const homeDrawn = loaded.then(
      () =>
        new Promise<void>((drawn) =>
          // Measured by `npm run bench` (renderer.home.interactive): home painted with its data.
          requestAnimationFrame(() => {
            performance.mark('offsite:home-interactive');
            setTimeout(drawn, 0);
          }),
        ),
    );
    const viewsPreloaded = homeDrawn.then(preloadViews);
    // The library starts even when the home screen's data could not be read.
    const templatesStarted = homeDrawn
      .catch(() => undefined)
      .then(() => import('../features/templates/views').then(({ startTemplates }) => startTemplates()));
    // The work that follows the home screen is done: the bench reloads only after this, so
    // no measured load pays for the one before.
    void Promise.all([viewsPreloaded, templatesStarted]).finally(() =>
      performance.mark('offsite:home-settled'),
    );
    // Last chance to get pending edits to disk when the window goes away.
    const flush = () => void documentActions.flush();
    window.addEventListener('pagehide', flush);
    return () => window.removeEventListener('pagehide', flush);
  }, [home]);
  const wasInWorkspace = useRef(false);
  useEffect(() => {
    if (inWorkspace) {
      wasInWorkspace.current = true;
      return;
    }
    rankingView.reset();
    resetQbrView();
    presenterActions.reset();
    // The board's store comes with the workspace's screens (it is not in the home screen's
    // first load): it has something to forget only once a workspace has been open.
    if (wasInWorkspace.current) void import('../features/board').then(({ boardView }) => boardView.reset());
  }, [inWorkspace]);
  useAppShortcuts(openPalette);
  useWindowTitle();

  return (
    <div className={presenting ? 'app present' : 'app'}>
      {notice ? <NoticeBar {...notice} onDismiss={documentActions.dismissNotice} /> : null}
      <Suspense fallback={null}>{templatesNotice ? <TemplatesNotice /> : null}</Suspense>
      <Suspense fallback={<p className="muted loading-view">Loading…</p>}>
        {inWorkspace ? (
          <WorkspaceScreen tabs={WORKSPACE_TABS} chrome={!presenting} topbarExtras={<ParkingCounter />} />
        ) : templatesOpen ? (
          <TemplatesScreen />
        ) : (
          <HomeScreen />
        )}
      </Suspense>
      <Suspense fallback={null}>{inWorkspace ? <DeckPresentation /> : null}</Suspense>
      {/* The projector follows the document whatever tab is open. */}
      <Suspense fallback={null}>{inWorkspace ? <StageSync /> : null}</Suspense>
      <Suspense fallback={null}>{newDialogOpen ? <NewWorkspaceDialog /> : null}</Suspense>
      <Suspense fallback={null}>{recovering ? <RecoveryDialog /> : null}</Suspense>
      {/* The parking lot's capture box (Ctrl/⌘+Shift+L from any screen), its dialog and the close gate. */}
      <Suspense fallback={null}>{inWorkspace ? <ParkingHost /> : null}</Suspense>
      <Suspense fallback={null}>
        {paletteOpen ? <CommandPalette onClose={() => setPaletteOpen(false)} /> : null}
      </Suspense>
    </div>
  );
}

function leaveRankingPresentation(): void {
  rankingView.setPresenting(false);
}
