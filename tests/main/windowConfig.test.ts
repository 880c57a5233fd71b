import { describe, expect, it } from 'vitest';
import {
  APP_ENTRY_URL,
  CONTENT_SECURITY_POLICY,
  developmentCsp,
  exportWindowOptions,
  isAllowedExternalUrl,
  lockedWebPreferences,
  mainWindowOptions,
} from '../../src/main/windowConfig';

const directives = (csp: string): Record<string, string> =>
  Object.fromEntries(
    csp.split(';').map((d) => {
      const [name = '', ...values] = d.trim().split(/\s+/);
      return [name, values.join(' ')] as const;
    }),
  );

describe('locked-down windows (quality.md: the app is locked down)', () => {
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
});
