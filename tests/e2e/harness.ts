import { existsSync } from 'node:fs';
import { mkdir, rename } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { createAppCore, type AppCore } from '../../src/main/bootstrap';
import type { AudienceScreen } from '../../src/main/services/stageRelay';
import { buildApi } from '../../src/shared/ipc/api';
import { CHANNEL_NAMES } from '../../src/shared/ipc/channels';
import { makeTempDir } from '../support/tempDir';
import { startAppServer } from './appServer';

export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Two pages play two windows (the console and the audience view): neither may be slowed
  // down as a background tab would be, since both are on screen in the room.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];
export const RENDERER_DIR = resolve('out/renderer');
const DECODE_WORKER = resolve('out/main/workspaceDecodeWorker.js');
/** The built phone page (npm run build builds it with the app). */
export const PHONE_DIR = resolve('out/phone');
/** The built ballot file page (npm run build builds it too). */
export const BALLOT_DIR = resolve('out/ballot-file');
/**
 * The laptop as the room link sees it in these tests: one Wi-Fi adapter with only the
 * loopback address, so phones (other Chromium contexts on this machine) can reach it and
 * nothing listens beyond it.
 */
const LOOPBACK_WIFI = {
  'Wi-Fi (test)': [
    {
      address: '127.0.0.1',
      family: 'IPv4',
      netmask: '255.0.0.0',
      mac: '00:00:00:00:00:00',
      internal: false,
      cidr: null,
    },
  ],
} as const;

export type FakeDialogs = {
  parentFolders: Array<string | null>;
  workspaceFolders: Array<string | null>;
  /** Answers of the save-file dialog (deck export), in order; null = cancel. */
  saveFiles: Array<string | null>;
  /** Paths "Show in folder" was asked to reveal. */
  shownInFolder: string[];
};

export type Harness = {
  page: Page;
  context: BrowserContext;
  origin: string;
  /** The folder standing in for the user's Documents. */
  documentsDir: string;
  /** The app's data folder (recents, window state). */
  dataDir: string;
  trashDir: string;
  dialogs: FakeDialogs;
  /** Console errors, CSP violations and uncaught exceptions seen in the page: should stay empty. */
  problems: string[];
  /**
   * The audience window, when the presenter has opened it: a second page of the same
   * renderer build bound to the same main core, as the second BrowserWindow is in the app.
   */
  audience: () => Page | null;
  /** Closes the browser and starts a fresh one over the same folders: an app restart. */
  restart: () => Promise<void>;
  close: () => Promise<void>;
};

/**
 * The built renderer in Debian's Chromium with `window.api` bound to the real
 * main-process dispatcher (the same handlers `ipcMain` registers), over real temp
 * folders. Only the native dialogs and the OS trash are fakes.
 */
