import { CLOSE_CODES, type CloseReason, type LaptopMessage } from '../shared/room/roomProtocol';

/**
 * The seat's one WebSocket, kept open through a phone locking its screen or losing the
 * Wi-Fi for a while: it reconnects with backoff (1 s doubling to 15 s), at once when the
 * browser says it is back online or the page is shown again. The laptop ending the link
 * (a close code 4000–4004) is final: no reconnection.
 */

export type LinkEvents = {
  message: (message: LaptopMessage) => void;
  /** `true` once the socket is open, `false` while it is down and being retried. */
  online: (online: boolean) => void;
  /** The laptop closed the link for good. */
  ended: (reason: CloseReason) => void;
  /** Every few failed attempts: a chance to claim the seat again (the cookie may be gone). */
  struggling: () => void;
};

const REASON_OF_CODE = new Map<number, CloseReason>(
  (Object.entries(CLOSE_CODES) as Array<[CloseReason, number]>).map(([reason, code]) => [code, reason]),
);

export class RoomLink {
  private socket: WebSocket | null = null;
  private retryTimer: number | undefined;
  private failures = 0;
  private ended = false;

  constructor(private readonly events: LinkEvents) {
    window.addEventListener('online', () => this.retryNow());
    // The phone knows its Wi-Fi is gone before TCP does: say so now, and retry once it is back.
    window.addEventListener('offline', () => this.socket?.close());
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') this.retryNow();
    });
    window.addEventListener('pageshow', () => this.retryNow());
  }

  get isOpen(): boolean {
    return this.socket?.readyState === WebSocket.OPEN;
  }

  connect(): void {
    if (this.ended || this.socket) return;
    window.clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    const socket = new WebSocket(`ws://${location.host}/ws`);
    this.socket = socket;
    socket.addEventListener('open', () => {
      this.failures = 0;
      this.events.online(true);
    });
    socket.addEventListener('message', (event: MessageEvent) => {
      if (typeof event.data !== 'string') return;
      try {
        this.events.message(JSON.parse(event.data) as LaptopMessage);
      } catch {
        // Not ours to read: ignored.
      }
    });
    socket.addEventListener('close', (event: CloseEvent) => {
      if (this.socket !== socket) return;
      this.socket = null;
      const reason = REASON_OF_CODE.get(event.code);
      if (reason) {
        this.end();
        this.events.ended(reason);
        return;
      }
      this.events.online(false);
      this.scheduleRetry();
    });
  }

  send(text: string): boolean {
    if (!this.socket || this.socket.readyState !== WebSocket.OPEN) return false;
    this.socket.send(text);
    return true;
  }

  /** Stops for good (the link was closed, or the seat was refused). */
  end(): void {
    this.ended = true;
    window.clearTimeout(this.retryTimer);
    const socket = this.socket;
    this.socket = null;
    socket?.close();
  }

  private scheduleRetry(): void {
    if (this.ended) return;
    this.failures++;
    if (this.failures % 3 === 0) this.events.struggling();
    const delay = Math.min(15_000, 1_000 * 2 ** Math.min(this.failures - 1, 4));
    window.clearTimeout(this.retryTimer);
    this.retryTimer = window.setTimeout(() => this.connect(), delay);
  }

  private retryNow(): void {
    if (this.ended || this.socket || this.retryTimer === undefined) return;
    this.connect();
  }
}
