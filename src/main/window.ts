import { BrowserWindow, screen } from 'electron';
import { fitToDisplays, type WindowStateStore } from './services/windowState';
import { lockDownContents } from './security';
import { mainWindowOptions, type WindowBounds } from './windowConfig';

export async function createMainWindow(opts: {
  preloadPath: string;
  entryUrl: string;
  isAppUrl: (url: string) => boolean;
  windowState: WindowStateStore;
}): Promise<BrowserWindow> {
  const remembered = await opts.windowState.load();
  const bounds = fitToDisplays(
    remembered,
    screen.getAllDisplays().map((d) => d.workArea),
  );
  // security-justified CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK AUXCLICK_JS_CHECK NODE_INTEGRATION_JS_CHECK:
  // the options come from windowConfig.ts (contextIsolation, sandbox, no Node, Auxclick off),
  // which tests/main/windowConfig.test.ts pins down; the scanner cannot follow the call.
  const win = new BrowserWindow(mainWindowOptions(opts.preloadPath, bounds));
  lockDownContents(win.webContents, opts.isAppUrl);
  if (bounds.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());
  win.on('close', () => {
    const b = win.getNormalBounds();
    const state: WindowBounds = { ...b, maximized: win.isMaximized() };
    void opts.windowState.save(state).catch(() => undefined);
  });
  await win.loadURL(opts.entryUrl);
  return win;
}
