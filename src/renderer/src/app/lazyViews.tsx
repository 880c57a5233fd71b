import { createElement, use, type ComponentType } from 'react';

/** A screen whose code is fetched the first time it is needed, or earlier by `preload`. */
export type LazyView<P extends object> = ComponentType<P> & { preload: () => Promise<void> };

/**
 * Like React.lazy, with a preload: once the code is here the view draws at once, with no
 * fallback frame. The home screen does not wait for the board, the deck or the template
 * editor (React Flow, dnd-kit and the deck builders are most of the app's code); they
 * are fetched when the home screen is up, so opening a tab is still immediate.
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

export const TradeoffBoard = lazyView(() => import('../features/board/views').then((m) => m.TradeoffBoard));
export const QbrView = lazyView(() => import('../features/qbr/views').then((m) => m.QbrView));
export const DeckPresentation = lazyView(() =>
  import('../features/qbr/views').then((m) => m.DeckPresentation),
);
export const TemplatesScreen = lazyView(() =>
  import('../features/templates/views').then((m) => m.TemplatesScreen),
);

export const PresenterConsole = lazyView(() =>
  import('../features/presenter/views').then((m) => m.PresenterConsole),
);
export const StageSync = lazyView(() => import('../features/presenter/views').then((m) => m.StageSync));
export const AudienceApp = lazyView(() => import('../features/presenter/views').then((m) => m.AudienceApp));

/** Fetches every on-demand screen; the app calls it once the home screen is up. */
export function preloadViews(): Promise<void> {
  return Promise.all(
    [TradeoffBoard, QbrView, DeckPresentation, TemplatesScreen, PresenterConsole, StageSync].map((v) =>
      v.preload(),
    ),
  ).then(() => undefined);
}
