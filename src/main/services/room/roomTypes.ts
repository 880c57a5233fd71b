import type { BallotContent } from '../../../shared/domain/workspace';
import type { PhoneAnswer, PhoneCheckpoint } from '../../../shared/room/checkpointProtocol';
import type { CloseReason, PhoneRound, PhoneRoundAnswer, Seat } from '../../../shared/room/roomProtocol';

/**
 * The room server's ports and options. Everything it needs from the world is injected —
 * the clock, random bytes, where ballots go — so tests drive it in Node on loopback and
 * the Electron glue passes the real pieces.
 */

/**
 * Where a phone's ballot is saved. The phone is acknowledged only after `ok: true`. On a
 * department round that asks questions, `answers` come with the order (a sink that keeps
 * ballots only ignores them).
 */
export type BallotSink = {
  submit: (ballot: {
    roundId: string;
    participantId: string;
    content: BallotContent;
    answers?: PhoneRoundAnswer[];
  }) => Promise<{ ok: true } | { ok: false; message: string }>;
  /**
   * Where a seat's checkpoint answers are saved (a link open on a checkpoint). A sink
   * without it refuses answers: the headless room takes ballots only.
   */
  submitAnswers?: (answers: {
    checkpointId: string;
    participantId: string;
    answers: PhoneAnswer[];
  }) => Promise<{ ok: true } | { ok: false; message: string }>;
};

export type RoomClock = {
  /** Milliseconds, for lockouts and the idle limit. */
  now: () => number;
  /** Calls `fn` every `ms` until the returned function is called (unref'd by default). */
  every: (ms: number, fn: () => void) => () => void;
};

/** A static file of the phone page: `/`, `/phone.js`, `/phone.css`… */
export type PhoneAsset = { contentType: string; body: string | Uint8Array };

/** What the console hears about the room, as it happens. */
export type RoomEvent =
  | { type: 'seatClaimed'; participantId: string; name: string }
  /** A second device tried a seat that another phone holds: the console shows it and may release the seat. */
  | { type: 'claimRefused'; participantId: string; name: string; address: string }
  | { type: 'seatReleased'; participantId: string }
  | { type: 'phoneConnected'; participantId: string }
  | { type: 'phoneDisconnected'; participantId: string }
  | { type: 'ballotSaved'; participantId: string }
  | { type: 'lockedOut'; address: string; untilMs: number }
  | { type: 'closed'; reason: CloseReason };

export type RoomLimits = {
  /** Bytes of one WebSocket message; a bigger one closes the connection (1009) unread. */
  maxMessageBytes: number;
  /** Bytes of a POST /join body. */
  maxBodyBytes: number;
  /** Open TCP connections at once (pages, joins and sockets together). */
  maxConnections: number;
  /** Wrong codes from one address before it is locked out, and for how long. */
  wrongCodesBeforeLockout: number;
  lockoutMs: number;
  /** Wrong codes from all addresses together before code joins stop for `lockoutMs`. */
  wrongCodesRoomWide: number;
  /** A request's headers, and the whole request, must arrive within these (slow-loris). */
  headersTimeoutMs: number;
  requestTimeoutMs: number;
  /** How often Node checks the two above; also the keep-alive idle limit. */
  connectionCheckMs: number;
  /** A phone socket that answers no ping for this long is dropped (a phone gone for good). */
  pingEveryMs: number;
  /** Bytes queued to one slow phone before it is dropped. */
  maxQueuedBytes: number;
  /** The link closes by itself after this long without a join or a ballot. */
  idleLimitMs: number;
  /** How often the idle limit is checked. */
  idleCheckMs: number;
};

export const DEFAULT_LIMITS: RoomLimits = {
  maxMessageBytes: 64 * 1024,
  maxBodyBytes: 4 * 1024,
  maxConnections: 400,
  wrongCodesBeforeLockout: 5,
  lockoutMs: 10 * 60_000,
  wrongCodesRoomWide: 100,
  headersTimeoutMs: 5_000,
  requestTimeoutMs: 10_000,
  connectionCheckMs: 1_000,
  pingEveryMs: 30_000,
  maxQueuedBytes: 1024 * 1024,
  idleLimitMs: 45 * 60_000,
  idleCheckMs: 30_000,
};

/**
 * What the phones answer on this link: a ranking round (its ballots), or an alignment
 * checkpoint (one set of answers per seat, sent once). Exactly one of `round` and
 * `checkpoint` is given; the server refuses to start otherwise.
 */
export type RoomSubject = {
  round?: PhoneRound;
  /** Ballots already cast (on the laptop, or by phone earlier): each phone sees only its own. */
  ballots?: Readonly<Record<string, BallotContent>>;
  /** A department round's answers already counted: each phone sees only its own. */
  roundAnswers?: Readonly<Record<string, PhoneRoundAnswer[]>>;
  checkpoint?: PhoneCheckpoint;
  /** The seats that have answered the checkpoint already: never what they answered. */
  answered?: readonly string[];
};

export type RoomServerOptions = RoomSubject & {
  /** The one address to listen on (from `listCandidateInterfaces`); never 0.0.0.0 or ::. */
  host: string;
  /** 0 (the default): a random free port. */
  port?: number;
  /** Who may vote: one seat each. */
  seats: readonly Seat[];
  sink: BallotSink;
  /** The static files of the phone page, by path; `/` is the page itself. */
  assets: Readonly<Record<string, PhoneAsset>>;
  clock?: RoomClock;
  randomBytes?: (size: number) => Uint8Array;
  onEvent?: (event: RoomEvent) => void;
  limits?: Partial<RoomLimits>;
};

/** What the facilitator's screen shows: the address, the code, and every seat's state. */
export type RoomInfo = {
  url: string;
  /** The room QR's address: the page with the code in its fragment (never sent over the network). */
  roomUrl: string;
  code: string;
  seats: Array<
    Seat & {
      /** The personal seat card's address (its token in the fragment). */
      joinUrl: string;
      claimed: boolean;
      connected: boolean;
      voted: boolean;
    }
  >;
};
