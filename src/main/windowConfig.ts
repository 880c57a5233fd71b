/**
 * Every security-relevant window setting in one place, with no Electron import, so a
 * test can assert them and loosening one fails CI (docs/quality.md, "The app is locked down").
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'offsite';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  // Stylesheets from the app only. React sets style props through the CSSOM, which CSP
  // does not restrict, so no 'unsafe-inline' is needed (docs/quality.md: the app is locked down).
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Development only: the Vite dev server needs its HMR socket and the React refresh preamble. */
export function developmentCsp(devServerUrl: string): string {
  const origin = new URL(devServerUrl);
  const ws = `ws://${origin.host}`;
  return CONTENT_SECURITY_POLICY.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'").replace(
    "connect-src 'self'",
    `connect-src 'self' ${ws}`,
  );
}

export type LockedWebPreferences = ReturnType<typeof lockedWebPreferences>;

export function lockedWebPreferences(preloadPath: string | undefined) {
  return {
    ...(preloadPath ? { preload: preloadPath } : {}),
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: true,
    // Middle-click cannot open links in new windows (window.open is denied anyway).
    disableBlinkFeatures: 'Auxclick',
  } as const;
}

export type WindowBounds = { x?: number; y?: number; width: number; height: number; maximized?: boolean };

export function mainWindowOptions(preloadPath: string, bounds: WindowBounds) {
  return {
    x: bounds.x,
    y: bounds.y,
    width: bounds.width,
    height: bounds.height,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'Offsite',
    backgroundColor: '#f6f7f9',
    autoHideMenuBar: false,
    webPreferences: lockedWebPreferences(preloadPath),
  };
}

/** The audience route of the same renderer build: same origin, same CSP, no edit rights. */
export const AUDIENCE_ROUTE = '#audience';

/**
 * The audience window: the very same locked-down preferences as the main window (the
 * preload is shared; main refuses this window every channel but the stage it shows).
 * Black behind the first paint, so a projector never flashes white; no menu bar.
 */
export function audienceWindowOptions(preloadPath: string, bounds: WindowBounds) {
  return {
    x: bounds.x,
    y: bounds.y,
    width: bounds.width,
    height: bounds.height,
    minWidth: 480,
    minHeight: 270,
    show: false,
    title: 'Offsite — Audience',
    backgroundColor: '#000000',
    autoHideMenuBar: true,
    webPreferences: lockedWebPreferences(preloadPath),
  };
}

/**
 * The session the PDF export window uses: no "persist:" prefix, so it lives in memory
 * only and shares no cookies, cache or storage with the app.
 */
export const DECK_EXPORT_PARTITION = 'offsite-deck-export';

/**
 * The PDF export window: hidden, no preload, no script at all, its own in-memory session;
 * it only lays out the static deck HTML built from the workspace.
 */
export function exportWindowOptions() {
  return {
    show: false,
    width: 1280,
    height: 720,
    webPreferences: {
      ...lockedWebPreferences(undefined),
      javascript: false,
      images: true,
      spellcheck: false,
      partition: DECK_EXPORT_PARTITION,
    },
  };
}

/** One 16:9 page per slide (13.333 × 7.5 in), as the deck's own @page rule says. */
export const DECK_PDF_OPTIONS = {
  printBackground: true,
  landscape: false,
  pageSize: { width: 13.333, height: 7.5 },
  margins: { top: 0, bottom: 0, left: 0, right: 0 },
  preferCSSPageSize: true,
  displayHeaderFooter: false,
} as const;

/**
 * The export window may load the deck document itself and the data: fonts inside it;
 * every other request (network, files, the app's own protocol) is cancelled.
 */
export function isDeckRequestAllowed(url: string, documentUrl: string): boolean {
  return url === documentUrl || /^(data|about):/i.test(url);
}

/**
 * Only these leave the app, and only through the OS after the user confirms. A mailto:
 * link may fill in the recipients, subject and body, nothing else: some mail programs
 * honour `?attach=` and would attach a local file (a workspace) to the message.
 */
const MAILTO_FIELDS = new Set(['to', 'cc', 'bcc', 'subject', 'body']);

export function isAllowedExternalUrl(url: string): boolean {
  try {
    const { protocol, searchParams } = new URL(url);
    if (protocol === 'https:') return true;
    if (protocol !== 'mailto:') return false;
    return [...searchParams.keys()].every((key) => MAILTO_FIELDS.has(key.toLowerCase()));
  } catch {
    return false;
  }
}

/**
 * Is this URL one of the app's own pages? Compared by parsed scheme and host, never as a
 * string prefix: `app://offsite.evil/` starts with `app://offsite` but is not the app.
 */
export function appUrlCheck(origins: readonly string[]): (url: string) => boolean {
  const key = (url: string) => {
    try {
      const u = new URL(url);
      return u.host === '' ? null : `${u.protocol}//${u.host}`;
    } catch {
      return null;
    }
  };
  const allowed = new Set(origins.map(key).filter((k) => k !== null));
  return (url) => {
    const k = key(url);
    return k !== null && allowed.has(k);
  };
}
