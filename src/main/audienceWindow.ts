import { BrowserWindow, powerSaveBlocker, screen, type Display } from 'electron';
import type { Stage } from '../shared/domain/stage';
import { AUDIENCE_STATUS_EVENT, IDENTIFY_EVENT, STAGE_EVENT } from '../shared/ipc/channels';
import { chooseRoomLayout, type DisplayInfo, type RoomLayout } from './services/audienceDisplay';
import { NO_AUDIENCE, type AudienceScreen } from './services/stageRelay';
import { lockDownContents } from './security';
import { audienceWindowOptions, AUDIENCE_ROUTE } from './windowConfig';

/** How long Identify displays shows each display's number. */
const IDENTIFY_MS = 3000;

/**
 * The audience window, as thin as it can be: where it goes is chooseRoomLayout's answer
 * (tested in Node), what it shows is the stage main relays. Displays plugged in or pulled
 * out mid-session move it again; the display never sleeps while it is open.
 */
export function electronAudienceScreen(opts: {
  preloadPath: string;
  entryUrl: string;
  isAppUrl: (url: string) => boolean;
  presenter: () => BrowserWindow | null;
}): AudienceScreen & { isAudience: (contents: Electron.WebContents) => boolean } {
  let win: BrowserWindow | null = null;
  let swapped = false;
  let blocker: number | null = null;
  let layout: RoomLayout | null = null;

  const displays = (): DisplayInfo[] =>
    screen.getAllDisplays().map((d: Display) => ({
      id: d.id,
      internal: d.internal,
      primary: d.id === screen.getPrimaryDisplay().id,
      bounds: d.bounds,
      workArea: d.workArea,
    }));

  const status = () =>
    win && !win.isDestroyed()
      ? { open: true, fullScreen: win.isFullScreen(), displays: screen.getAllDisplays().length }
      : { ...NO_AUDIENCE, displays: screen.getAllDisplays().length };

  const tellPresenter = () => opts.presenter()?.webContents.send(AUDIENCE_STATUS_EVENT, status());

  const place = () => {
    if (!win || win.isDestroyed()) return;
    layout = chooseRoomLayout(displays(), swapped);
    if (!layout) return;
    const { audience } = layout;
    if (win.isFullScreen() && !audience.fullScreen) win.setFullScreen(false);
    win.setBounds(audience.bounds);
    if (audience.fullScreen) win.setFullScreen(true);
    const presenter = opts.presenter();
    const consoleDisplay = screen.getAllDisplays().find((d) => d.id === layout?.consoleDisplayId);
    if (presenter && consoleDisplay && !presenter.isFullScreen()) {
      const inside = screen.getDisplayMatching(presenter.getBounds()).id === consoleDisplay.id;
      if (!inside) presenter.setBounds(consoleDisplay.workArea);
    }
    tellPresenter();
  };

  const onDisplaysChanged = () => place();

  return {
    isAudience: (contents) => win !== null && !win.isDestroyed() && win.webContents.id === contents.id,
    open: async () => {
      if (win && !win.isDestroyed()) return void win.focus();
      layout = chooseRoomLayout(displays(), swapped);
      const bounds = layout?.audience.bounds ?? { width: 1280, height: 720 };
      // security-justified CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK AUXCLICK_JS_CHECK NODE_INTEGRATION_JS_CHECK:
      // the options come from windowConfig.ts (the main window's locked preferences).
      win = new BrowserWindow(audienceWindowOptions(opts.preloadPath, bounds));
      lockDownContents(win.webContents, opts.isAppUrl);
      win.setMenuBarVisibility(false);
      blocker = powerSaveBlocker.start('prevent-display-sleep');
      screen.on('display-added', onDisplaysChanged);
      screen.on('display-removed', onDisplaysChanged);
      screen.on('display-metrics-changed', onDisplaysChanged);
      win.on('closed', () => {
        win = null;
        screen.off('display-added', onDisplaysChanged);
        screen.off('display-removed', onDisplaysChanged);
        screen.off('display-metrics-changed', onDisplaysChanged);
        if (blocker !== null) powerSaveBlocker.stop(blocker);
        blocker = null;
        tellPresenter();
      });
      win.once('ready-to-show', () => {
        win?.showInactive(); // the facilitator's keyboard stays on the console
        place();
      });
      await win.loadURL(`${opts.entryUrl}${AUDIENCE_ROUTE}`);
    },
    close: async () => {
      win?.close();
      await Promise.resolve();
    },
    swap: async () => {
      swapped = !swapped;
      place();
      await Promise.resolve();
    },
    identify: async () => {
      // Each window shows the number of the display it is on; the renderer hides it after IDENTIFY_MS.
      const all = screen.getAllDisplays();
      for (const w of [opts.presenter(), win]) {
        if (!w || w.isDestroyed()) continue;
        const id = screen.getDisplayMatching(w.getBounds()).id;
        w.webContents.send(IDENTIFY_EVENT, {
          number: all.findIndex((d) => d.id === id) + 1,
          ms: IDENTIFY_MS,
        });
      }
      await Promise.resolve();
    },
    status,
    paint: (stage: Stage) => win?.webContents.send(STAGE_EVENT, stage),
  };
}
