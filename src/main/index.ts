import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, session, shell } from 'electron';
import { CHANNEL_NAMES, MENU_COMMAND_EVENT } from '../shared/ipc/channels';
import { electronAudienceScreen } from './audienceWindow';
import { createAppCore, type AppCore } from './bootstrap';
import { electronDeckPrinter } from './deckPrinter';
import { buildMenuTemplate } from './menu';
import { registerAppScheme, serveAppProtocol } from './protocol';
import { lockDownSession } from './security';
import { nodeFsPort } from './services/fsPort';
import { WindowStateStore } from './services/windowState';
import { createMainWindow } from './window';
import { APP_ENTRY_URL, APP_ORIGIN, appUrlCheck } from './windowConfig';

const devServer = process.env['ELECTRON_RENDERER_URL'];
registerAppScheme();
app.enableSandbox();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let mainWindow: BrowserWindow | null = null;
  let core: AppCore | null = null;
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_e, contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });

  void app.whenReady().then(async () => {
    const origins = devServer ? [APP_ORIGIN, devServer] : [APP_ORIGIN];
    const isAppUrl = appUrlCheck(origins);
    lockDownSession(session.defaultSession);
    const audience = electronAudienceScreen({
      preloadPath: join(import.meta.dirname, '../preload/index.cjs'),
      entryUrl: devServer ?? APP_ENTRY_URL,
      isAppUrl,
      presenter: () => mainWindow,
    });
    const appCore = createAppCore({
      audience,
      // The room link's news and phones' ballots go to the facilitator's window.
      toPresenter: (event, payload) => {
        if (!mainWindow || mainWindow.isDestroyed()) return false;
        mainWindow.webContents.send(event, payload);
        return true;
      },
      phonePageDir: join(import.meta.dirname, '../phone'),
      ballotFileDir: join(import.meta.dirname, '../ballot-file'),
      dataDir: app.getPath('userData'),
      documentsDir: app.getPath('documents'),
      version: app.getVersion(),
      platform: process.platform,
      trustedOrigins: origins,
      trash: (path) => shell.trashItem(path),
      dialogs: {
        chooseParentFolder: async (defaultPath, title) =>
          pickFolder(title ?? 'Where should the workspace folder go?', defaultPath),
        chooseWorkspaceFolder: async (defaultPath) =>
          pickFolder('Open an Offsite workspace folder', defaultPath),
        chooseSaveFile: async (options) => {
          const owner = BrowserWindow.getFocusedWindow();
          const result = owner
            ? await dialog.showSaveDialog(owner, options)
            : await dialog.showSaveDialog(options);
          return result.canceled || !result.filePath ? null : result.filePath;
        },
      },
      printDeckPdf: electronDeckPrinter,
      decodeWorker: join(import.meta.dirname, 'workspaceDecodeWorker.js'),
      // The dev server's page cannot fetch app:// documents: there, replies carry them whole.
      handOverDocuments: !devServer,
      showItemInFolder: (path) => shell.showItemInFolder(path),
      logError: (channel, error) => console.error(`[ipc ${channel}]`, error),
    });
    core = appCore;
    serveAppProtocol(join(import.meta.dirname, '../renderer'), appCore.takeDocument);
    for (const channel of CHANNEL_NAMES) {
      // The audience window is known by its WebContents, not by anything its page says.
      ipcMain.handle(channel, (event, payload: unknown) =>
        appCore.dispatch(
          channel,
          payload,
          event.senderFrame?.url,
          audience.isAudience(event.sender) ? 'audience' : 'presenter',
        ),
      );
    }

    const send = (id: string) => mainWindow?.webContents.send(MENU_COMMAND_EVENT, id);
    Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(process.platform, send)));

    mainWindow = await createMainWindow({
      preloadPath: join(import.meta.dirname, '../preload/index.cjs'),
      entryUrl: devServer ?? APP_ENTRY_URL,
      isAppUrl,
      windowState: new WindowStateStore(nodeFsPort, app.getPath('userData')),
    });
    mainWindow.on('closed', () => {
      mainWindow = null;
      // The audience window is the console's companion: it never outlives it.
      void audience.close();
    });
  });

  app.on('window-all-closed', () => app.quit());
  // Release locks and take the closing backups before the process goes away.
  let disposed = false;
  app.on('will-quit', (event) => {
    if (disposed || !core) return;
    event.preventDefault();
    disposed = true;
    void core.dispose().finally(() => app.quit());
  });
}

async function pickFolder(title: string, defaultPath: string): Promise<string | null> {
  const owner = BrowserWindow.getFocusedWindow();
  const options = {
    title,
    defaultPath,
    properties: ['openDirectory', 'createDirectory'] as Array<'openDirectory' | 'createDirectory'>,
  };
  const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}
