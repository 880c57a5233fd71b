import { extname, join, normalize, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../windowConfig';
import { DOCUMENT_PATH, DocumentOutbox } from './documentOutbox';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
};

export type AppResponse =
  | { status: 200; filePath: string; headers: Record<string, string> }
  | { status: 400 | 403 | 404; headers: Record<string, string> };

const securityHeaders = (csp: string): Record<string, string> => ({
  'Content-Security-Policy': csp,
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Referrer-Policy': 'no-referrer',
});

/**
 * Maps a request for the app's own pages (app://offsite/…) to a file under the built
 * renderer folder. Anything that would leave that folder (`..`, encoded slashes, NUL,
 * another host) is refused: the protocol serves the app and nothing else. The same
 * function backs the browser test server, so the tests run under the real CSP.
 */
export function resolveAppRequest(
  rootDir: string,
  requestUrl: string,
  expectedHost: string,
  csp = CONTENT_SECURITY_POLICY,
): AppResponse {
  const headers = securityHeaders(csp);
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return { status: 400, headers };
  }
  if (url.host !== expectedHost) return { status: 403, headers };
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return { status: 400, headers };
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return { status: 400, headers };
  const relative = pathname === '/' || pathname === '' ? 'index.html' : pathname.replace(/^\/+/, '');
  const root = normalize(rootDir + sep);
  const filePath = normalize(join(root, relative));
  if (!filePath.startsWith(root)) return { status: 403, headers };
  const type = CONTENT_TYPES[extname(filePath).toLowerCase()];
  if (!type) return { status: 404, headers };
  return { status: 200, filePath, headers: { ...headers, 'Content-Type': type } };
}

/**
 * A request for a document an IPC reply handed over (DocumentOutbox): its bytes once, as
 * JSON, never cached; 404 for a used, expired or made-up token. Undefined when the
 * request is not for /documents/ at all (then it is a file of the app).
 */
export function resolveDocumentRequest(
  requestUrl: string,
  expectedHost: string,
  take: (token: string) => Uint8Array | undefined,
  csp = CONTENT_SECURITY_POLICY,
): { status: 200 | 404; headers: Record<string, string>; body: Uint8Array | null } | undefined {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return undefined;
  }
  if (url.host !== expectedHost || !url.pathname.startsWith(DOCUMENT_PATH)) return undefined;
  const token = DocumentOutbox.tokenIn(url.pathname);
  const body = token === undefined ? undefined : take(token);
  const headers = { ...securityHeaders(csp), 'Cache-Control': 'no-store' };
  return body === undefined
    ? { status: 404, headers, body: null }
    : { status: 200, headers: { ...headers, 'Content-Type': 'application/json' }, body };
}
