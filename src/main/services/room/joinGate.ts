import { timingSafeEqual } from 'node:crypto';
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH } from '../../../shared/room/roomProtocol';

/**
 * The join code and the guard around it. Six characters of a 31-letter alphabet are about
 * 30 bits: plenty against a guess or two, not against a script. So every address gets a few
 * wrong codes before it is locked out, and wrong codes from the whole room are capped too
 * (addresses are cheap to change on a LAN): past the cap, code joins stop until the lockout
 * ends, while seat cards and seats already claimed keep working. At 100 guesses per 10
 * minutes, finding the code takes on the order of a century.
 */

/** Uniform letters by rejection sampling (256 is not a multiple of the alphabet's size). */
export function newJoinCode(randomBytes: (size: number) => Uint8Array): string {
  const n = JOIN_CODE_ALPHABET.length;
  const limit = 256 - (256 % n);
  let code = '';
  while (code.length < JOIN_CODE_LENGTH) {
    for (const byte of randomBytes(JOIN_CODE_LENGTH * 2)) {
      if (byte < limit && code.length < JOIN_CODE_LENGTH) code += JOIN_CODE_ALPHABET[byte % n];
    }
  }
  return code;
}

/** 32 random bytes, base64url: seat tokens and device cookies. */
export const newToken = (randomBytes: (size: number) => Uint8Array): string =>
  Buffer.from(randomBytes(32)).toString('base64url');

/** Compares without leaking, through timing, how much of a guess was right. */
export function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** `locked`: refused without looking at the code; `lockedUntil`: this guess started a lockout. */
export type GateVerdict =
  { ok: true } | { ok: false; message: string; locked: boolean; lockedUntil?: number };

export class CodeGate {
  private readonly wrong = new Map<string, { count: number; lockedUntil: number }>();
  private roomWideWrong = 0;
  private roomLockedUntil = 0;

  constructor(
    private readonly code: string,
    private readonly now: () => number,
    private readonly limits: {
      wrongCodesBeforeLockout: number;
      lockoutMs: number;
      wrongCodesRoomWide: number;
    },
  ) {}

  /** Checks a code from `address`; a wrong one counts towards its lockout and the room's cap. */
  check(address: string, given: string): GateVerdict {
    const now = this.now();
    const entry = this.wrong.get(address);
    const lockedUntil = Math.max(
      entry && entry.lockedUntil > now ? entry.lockedUntil : 0,
      this.lockedRoomWide(now),
    );
    if (lockedUntil > now) return { ok: false, locked: true, message: tooManyMessage(lockedUntil - now) };
    if (sameSecret(given, this.code)) return { ok: true };
    // A lockout that has run out starts the count again (it was reset when the lockout began).
    const count = (entry?.count ?? 0) + 1;
    const locks = count >= this.limits.wrongCodesBeforeLockout;
    const until = locks ? now + this.limits.lockoutMs : 0;
    this.wrong.set(address, { count: locks ? 0 : count, lockedUntil: until });
    this.roomWideWrong += 1;
    if (this.roomWideWrong >= this.limits.wrongCodesRoomWide) {
      this.roomWideWrong = 0;
      this.roomLockedUntil = now + this.limits.lockoutMs;
    }
    return locks
      ? { ok: false, locked: true, message: tooManyMessage(this.limits.lockoutMs), lockedUntil: until }
      : {
          ok: false,
          locked: false,
          message: 'That code is not right. Check it on the screen and try again.',
        };
  }

  private lockedRoomWide(now: number): number {
    return this.roomLockedUntil > now ? this.roomLockedUntil : 0;
  }
}

function tooManyMessage(ms: number): string {
  const minutes = Math.max(1, Math.ceil(ms / 60_000));
  return `Too many wrong codes. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}, or ask the facilitator for your seat card.`;
}
