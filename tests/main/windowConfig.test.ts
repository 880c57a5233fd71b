import { describe, expect, it } from 'vitest';
import {
  APP_ENTRY_URL,
  CONTENT_SECURITY_POLICY,
  DECK_EXPORT_PARTITION,
  DECK_PDF_OPTIONS,
  isDeckRequestAllowed,
  developmentCsp,
  exportWindowOptions,
  isAllowedExternalUrl,
  appUrlCheck,
  APP_ORIGIN,
  lockedWebPreferences,
  mainWindowOptions,
  audienceWindowOptions,
} from '../../src/main/windowConfig';

const directives = (csp: string): Record<string, string> =>
  Object.fromEntries(
    csp.split(';').map((d) => {
      const [name = '', ...values] = d.trim().split(/\s+/);
      return [name, values.join(' ')] as const;
    }),
  );

describe('locked-down windows (docs/quality.md: the app is locked down)', () => {
  it('the main window has exactly the locked web preferences', () => {
    expect(mainWindowOptions('/app/preload/index.cjs', { width: 1200, height: 800 }).webPreferences).toEqual({
      preload: '/app/preload/index.cjs',
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
      disableBlinkFeatures: 'Auxclick',
    });
  });

  it('the PDF export window runs no script and has no preload', () => {
    const prefs = exportWindowOptions().webPreferences;
    expect(prefs).toMatchObject({
      javascript: false,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
    });
    expect(prefs).not.toHaveProperty('preload');
    expect(lockedWebPreferences(undefined)).not.toHaveProperty('preload');
  });

  it('the CSP allows only the app itself: no inline script, no eval, no remote anything', () => {
    expect(directives(CONTENT_SECURITY_POLICY)).toEqual({
      'default-src': "'none'",
      'script-src': "'self'",
      'style-src': "'self'",
      'img-src': "'self' data: blob:",
      'font-src': "'self'",
      'connect-src': "'self'",
      'worker-src': "'self' blob:",
      'object-src': "'none'",
      'base-uri': "'none'",
      'form-action': "'none'",
      'frame-src': "'none'",
      'frame-ancestors': "'none'",
    });
  });

  it('loosens the CSP only in development, and only for the dev server', () => {
    const dev = directives(developmentCsp('http://localhost:5173'));
    expect(dev['connect-src']).toBe("'self' ws://localhost:5173");
    expect(dev['object-src']).toBe("'none'");
  });

  it('loads the app from the custom protocol, never file://', () => {
    expect(APP_ENTRY_URL).toBe('app://offsite/index.html');
  });

  it('opens only https and mailto links outside the app', () => {
    expect(isAllowedExternalUrl('https://example.com/a')).toBe(true);
    expect(isAllowedExternalUrl('mailto:ceo@example.com')).toBe(true);
    for (const url of [
      'http://example.com',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'smb://host/share',
      'not a url',
    ]) {
      expect(isAllowedExternalUrl(url)).toBe(false);
    }
  });

  it('a mailto link may fill in recipients, subject and body, never attach a file', () => {
    expect(
      isAllowedExternalUrl('mailto:ceo@example.com?subject=QBR&body=See%20deck&cc=cfo@example.com'),
    ).toBe(true);
    for (const url of [
      'mailto:ceo@example.com?attach=/home/dana/Offsite/Q1/workspace.json',
      'mailto:ceo@example.com?subject=x&Attachment=C:%5Csecret.txt',
      'mailto:ceo@example.com?ATTACH=~/.ssh/id_rsa',
    ]) {
      expect(isAllowedExternalUrl(url)).toBe(false);
    }
  });

  it('navigation stays on the app: its origin is compared parsed, not as a prefix', () => {
    const isAppUrl = appUrlCheck([APP_ORIGIN]);
    expect(isAppUrl(APP_ENTRY_URL)).toBe(true);
    expect(isAppUrl(`${APP_ORIGIN}/index.html#/board`)).toBe(true);
    for (const url of [
      'app://offsite.evil/',
      'app://offsite.evil/index.html',
      'app://offsiteX/index.html',
      'app://evil/offsite',
      'https://offsite/',
      'not a url',
    ]) {
      expect(isAppUrl(url)).toBe(false);
    }
  });

  it('the PDF export window is hidden, in an in-memory session of its own', () => {
    const options = exportWindowOptions();
    expect(options.show).toBe(false);
    expect(options.webPreferences.partition).toBe(DECK_EXPORT_PARTITION);
    expect(DECK_EXPORT_PARTITION.startsWith('persist:')).toBe(false);
  });

  it('prints one borderless 16:9 page per slide, backgrounds included', () => {
    expect(DECK_PDF_OPTIONS).toMatchObject({
      printBackground: true,
      pageSize: { width: 13.333, height: 7.5 },
      margins: { top: 0, bottom: 0, left: 0, right: 0 },
      preferCSSPageSize: true,
    });
  });

  it('the export window loads only its document and data: fonts, nothing from the network or disk', () => {
    const doc = 'data:text/html;charset=utf-8;base64,PGgxPg==';
    expect(isDeckRequestAllowed(doc, doc)).toBe(true);
    expect(isDeckRequestAllowed('data:font/woff2;base64,AAAA', doc)).toBe(true);
    expect(isDeckRequestAllowed('about:blank', doc)).toBe(true);
    for (const url of [
      'https://example.com/x.png',
      'http://127.0.0.1/',
      'file:///etc/passwd',
      'app://offsite/index.html',
    ]) {
      expect(isDeckRequestAllowed(url, doc)).toBe(false);
    }
    expect(
      isDeckRequestAllowed('file:///tmp/offsite-deck-1/deck.html', 'file:///tmp/offsite-deck-1/deck.html'),
    ).toBe(true);
  });
});

describe('the audience window', () => {
  it('has exactly the main window’s locked-down preferences, black behind its first paint, no menu', () => {
    const audience = audienceWindowOptions('/app/preload.cjs', { width: 1920, height: 1080 });
    expect(audience.webPreferences).toEqual(
      mainWindowOptions('/app/preload.cjs', { width: 1, height: 1 }).webPreferences,
    );
    expect(audience.backgroundColor).toBe('#000000');
    expect(audience.autoHideMenuBar).toBe(true);
    expect(audience.show).toBe(false);
  });
});
