import { randomBytes } from 'node:crypto';
import { documentOf } from './workspaceDecoder';

/** Where the window fetches a document handed over by an IPC reply: app://offsite/documents/<token>. */
export const DOCUMENT_PATH = '/documents/';
/** A document not fetched within this time is dropped (the window that asked is gone). */
const KEEP_MS = 60_000;
const TOKEN = /^[0-9a-f]{32}$/;

/**
 * Large documents go to the window beside the IPC reply, not inside it. Electron copies
 * and re-encodes an IPC reply on the main thread (a quarter of a second for a 49 MB
 * workspace, the whole app frozen meanwhile); a response of the app's own protocol is
 * streamed to the window in pieces. The reply carries a one-time URL instead; each token
 * is 128 random bits, served once, to the app's own origin only (the protocol serves no
 * other), and forgotten after a minute.
 */
export class DocumentOutbox {
  private readonly waiting = new Map<string, Uint8Array>();

  put(document: Uint8Array): string {
    const token = randomBytes(16).toString('hex');
    this.waiting.set(token, document);
    setTimeout(() => this.waiting.delete(token), KEEP_MS).unref();
    return token;
  }

  /** The document for a token, once; undefined for an unknown, used or expired one. */
  take(token: string): Uint8Array | undefined {
    if (!TOKEN.test(token)) return undefined;
    const document = this.waiting.get(token);
    this.waiting.delete(token);
    return document;
  }

  /** The token in a request path such as "/documents/<token>", if that is what it is. */
  static tokenIn(pathname: string): string | undefined {
    if (!pathname.startsWith(DOCUMENT_PATH)) return undefined;
    const token = pathname.slice(DOCUMENT_PATH.length);
    return TOKEN.test(token) ? token : undefined;
  }

  /**
   * An IPC reply as sent: a workspace held as bytes is put here and replaced by
   * `{ documentUrl }` on the asking page's origin, which the window's api fetches (buildApi).
   */
  onWire(value: unknown, senderUrl: string | undefined): unknown {
    const document = documentOf(value);
    if (document === undefined || senderUrl === undefined) return value;
    const wire: Record<string, unknown> = {};
    for (const key of Object.keys(value as object)) {
      if (key !== 'workspace') wire[key] = (value as Record<string, unknown>)[key];
    }
    wire['workspace'] = { documentUrl: new URL(`${DOCUMENT_PATH}${this.put(document)}`, senderUrl).href };
    return wire;
  }
}
