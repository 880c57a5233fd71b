import { request } from 'node:http';
import { WebSocket } from 'ws';
import type { BallotContent } from '../../../../src/shared/domain/workspace';
import type { LaptopMessage } from '../../../../src/shared/room/roomProtocol';

/**
 * A simulated phone for the room server, as a browser on the room's network would behave:
 * it sends the server's own Origin, keeps the device cookie it is given and holds one
 * WebSocket. Used by the room tests and the room benchmark. Every wait has a time limit.
 */

export const WAIT_MS = 10_000;

/** `work`, or an error naming `what` after `ms`. */
export function within<T>(work: Promise<T>, what: string, ms = WAIT_MS): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms);
  });
  work.catch(() => undefined);
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}

export type HttpAnswer = {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
};

/** One HTTP request on a fresh connection; `headers` may override Host and Origin. */
export function httpRequest(
  url: string,
  options: { method?: string; path?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<HttpAnswer> {
  const target = new URL(url);
  return within(
    new Promise<HttpAnswer>((resolve, reject) => {
      const req = request(
        {
          host: target.hostname.replace(/^\[|\]$/g, ''),
          port: target.port,
          method: options.method ?? 'GET',
          path: options.path ?? '/',
          headers: options.headers ?? {},
          agent: false,
        },
        (res) => {
          let body = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => (body += chunk));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(options.body);
    }),
    `${options.method ?? 'GET'} ${options.path ?? '/'}`,
  );
}

/** What POST /join answers, loosely: the tests look at whichever part is there. */
export type JoinJson = {
  ok: boolean;
  message?: string;
  seats?: Array<{ participantId: string; name: string; taken: boolean }>;
  seat?: { participantId: string; name: string };
};

export class Phone {
  cookie: string | undefined;
  /** The whole Set-Cookie header last received, attributes included. */
  setCookie: string | undefined;
  ws: WebSocket | undefined;
  readonly received: LaptopMessage[] = [];
  private seq = 0;
  private readonly waiters: Array<{
    test: (m: LaptopMessage) => boolean;
    resolve: (m: LaptopMessage) => void;
  }> = [];

  constructor(
    readonly url: string,
    private readonly origin = new URL(url).origin,
  ) {}

  /** POST /join with this phone's cookie; keeps a cookie the server sets. */
  async join(
    body: unknown,
    headers: Record<string, string> = {},
  ): Promise<{ status: number; json: JoinJson }> {
    const answer = await httpRequest(this.url, {
      method: 'POST',
      path: '/join',
      headers: {
        'Content-Type': 'application/json',
        Origin: this.origin,
        ...(this.cookie ? { Cookie: this.cookie } : {}),
        ...headers,
      },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    const setCookie = answer.headers['set-cookie']?.[0];
    if (setCookie) {
      this.setCookie = setCookie;
      this.cookie = setCookie.split(';')[0];
    }
    return { status: answer.status, json: JSON.parse(answer.body) as JoinJson };
  }

  /** Opens the seat's WebSocket; resolves with the server's hello. */
  async connect(
    headers: Record<string, string> = {},
    options: { autoPong?: boolean } = {},
  ): Promise<LaptopMessage> {
    const wsUrl = this.url.replace(/^http/, 'ws') + 'ws';
    const ws = new WebSocket(wsUrl, {
      headers: { Origin: this.origin, ...(this.cookie ? { Cookie: this.cookie } : {}), ...headers },
      perMessageDeflate: false,
      ...options,
    });
    this.ws = ws;
    ws.on('message', (data: Buffer) => {
      const message = JSON.parse(data.toString('utf8')) as LaptopMessage;
      this.received.push(message);
      for (const w of [...this.waiters]) {
        if (w.test(message)) {
          this.waiters.splice(this.waiters.indexOf(w), 1);
          w.resolve(message);
        }
      }
    });
    const hello = this.next((m) => m.type === 'hello' || m.type === 'helloCheckpoint', 'the hello');
    await within(
      new Promise<void>((resolve, reject) => {
        ws.once('open', () => resolve());
        ws.once('error', reject);
        ws.once('unexpected-response', (_req, res) =>
          reject(new Error(`upgrade refused: ${res.statusCode}`)),
        );
      }),
      'the WebSocket to open',
    );
    return hello;
  }

  /** The first message (already received or still to come) that passes `test`. */
  next(test: (m: LaptopMessage) => boolean, what: string, ms = WAIT_MS, from = 0): Promise<LaptopMessage> {
    const seen = this.received.slice(from).find(test);
    if (seen) return Promise.resolve(seen);
    return within(new Promise<LaptopMessage>((resolve) => this.waiters.push({ test, resolve })), what, ms);
  }

  /** Sends a ballot; resolves with its ack or refusal. */
  submit(content: BallotContent, ms = WAIT_MS): Promise<LaptopMessage> {
    const seq = ++this.seq;
    const from = this.received.length;
    this.ws!.send(JSON.stringify({ type: 'ballot', seq, content }));
    return this.next(
      (m) => (m.type === 'ack' || m.type === 'refused') && m.seq === seq,
      `the answer to ballot ${seq}`,
      ms,
      from,
    );
  }

  /** Sends checkpoint answers (any shape: the server checks them); resolves with the ack or refusal. */
  answer(answers: unknown, ms = WAIT_MS): Promise<LaptopMessage> {
    const seq = ++this.seq;
    const from = this.received.length;
    this.ws!.send(JSON.stringify({ type: 'answers', seq, answers }));
    return this.next(
      (m) => (m.type === 'ack' || m.type === 'refused') && m.seq === seq,
      `the answer to answers ${seq}`,
      ms,
      from,
    );
  }

  /** Resolves with the close code and reason once the socket has closed. */
  closed(ms = WAIT_MS): Promise<{ code: number; reason: string }> {
    const ws = this.ws!;
    if (ws.readyState === ws.CLOSED) return Promise.resolve({ code: -1, reason: 'already closed' });
    return within(
      new Promise((resolve) =>
        ws.once('close', (code, reason) => resolve({ code, reason: reason.toString() })),
      ),
      'the socket to close',
      ms,
    );
  }

  close(): void {
    this.ws?.terminate();
  }
}

/** A full-order ballot of `itemIds`, shuffled by `seed` so phones do not all agree. */
export function orderBallot(itemIds: readonly string[], seed: number): BallotContent {
  const ids = [...itemIds];
  let s = seed + 1;
  for (let i = ids.length - 1; i > 0; i--) {
    s = (s * 16807) % 2147483647;
    const j = s % (i + 1);
    [ids[i], ids[j]] = [ids[j]!, ids[i]!];
  }
  return { kind: 'order', tiers: ids.map((id) => [id]) };
}