export async function launchApp(
  options: {
    viewport?: { width: number; height: number };
    /** false opens a Chromium window that follows its own size (`npm run preview:browser`). */
    headless?: boolean;
  } = {},
): Promise<Harness> {
  const headless = options.headless ?? true;
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
    throw new Error('The renderer is not built: run `npx electron-vite build` first (npm test does).');
  }
  const root = await makeTempDir('offsite-e2e-');
  const documentsDir = join(root.path, 'Documents');
  const dataDir = join(root.path, 'userData');
  const trashDir = join(root.path, 'Trash');
  await Promise.all([mkdir(documentsDir), mkdir(dataDir), mkdir(trashDir)]);
  let core: AppCore | undefined;
  let audiencePage: Page | null = null;
  // Told apart from the console from its first request on; handed to tests once loaded.
  let audienceReady = false;
  // The display list the harness's "room" reports: one laptop panel unless a test plugs in more.
  const audienceScreen: AudienceScreen = {
    open: async () => {
      if (audiencePage && !audiencePage.isClosed()) return;
      const opened = await context.newPage();
      audiencePage = opened;
      audienceReady = false;
      opened.on('pageerror', (e) => problems.push(`audience uncaught: ${e.message}`));
      opened.on('console', (m) => {
        if (m.type() === 'error') problems.push(`audience console: ${m.text()}`);
      });
      opened.on('close', () => {
        if (audiencePage === opened) audiencePage = null;
      });
      await opened.goto(`${server.origin}/index.html#audience`);
      // Headless pages are tabs of one window: the console keeps the front, as the
      // laptop's window keeps the keyboard in the room (a back tab does not paint).
      await page.bringToFront();
      audienceReady = true;
    },
    close: async () => {
      await audiencePage?.close();
      audiencePage = null;
    },
    swap: () => Promise.resolve(),
    identify: () => Promise.resolve(),
    status: () => ({
      open: audiencePage !== null && !audiencePage.isClosed(),
      fullScreen: false,
      displays: 1,
    }),
    paint: (stage) => {
      void audiencePage
        ?.evaluate(
          (s) =>
            (globalThis as unknown as { __offsiteEmit: (e: string, p: unknown) => void }).__offsiteEmit(
              'stage:update',
              s,
            ),
          stage,
        )
        .catch(() => undefined);
    },
  };
  // Documents handed over by IPC replies are served as the app:// protocol serves them.
  const server = await startAppServer(RENDERER_DIR, (token) => core?.takeDocument(token));
  const dialogs: FakeDialogs = { parentFolders: [], workspaceFolders: [], saveFiles: [], shownInFolder: [] };
  const problems: string[] = [];
  const makeCore = () =>
    createAppCore({
      dataDir,
      documentsDir,
      version: '0.0.0-test',
      platform: process.platform,
      trustedOrigins: [server.origin],
      // The built worker, as the app runs it (every script that launches this builds first).
      ...(existsSync(DECODE_WORKER) ? { decodeWorker: DECODE_WORKER } : {}),
      dialogs: {
        chooseParentFolder: () => Promise.resolve(dialogs.parentFolders.shift() ?? null),
        chooseWorkspaceFolder: () => Promise.resolve(dialogs.workspaceFolders.shift() ?? null),
        chooseSaveFile: () => Promise.resolve(dialogs.saveFiles.shift() ?? null),
      },
      trash: async (path) => rename(path, join(trashDir, basename(path))),
      // The deck prints in this same Chromium, as Electron's hidden window would: page.pdf.
      printDeckPdf: (html) => printInChromium(context, html),
      showItemInFolder: (path) => dialogs.shownInFolder.push(path),
      audience: audienceScreen,
      // Main's events reach the facilitator's page as the preload would deliver them.
      toPresenter: (event, payload) => {
        if (!page || page.isClosed()) return false;
        void page
          .evaluate(
            ([e, p]) =>
              (globalThis as unknown as { __offsiteEmit: (e: string, p: unknown) => void }).__offsiteEmit(
                e,
                p,
              ),
            [event, payload] as const,
          )
          .catch(() => undefined);
        return true;
      },
      ...(existsSync(PHONE_DIR) ? { phonePageDir: PHONE_DIR } : {}),
      ...(existsSync(BALLOT_DIR) ? { ballotFileDir: BALLOT_DIR } : {}),
      networkInterfaces: () => LOOPBACK_WIFI,
    });

  let context: BrowserContext;
  let page: Page;
  let profile = await makeTempDir('offsite-profile-');
  const start = async () => {
    const fresh = makeCore(); // a fresh main process each start, as after a real restart
    core = fresh;
    context = await chromium.launchPersistentContext(profile.path, {
      executablePath: CHROMIUM_PATH,
      args: headless ? CHROMIUM_ARGS : CHROMIUM_ARGS.filter((arg) => arg !== '--headless'),
      headless,
      viewport: options.viewport ?? (headless ? { width: 1366, height: 768 } : null),
      // A window someone looks at is closed by its owner on Ctrl+C, who then removes the folders.
      handleSIGINT: headless,
      handleSIGTERM: headless,
    });
    // Main tells the audience window apart by the window itself (its page here), as the app
    // does by its WebContents: never by anything the page says.
    await context.exposeBinding(
      '__offsiteInvoke',
      ({ frame, page: from }, channel: string, payload: unknown) =>
        fresh.dispatch(channel, payload, frame.url(), from === audiencePage ? 'audience' : 'presenter'),
    );
    await context.addInitScript({
      content: `window.__offsiteMenuListeners = new Set();
window.__offsiteMenu = (id) => window.__offsiteMenuListeners.forEach((l) => l(id));
window.__offsiteEventListeners = new Set();
window.__offsiteEmit = (event, payload) => window.__offsiteEventListeners.forEach((l) => l.event === event && l.listener(payload));
window.api = (${buildApi.toString()})(${JSON.stringify(CHANNEL_NAMES)},
  (channel, request) => window.__offsiteInvoke(channel, request),
  (listener) => { window.__offsiteMenuListeners.add(listener); return () => window.__offsiteMenuListeners.delete(listener); },
  (event, listener) => { const entry = { event, listener }; window.__offsiteEventListeners.add(entry); return () => window.__offsiteEventListeners.delete(entry); });`,
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
    await page.goto(`${server.origin}/index.html`);
  };
  await start();

  const harness: Harness = {
    get page() {
      return page;
    },
    get context() {
      return context;
    },
    audience: () => (audienceReady && audiencePage && !audiencePage.isClosed() ? audiencePage : null),
    origin: server.origin,
    documentsDir,
    dataDir,
    trashDir,
    dialogs,
    problems,
    restart: async () => {
      await context.close();
      await profile.cleanup();
      profile = await makeTempDir('offsite-profile-');
      await start();
    },
    close: async () => {
      await context.close();
      await server.close();
      await profile.cleanup();
      await root.cleanup();
    },
  };
  return harness;
}

/** A new page whose content is the deck's static HTML, printed with the deck's own page size. */
export async function printInChromium(context: BrowserContext, html: string): Promise<Uint8Array> {
  const page = await context.newPage();
  try {
    await page.setContent(html, { waitUntil: 'load' });
    return await page.pdf({ printBackground: true, preferCSSPageSize: true, tagged: true });
  } finally {
    await page.close();
  }
}
