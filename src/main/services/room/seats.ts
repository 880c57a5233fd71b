import type { Seat } from '../../../shared/room/roomProtocol';
import { newToken } from './joinGate';

export type ClaimOutcome =
  | { ok: true; seat: Seat; deviceToken: string }
  | { ok: false; reason: 'unknown' | 'taken' | 'otherSeat'; message: string; seat?: Seat };

/**
 * Who holds which seat. Each seat has a printed token (its seat card) and, once claimed, a
 * device token that only the claiming phone has (an HttpOnly cookie). The first phone to
 * claim a seat keeps it: the same phone may come back (a reload, a lost connection), any
 * other is refused until the facilitator releases the seat. One phone holds one seat, so
 * nobody votes twice from the same hand.
 */
export class SeatRegistry {
  private readonly seats = new Map<string, Seat>();
  private readonly seatTokens = new Map<string, string>();
  private readonly byToken = new Map<string, string>();
  /** participantId → device token, and back. */
  private readonly holders = new Map<string, string>();
  private readonly devices = new Map<string, string>();

  constructor(
    seats: readonly Seat[],
    private readonly randomBytes: (size: number) => Uint8Array,
  ) {
    for (const seat of seats) {
      const token = newToken(randomBytes);
      this.seats.set(seat.participantId, { participantId: seat.participantId, name: seat.name });
      this.seatTokens.set(seat.participantId, token);
      this.byToken.set(token, seat.participantId);
    }
  }

  list(): Array<Seat & { claimed: boolean }> {
    return [...this.seats.values()].map((s) => ({ ...s, claimed: this.holders.has(s.participantId) }));
  }

  seatTokenOf(participantId: string): string | undefined {
    return this.seatTokens.get(participantId);
  }

  participantOfSeatToken(token: string): string | undefined {
    return this.byToken.get(token);
  }

  /** The seat this device holds, from its cookie. */
  seatOfDevice(deviceToken: string | undefined): Seat | undefined {
    const participantId = deviceToken === undefined ? undefined : this.devices.get(deviceToken);
    return participantId === undefined ? undefined : this.seats.get(participantId);
  }

  claim(participantId: string, deviceToken: string | undefined): ClaimOutcome {
    const seat = this.seats.get(participantId);
    if (!seat) return { ok: false, reason: 'unknown', message: 'That seat is not part of this round.' };
    const held = this.seatOfDevice(deviceToken);
    if (held && held.participantId === participantId) return { ok: true, seat, deviceToken: deviceToken! };
    if (held) {
      return {
        ok: false,
        reason: 'otherSeat',
        seat,
        message: `This phone already holds ${held.name}'s seat. Ask the facilitator to free it first.`,
      };
    }
    if (this.holders.has(participantId)) {
      return {
        ok: false,
        reason: 'taken',
        seat,
        message: `${seat.name}'s seat is already open on another phone. If that is not you, tell the facilitator.`,
      };
    }
    const token = newToken(this.randomBytes);
    this.holders.set(participantId, token);
    this.devices.set(token, participantId);
    return { ok: true, seat, deviceToken: token };
  }

  /** Frees a seat for another phone; the device that held it no longer holds anything. */
  release(participantId: string): boolean {
    const token = this.holders.get(participantId);
    if (token === undefined) return false;
    this.holders.delete(participantId);
    this.devices.delete(token);
    return true;
  }

  isClaimed(participantId: string): boolean {
    return this.holders.has(participantId);
  }
}
