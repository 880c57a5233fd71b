import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BrowserWindow, session } from 'electron';
import type { DeckPrinter } from './services/deckExport';
import {
  DECK_EXPORT_PARTITION,
  DECK_PDF_OPTIONS,
  exportWindowOptions,
  isDeckRequestAllowed,
} from './windowConfig';

/** Chromium refuses URLs over 2 MB; a larger deck is loaded from a private temp file instead. */
const MAX_DATA_URL_CHARS = 1_500_000;

/**
 * Electron's printer for the deck: a hidden, sandboxed window with JavaScript off in an
 * in-memory session whose every request except the document and its data: fonts is
 * cancelled, then `printToPDF`. The window is destroyed afterwards, even on error.
 */
export const electronDeckPrinter: DeckPrinter = async (html) => {
  const ses = session.fromPartition(DECK_EXPORT_PARTITION);
  ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  const encoded = Buffer.from(html, 'utf8').toString('base64');
  let tempDir: string | null = null;
  let url = `data:text/html;charset=utf-8;base64,${encoded}`;
  if (url.length > MAX_DATA_URL_CHARS) {
    tempDir = await mkdtemp(join(tmpdir(), 'offsite-deck-'));
    const file = join(tempDir, 'deck.html');
    await writeFile(file, html, { mode: 0o600 });
    url = pathToFileURL(file).href;
  }
  const documentUrl = url;
  ses.webRequest.onBeforeRequest((details, callback) =>
    callback({ cancel: !isDeckRequestAllowed(details.url, documentUrl) }),
  );
  // security-justified CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK AUXCLICK_JS_CHECK NODE_INTEGRATION_JS_CHECK:
  // exportWindowOptions() in windowConfig.ts (sandbox, context isolation, no Node, no JavaScript at all),
  // pinned by tests/main/windowConfig.test.ts; the scanner cannot follow the call.
  const win = new BrowserWindow(exportWindowOptions());
  try {
    win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
    win.webContents.on('will-navigate', (event) => event.preventDefault());
    await win.loadURL(documentUrl);
    // Tagged: headings, lists and tables reach screen readers and reflow in the PDF, and
    // the text keeps its reading order (right-to-left titles included) when copied.
    return await win.webContents.printToPDF({ ...DECK_PDF_OPTIONS, generateTaggedPDF: true });
  } finally {
    win.destroy();
    ses.webRequest.onBeforeRequest(null);
    await ses.clearStorageData().catch(() => undefined);
    if (tempDir) await rm(tempDir, { recursive: true, force: true });
  }
};
