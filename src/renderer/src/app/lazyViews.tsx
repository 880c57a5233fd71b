import { createElement, use, type ComponentType } from 'react';
import { documentReady } from '../document';

/** A screen whose code is fetched the first time it is needed, or earlier by `preload`. */
export type LazyView<P extends object> = ComponentType<P> & { preload: () => Promise<void> };

/**
 * Like React.lazy, with a preload: once the code is here the view draws at once, with no
 * fallback frame. The home screen waits for none of the workspace's screens, the
 * new-workspace dialog or the template library (React Flow, dnd-kit, Dexie, markdown-it and
 * the deck builders are most of the app's code); they are fetched when the home screen is
 * up, so opening a workspace or a tab is still immediate.
 */
export function lazyView<P extends object>(load: () => Promise<ComponentType<P>>): LazyView<P> {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<void> | null = null;
  const preload = () =>
    (pending ??= load().then((view) => {
      loaded = view;
    }));
  function View(props: P) {
    if (!loaded) use(preload()); // suspends until the code is here (Suspense shows the fallback)
    return createElement(loaded!, props);
  }
  return Object.assign(View, { preload });
}

/**
 * A screen of the open workspace (or of the audience window): its code and the style sheets
 * only a workspace needs (workspaceStyles.ts), which the home screen's first load leaves out.
 * It draws once both are here, so it never shows unstyled.
 */
function workspaceView<P extends object>(load: () => Promise<ComponentType<P>>): LazyView<P> {
  return lazyView(() => Promise.all([load(), import('./workspaceStyles')]).then(([view]) => view));
}

export const TradeoffBoard = workspaceView(() =>
  import('../features/board/views').then((m) => m.TradeoffBoard),
);
export const QbrView = workspaceView(() => import('../features/qbr/views').then((m) => m.QbrView));
export const DeckPresentation = workspaceView(() =>
  import('../features/qbr/views').then((m) => m.DeckPresentation),
);
export const TemplatesScreen = lazyView(() =>
  import('../features/templates/views').then((m) => m.TemplatesScreen),
);

export const TemplatesNotice = lazyView(() =>
  import('../features/templates/views').then((m) => m.TemplatesNotice),
);
export const WorkspaceScreen = workspaceView(() =>
  import('../features/workspaces/views').then((m) => m.WorkspaceScreen),
);
export const NewWorkspaceDialog = lazyView(() =>
  import('../features/workspaces/views').then((m) => m.NewWorkspaceDialog),
);
export const RecoveryDialog = lazyView(() =>
  import('../features/workspaces/views').then((m) => m.RecoveryDialog),
);
export const CommandPalette = lazyView(() => import('./CommandPalette').then((m) => m.CommandPalette));
export const RankingView = workspaceView(() =>
  import('../features/ranking/views').then((m) => m.RankingView),
);
export const PrioritiesPanel = workspaceView(() =>
  import('../features/ranking/views').then((m) => m.PrioritiesPanel),
);
export const DecisionLogView = workspaceView(() =>
  import('../features/decisions/views').then((m) => m.DecisionLogView),
);
export const CascadeView = workspaceView(() =>
  import('../features/cascade/views').then((m) => m.CascadeView),
);

export const AgendaView = workspaceView(() => import('../features/agenda/views').then((m) => m.AgendaView));
export const ParkingHost = workspaceView(() => import('../features/agenda/views').then((m) => m.ParkingHost));
export const ParkingCounter = workspaceView(() =>
  import('../features/agenda/views').then((m) => m.ParkingCounter),
);

export const PresenterConsole = workspaceView(() =>
  import('../features/presenter/views').then((m) => m.PresenterConsole),
);
export const StageSync = workspaceView(() => import('../features/presenter/views').then((m) => m.StageSync));
export const AudienceApp = workspaceView(() =>
  import('../features/presenter/views').then((m) => m.AudienceApp),
);

/**
 * Fetches every on-demand screen, and the check an open workspace's edits go through; the
 * app calls it once the home screen is up.
 */
export function preloadViews(): Promise<void> {
  return Promise.all([
    documentReady(),
    ...[
      WorkspaceScreen,
      NewWorkspaceDialog,
      RecoveryDialog,
      CommandPalette,
      TemplatesNotice,
      PrioritiesPanel,
      RankingView,
      DecisionLogView,
      CascadeView,
      TradeoffBoard,
      QbrView,
      DeckPresentation,
      TemplatesScreen,
      PresenterConsole,
      StageSync,
      AgendaView,
      ParkingHost,
      ParkingCounter,
    ].map((v) => v.preload()),
  ]).then(() => undefined);
}
