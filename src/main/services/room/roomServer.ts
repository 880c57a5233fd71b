import { randomBytes as cryptoRandomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import { parseJsonSafely } from '../../../shared/domain/workspace';
import {
  JoinRequest,
  type CloseReason,
  type PhoneResults,
  type Seat,
} from '../../../shared/room/roomProtocol';
import {
  answer,
  deviceCookie,
  deviceCookieOf,
  hostIsOurs,
  originIsOurs,
  readBody,
  securityHeaders,
  type Origins,
} from './httpGuards';
import { authorityOf, bindableHost } from './interfaces';
import { CodeGate, newJoinCode } from './joinGate';
import { PhoneLinks } from './phoneLinks';
import {
  DEFAULT_LIMITS,
  type RoomClock,
  type RoomEvent,
  type RoomInfo,
  type RoomLimits,
  type RoomServerOptions,
} from './roomTypes';
import { SeatRegistry } from './seats';

/** The real clock: wall time, and intervals that never keep the process alive on their own. */
export const systemRoomClock: RoomClock = {
  now: () => Date.now(),
  every: (ms, fn) => {
    const timer = setInterval(fn, ms);
    timer.unref();
    return () => clearInterval(timer);
  },
};

/** How long closing waits for ballots being saved, so each is acknowledged before the link ends. */
const DRAIN_MS = 5_000;

/**
 * The room link: a small HTTP server on one chosen address and a random port that serves
 * only the phone page, `POST /join` and one WebSocket per claimed seat. It is started for
 * one round and closed on reveal, idle or workspace close. Every request is checked for
 * the server's own Host and Origin; bodies, messages, connections and slow clients are
 * capped (docs/quality.md L1–L5).
 */
export class RoomServer {
  private readonly origins: Origins;
  private readonly seats: SeatRegistry;
  private readonly gate: CodeGate;
  private readonly links: PhoneLinks;
  private readonly wss: WebSocketServer;
  private readonly stopTimers: Array<() => void> = [];
  private lastActivity: number;
  private closing: Promise<void> | null = null;

  private constructor(
    private readonly server: Server,
    private readonly options: RoomServerOptions,
    private readonly limits: RoomLimits,
    private readonly clock: RoomClock,
    readonly host: string,
    readonly port: number,
    readonly code: string,
    random: (size: number) => Uint8Array,
  ) {
    const authority = authorityOf(host, port);
    this.origins = { authority, origin: `http://${authority}` };
    this.seats = new SeatRegistry(options.seats, random);
    this.gate = new CodeGate(code, clock.now, limits);
    this.lastActivity = clock.now();
    this.links = new PhoneLinks({
      subject: options,
      sink: options.sink,
      now: clock.now,
      emit: (e) => this.emit(e),
      touch: () => this.touch(),
      maxQueuedBytes: limits.maxQueuedBytes,
    });
    this.wss = new WebSocketServer({
      noServer: true,
      maxPayload: limits.maxMessageBytes,
      perMessageDeflate: false,
      clientTracking: false,
    });
    server.on('request', (req: IncomingMessage, res: ServerResponse) => void this.onRequest(req, res));
    server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) =>
      this.onUpgrade(req, socket, head),
    );
    this.stopTimers.push(clock.every(limits.pingEveryMs, () => this.links.heartbeat()));
    this.stopTimers.push(
      clock.every(limits.idleCheckMs, () => {
        if (clock.now() - this.lastActivity >= limits.idleLimitMs) void this.close('idle');
      }),
    );
  }

  /** Listens on `options.host` (one address, never all of them) and a random port. */
  static async start(options: RoomServerOptions): Promise<RoomServer> {
    if ((options.round === undefined) === (options.checkpoint === undefined))
      throw new Error('The room link opens on one round or one checkpoint.');
    const host = bindableHost(options.host);
    if (host === null) {
      throw new Error(
        `The room link listens on one network address, not "${options.host}": choose Wi-Fi, Ethernet or the hotspot.`,
      );
    }
    const limits = { ...DEFAULT_LIMITS, ...options.limits };
    const random = options.randomBytes ?? ((size: number) => new Uint8Array(cryptoRandomBytes(size)));
    const server = createServer({
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      keepAliveTimeout: limits.connectionCheckMs * 5,
      connectionsCheckingInterval: limits.connectionCheckMs,
      maxHeaderSize: 8 * 1024,
    });
    server.maxConnections = limits.maxConnections;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen({ host, port: options.port ?? 0, exclusive: true }, () => {
        server.off('error', reject);
        resolve();
      });
    });
    const { port } = server.address() as AddressInfo;
    return new RoomServer(
      server,
      options,
      limits,
      options.clock ?? systemRoomClock,
      host,
      port,
      newJoinCode(random),
      random,
    );
  }

  get url(): string {
    return `${this.origins.origin}/`;
  }

  info(): RoomInfo {
    return {
      url: this.url,
      roomUrl: `${this.url}#code=${this.code}`,
      code: this.code,
      seats: this.seats.list().map(({ participantId, name, claimed }) => ({
        participantId,
        name,
        joinUrl: `${this.url}#seat=${this.seats.seatTokenOf(participantId)}`,
        claimed,
        connected: this.links.isConnected(participantId),
        voted: this.links.hasVoted(participantId),
      })),
    };
  }

  /** Frees a seat so another phone can claim it; the phone that held it is told and let go. */
  releaseSeat(participantId: string): boolean {
    const released = this.seats.release(participantId);
    if (released) {
      this.links.closeSeat(participantId, 'released');
      this.emit({ type: 'seatReleased', participantId });
    }
    return released;
  }

  /** A ballot cast or withdrawn on the laptop: that seat's phone shows it, and the seat counts as voted. */
  noteBallot(...args: Parameters<PhoneLinks['noteBallot']>): void {
    this.links.noteBallot(...args);
  }

  get closed(): boolean {
    return this.closing !== null;
  }

  /**
   * Closes the link: ballots being saved are finished and acknowledged, then every phone is
   * told why (revealed, idle, stopped) and let go, and the port is freed.
   */
  close(reason: CloseReason = 'stopped', results?: PhoneResults): Promise<void> {
    this.closing ??= this.shutdown(reason, results);
    return this.closing;
  }

  private async shutdown(reason: CloseReason, results: PhoneResults | undefined): Promise<void> {
    for (const stop of this.stopTimers) stop();
    await this.links.drain(DRAIN_MS);
    this.links.closeAll(reason, results);
    const stopped = new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.server.closeIdleConnections();
    // Sockets still open after the phones were told (a phone that never answers the close).
    setTimeout(() => this.server.closeAllConnections(), 2_500).unref();
    await stopped;
    this.wss.close();
    this.emit({ type: 'closed', reason });
  }

  private touch(): void {
    this.lastActivity = this.clock.now();
  }

  private emit(event: RoomEvent): void {
    try {
      this.options.onEvent?.(event);
    } catch {
      // The console's listener failing must not take the room link down.
    }
  }

  private async onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!hostIsOurs(req, this.origins))
      return answer(res, this.origins, 421, { ok: false, message: 'Wrong address.' });
    const isRead = req.method === 'GET' || req.method === 'HEAD';
    if (!originIsOurs(req, this.origins, !isRead)) {
      return answer(res, this.origins, 403, { ok: false, message: 'Requests come from the room page only.' });
    }
    if (this.closed)
      return answer(res, this.origins, 503, { ok: false, message: 'The room link is closed.' });
    const path = (req.url ?? '/').split('?')[0]!;
    if (isRead) return this.serveAsset(req, res, path);
    if (req.method === 'POST' && path === '/join') return this.join(req, res);
    return answer(res, this.origins, 404, { ok: false, message: 'Not found.' });
  }

  private serveAsset(req: IncomingMessage, res: ServerResponse, path: string): void {
    const asset = Object.hasOwn(this.options.assets, path) ? this.options.assets[path] : undefined;
    if (!asset) return answer(res, this.origins, 404, { ok: false, message: 'Not found.' });
    const body = typeof asset.body === 'string' ? Buffer.from(asset.body) : asset.body;
    res.writeHead(200, {
      ...securityHeaders(this.origins),
      'Content-Type': asset.contentType,
      'Content-Length': String(body.byteLength),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  private async join(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const refuse = (status: number, message: string) =>
      answer(res, this.origins, status, { ok: false, message });
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return refuse(415, 'Send JSON.');
    const text = await readBody(req, this.limits.maxBodyBytes);
    if (text === null) return refuse(413, 'That request is too large.');
    const json = parseJsonSafely(text);
    const parsed = json.ok ? JoinRequest.safeParse(json.value) : null;
    if (!parsed?.success) return refuse(400, 'The page sent a join request the laptop cannot read.');
    if (this.closed) return refuse(503, 'The room link is closed.');
    const request = parsed.data;
    const address = req.socket.remoteAddress ?? '';
    let participantId: string;
    if ('seatToken' in request) {
      const fromCard = this.seats.participantOfSeatToken(request.seatToken);
      if (fromCard === undefined)
        return refuse(403, 'This seat card is not for this round. Ask the facilitator.');
      participantId = fromCard;
    } else {
      const verdict = this.gate.check(address, request.code);
      if (!verdict.ok) {
        if (verdict.lockedUntil !== undefined)
          this.emit({ type: 'lockedOut', address, untilMs: verdict.lockedUntil });
        return refuse(verdict.locked ? 429 : 403, verdict.message);
      }
      this.touch();
      if (!('participantId' in request)) {
        const seats = this.seats
          .list()
          .map(({ participantId: id, name, claimed }) => ({ participantId: id, name, taken: claimed }));
        return answer(res, this.origins, 200, { ok: true, seats });
      }
      participantId = request.participantId;
    }
    this.claim(req, res, participantId, address);
  }

  private claim(req: IncomingMessage, res: ServerResponse, participantId: string, address: string): void {
    const wasClaimed = this.seats.isClaimed(participantId);
    const outcome = this.seats.claim(participantId, deviceCookieOf(req));
    if (!outcome.ok) {
      if (outcome.reason === 'taken' && outcome.seat) {
        this.emit({ type: 'claimRefused', participantId, name: outcome.seat.name, address });
      }
      return answer(res, this.origins, outcome.reason === 'unknown' ? 404 : 409, {
        ok: false,
        message: outcome.message,
      });
    }
    this.touch();
    if (!wasClaimed) this.emit({ type: 'seatClaimed', participantId, name: outcome.seat.name });
    const seat: Seat = outcome.seat;
    answer(res, this.origins, 200, { ok: true, seat }, { 'Set-Cookie': deviceCookie(outcome.deviceToken) });
  }

  private onUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    socket.on('error', () => undefined);
    const reject = (status: string) => {
      socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
      socket.destroy();
    };
    if (!hostIsOurs(req, this.origins) || !originIsOurs(req, this.origins, true))
      return reject('403 Forbidden');
    if (this.closed) return reject('503 Service Unavailable');
    if ((req.url ?? '').split('?')[0] !== '/ws') return reject('404 Not Found');
    const seat = this.seats.seatOfDevice(deviceCookieOf(req));
    if (!seat) return reject('401 Unauthorized');
    this.wss.handleUpgrade(req, socket, head, (ws) => {
      // Released, or closed, while the handshake ran.
      if (this.closed || this.seats.seatOfDevice(deviceCookieOf(req))?.participantId !== seat.participantId) {
        ws.terminate();
        return;
      }
      this.links.attach(ws, seat);
    });
  }
}
