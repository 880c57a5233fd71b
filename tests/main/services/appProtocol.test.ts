import fc from 'fast-check';
import { join, normalize, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAppRequest } from '../../../src/main/services/appProtocol';
import { CONTENT_SECURITY_POLICY } from '../../../src/main/windowConfig';

const ROOT = join('/opt', 'offsite', 'renderer');
const at = (path: string) => resolveAppRequest(ROOT, `app://offsite${path}`, 'offsite');

describe('app:// protocol resolution', () => {
  it('serves the app entry and its assets with the CSP and a content type', () => {
    const entry = at('/');
    expect(entry).toMatchObject({ status: 200, filePath: join(ROOT, 'index.html') });
    expect(entry.headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(entry.headers['X-Content-Type-Options']).toBe('nosniff');
    expect(at('/assets/index-abc.js')).toMatchObject({
      status: 200,
      filePath: join(ROOT, 'assets', 'index-abc.js'),
      headers: { 'Content-Type': 'text/javascript; charset=utf-8' },
    });
  });

  it('refuses other hosts, encoded traversal, backslashes and NUL', () => {
    expect(resolveAppRequest(ROOT, 'app://evil/index.html', 'offsite').status).toBe(403);
    // The URL parser folds dot segments first, so these land inside the root or nowhere.
    expect(at('/%2e%2e/%2e%2e/etc/passwd.html')).toMatchObject({
      filePath: join(ROOT, 'etc', 'passwd.html'),
    });
    const encodedSlash = at('/..%2f..%2fsecrets.json');
    expect(encodedSlash.status).toBe(403);
    expect(at('/assets%5c..%5c..%5cx.js').status).toBe(400);
    expect(at('/index.html%00.js').status).toBe(400);
    expect(at('/%E0%A4%A').status).toBe(400);
    expect(at('/notes.txt').status).toBe(404);
  });

  it('V3: whatever the path, a served file is inside the renderer folder', () => {
    const segment = fc.oneof(
      fc.constantFrom(
        '..',
        '.',
        '%2e%2e',
        '%2E%2E',
        '..%2f',
        '%2f',
        '%5c',
        '%00',
        '~',
        'index.html',
        'assets',
        '/',
        '//',
      ),
      fc.string({ maxLength: 8 }),
    );
    fc.assert(
      fc.property(
        fc.array(segment, { maxLength: 8 }),
        fc.constantFrom('.js', '.html', '.css', ''),
        (parts, ext) => {
          const result = resolveAppRequest(ROOT, `app://offsite/${parts.join('/')}${ext}`, 'offsite');
          if (result.status === 200) {
            expect(normalize(result.filePath).startsWith(ROOT + sep)).toBe(true);
          }
        },
      ),
      { numRuns: 3000 },
    );
  });
});
