import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * The checks every request to the room server passes, and the headers every answer carries.
 * A page on some other site can make a phone's browser talk to the laptop (DNS rebinding:
 * evil.example resolving to 192.168.1.20), so the `Host` must be exactly the address the
 * server chose, and whatever sends an `Origin` must be the server's own page.
 */
export type Origins = { authority: string; origin: string };

export const DEVICE_COOKIE = 'offsite_device';

/** Whether the request was made to this server's own address (not a name that points at it). */
export function hostIsOurs(req: IncomingMessage, origins: Origins): boolean {
  return req.headers.host === origins.authority;
}

/**
 * `required`: POST and the WebSocket upgrade must name our origin (browsers always send it
 * there); a plain GET of the page may omit it (a navigation does), but never name another.
 */
export function originIsOurs(req: IncomingMessage, origins: Origins, required: boolean): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return !required;
  return origin === origins.origin;
}

/** The device cookie, if the request carries exactly one well-formed value. */
export function deviceCookieOf(req: IncomingMessage): string | undefined {
  const header = req.headers.cookie;
  if (!header) return undefined;
  const values = header
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part.startsWith(`${DEVICE_COOKIE}=`))
    .map((part) => part.slice(DEVICE_COOKIE.length + 1));
  return values.length === 1 && /^[A-Za-z0-9_-]{43}$/.test(values[0]!) ? values[0] : undefined;
}

/** HttpOnly (no script reads it), SameSite=Strict (no other site sends it), for this server only. */
export const deviceCookie = (token: string): string =>
  `${DEVICE_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/; Max-Age=86400`;

/**
 * As strict as the app's own: only this server's scripts, styles and images, no inline
 * script, no plugin, no framing, no base or form target elsewhere. The WebSocket's address
 * is named too: some Safari versions do not count ws: as 'self'.
 */
export function contentSecurityPolicy(origins: Origins): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    `connect-src 'self' ws://${origins.authority}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export function securityHeaders(origins: Origins): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(origins),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
}

/** Answers and closes: a refused client keeps no connection open. */
export function answer(
  res: ServerResponse,
  origins: Origins,
  status: number,
  body: unknown,
  extra: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...securityHeaders(origins),
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(text)),
    ...(status >= 400 ? { Connection: 'close' } : {}),
    ...extra,
  });
  res.end(text);
}

/** The request body as text, or null when it is larger than `maxBytes` (reading stops there). */
export function readBody(req: IncomingMessage, maxBytes: number): Promise<string | null> {
  return new Promise((resolve) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > maxBytes) {
      resolve(null);
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (value: string | null) => {
      if (done) return;
      done = true;
      resolve(value);
    };
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        req.removeAllListeners('data');
        req.resume();
        finish(null);
      } else chunks.push(chunk);
    });
    req.on('end', () => finish(Buffer.concat(chunks).toString('utf8')));
    req.on('error', () => finish(null));
    req.on('close', () => finish(null));
  });
}
