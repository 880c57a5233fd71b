import type { JoinRequest, JoinResponse, Seat } from '../shared/room/roomProtocol';

/**
 * POST /join and what this tab remembers of it. The device cookie the server sets is
 * HttpOnly: the page never sees it, the browser sends it with the WebSocket. What the tab
 * keeps (sessionStorage, gone when the tab closes) is how to claim the seat again after a
 * long outage: the code and the seat, or the seat card's token.
 */

export type JoinOutcome =
  | { kind: 'seats'; seats: Array<Seat & { taken: boolean }> }
  | { kind: 'seat'; seat: Seat }
  | { kind: 'refused'; message: string }
  | { kind: 'unreachable' };

export async function postJoin(body: JoinRequest): Promise<JoinOutcome> {
  let response: Response;
  try {
    response = await fetch('/join', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
      credentials: 'same-origin',
      cache: 'no-store',
    });
  } catch {
    return { kind: 'unreachable' };
  }
  let json: JoinResponse;
  try {
    json = (await response.json()) as JoinResponse;
  } catch {
    return response.status === 503
      ? { kind: 'refused', message: 'The room link is closed.' }
      : { kind: 'unreachable' };
  }
  if (!json.ok) return { kind: 'refused', message: json.message };
  return 'seats' in json ? { kind: 'seats', seats: json.seats } : { kind: 'seat', seat: json.seat };
}

export type Credentials = { code?: string; seatToken?: string; seat?: Seat };

const KEY = 'offsite.room.join';

export function loadCredentials(): Credentials {
  try {
    const raw = sessionStorage.getItem(KEY);
    return raw ? (JSON.parse(raw) as Credentials) : {};
  } catch {
    return {};
  }
}

export function saveCredentials(credentials: Credentials): void {
  try {
    sessionStorage.setItem(KEY, JSON.stringify(credentials));
  } catch {
    // Private browsing with storage off: the page still works until it is reloaded.
  }
}

/** The request that claims the remembered seat again (same device cookie, so the server agrees). */
export function reclaimRequest(credentials: Credentials): JoinRequest | null {
  if (credentials.seatToken) return { seatToken: credentials.seatToken };
  if (credentials.code && credentials.seat)
    return { code: credentials.code, participantId: credentials.seat.participantId };
  return null;
}

/**
 * What the link in the address bar carries: `#seat=TOKEN` (a seat card) or `#code=CODE`
 * (the room QR). It sits in the fragment, which the browser never sends over the network.
 */
export function readFragment(hash: string): { seatToken?: string; code?: string } {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const seatToken = params.get('seat') ?? undefined;
  const code = params.get('code') ?? undefined;
  return { ...(seatToken ? { seatToken } : {}), ...(code ? { code } : {}) };
}
