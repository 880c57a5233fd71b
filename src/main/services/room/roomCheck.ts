import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { answer, hostIsOurs, securityHeaders, type Origins } from './httpGuards';
import { authorityOf, bindableHost } from './interfaces';

/**
 * The room check: before the session, a phone opens this address (from a QR on the
 * console) to learn whether it reaches the laptop at all, and the console hears that it
 * did. It serves one static page and its stylesheet and nothing else: no round, no name,
 * no workspace data, no script. Same rules as the room link: one chosen address, a
 * random port, the Host header checked (DNS rebinding), slow clients cut off, and it
 * closes by itself after a quiet spell.
 */
export type RoomCheckOptions = {
  host: string;
  /** A phone loaded the page; each address is reported once. */
  onReached: (address: string) => void;
  /** Closes by itself after this long without a visit (default 10 min). */
  idleLimitMs?: number;
  onIdle?: () => void;
};

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Offsite · room check</title>
<link rel="stylesheet" href="/check.css">
<link rel="icon" href="data:,">
</head>
<body>
<main>
<p class="mark" aria-hidden="true">✓</p>
<h1>This phone reaches the laptop</h1>
<p>The room link will work from here. When the facilitator opens a vote, scan the code on the screen.</p>
<p class="small">Use this same Wi-Fi during the session, and keep any VPN on this phone off.</p>
</main>
</body>
</html>
`;

const STYLE = `body{margin:0;font:18px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;background:#fff;color:#000}
main{max-width:36rem;margin:0 auto;padding:24px 18px}
.mark{font-size:72px;line-height:1;margin:8px 0;color:#0b7a4b}
h1{font-size:1.6rem;line-height:1.2;margin:0 0 12px}
.small{font-size:.95rem;color:#333}
`;

const ASSETS: Record<string, { type: string; body: string }> = {
  '/': { type: 'text/html; charset=utf-8', body: PAGE },
  '/check.css': { type: 'text/css; charset=utf-8', body: STYLE },
};

export class RoomCheckServer {
  private readonly reached = new Set<string>();
  private idleTimer: NodeJS.Timeout | undefined;
  private closing: Promise<void> | null = null;

  private constructor(
    private readonly server: Server,
    private readonly origins: Origins,
    private readonly options: RoomCheckOptions,
  ) {
    server.on('request', (req: IncomingMessage, res: ServerResponse) => this.onRequest(req, res));
    this.armIdle();
  }

  static async start(options: RoomCheckOptions): Promise<RoomCheckServer> {
    const host = bindableHost(options.host);
    if (host === null)
      throw new Error(`The room check listens on one network address, not "${options.host}".`);
    const server = createServer({ headersTimeout: 10_000, requestTimeout: 15_000, maxHeaderSize: 8 * 1024 });
    server.maxConnections = 64;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen({ host, port: 0, exclusive: true }, () => resolve());
    });
    const { port } = server.address() as AddressInfo;
    const authority = authorityOf(host, port);
    return new RoomCheckServer(server, { authority, origin: `http://${authority}` }, options);
  }

  get url(): string {
    return `${this.origins.origin}/`;
  }

  close(): Promise<void> {
    this.closing ??= new Promise<void>((resolve) => {
      clearTimeout(this.idleTimer);
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
    return this.closing;
  }

  private armIdle(): void {
    clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(
      () => {
        void this.close();
        this.options.onIdle?.();
      },
      this.options.idleLimitMs ?? 10 * 60_000,
    );
    this.idleTimer.unref();
  }

  private onRequest(req: IncomingMessage, res: ServerResponse): void {
    if (!hostIsOurs(req, this.origins))
      return answer(res, this.origins, 421, { ok: false, message: 'Wrong address.' });
    const path = (req.url ?? '/').split('?')[0]!;
    const asset = Object.hasOwn(ASSETS, path) ? ASSETS[path] : undefined;
    if ((req.method !== 'GET' && req.method !== 'HEAD') || !asset) {
      return answer(res, this.origins, 404, { ok: false, message: 'Not found.' });
    }
    this.armIdle();
    if (path === '/') {
      const address = req.socket.remoteAddress ?? 'unknown';
      if (!this.reached.has(address)) {
        this.reached.add(address);
        try {
          this.options.onReached(address);
        } catch {
          // The console's listener failing must not take the check down.
        }
      }
    }
    const body = Buffer.from(asset.body);
    res.writeHead(200, {
      ...securityHeaders(this.origins),
      'Content-Type': asset.type,
      'Content-Length': String(body.byteLength),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  }
}
