import { dialog, shell, type Session, type WebContents } from 'electron';
import { isAllowedExternalUrl } from './windowConfig';

/** Session-wide: every permission request (camera, notifications, geolocation…) is denied. */
export function lockDownSession(ses: Session): void {
  ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
  // The app makes no network request at all; anything that is not the app's own is cancelled.
  ses.webRequest.onBeforeRequest((details, callback) => {
    const allowed = /^(app|devtools|data|blob):/.test(details.url) || isDevServer(details.url);
    callback({ cancel: !allowed });
  });
}

/** Per window: no navigation away, no new windows, external links only after confirmation. */
export function lockDownContents(contents: WebContents, isAppUrl: (url: string) => boolean): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url)) void confirmAndOpen(url);
    return { action: 'deny' };
  });
}

async function confirmAndOpen(url: string): Promise<void> {
  const { response } = await dialog.showMessageBox({
    type: 'question',
    buttons: ['Open in browser', 'Cancel'],
    defaultId: 1,
    cancelId: 1,
    message: 'Open this link outside Offsite?',
    detail: url,
  });
  // security-justified OPEN_EXTERNAL_JS_CHECK: only https/mailto (isAllowedExternalUrl), after the user confirms.
  if (response === 0) await shell.openExternal(url);
}

function isDevServer(url: string): boolean {
  const dev = process.env['ELECTRON_RENDERER_URL'];
  if (!dev) return false;
  const host = new URL(dev).host;
  return url.startsWith(`http://${host}/`) || url.startsWith(`ws://${host}/`);
}
