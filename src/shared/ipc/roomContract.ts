import { z } from 'zod';
import { roundItemId } from '../domain/rounds/roundLimits';
import { BallotContent, Workspace } from '../domain/workspace';
import { PhoneAnswer } from '../room/checkpointProtocol';
import { CLOSE_REASONS, PhoneResults, PhoneRoundAnswer } from '../room/roomProtocol';

/**
 * The room link as the facilitator's window sees it over IPC: which networks it could open
 * on, the open link (address, code, QR, seats) and what happens on it as it happens. Part
 * of the one contract (contract.ts); kept here so that file stays readable.
 */

const Handle = z.string().min(1).max(64);
const Text = z.string().max(400);

export const RoomInterface = z.strictObject({
  /** The OS's name for the adapter ("en0", "Wi-Fi", "wlan0"). */
  name: Text,
  address: Text,
  family: z.enum(['IPv4', 'IPv6']),
  kind: z.enum(['hotspot', 'lan', 'linkLocal', 'virtual', 'loopback', 'public']),
  /** Whether phones in the room can be expected to reach it. */
  reachableByPhones: z.boolean(),
});
export type RoomInterface = z.infer<typeof RoomInterface>;

/**
 * What the phones answer: a ranking round (the default), an alignment checkpoint, or a
 * department's ranking of a translation check's priorities (a department round).
 */
export const ROOM_SUBJECTS = ['round', 'checkpoint', 'department'] as const;
export type RoomSubjectKind = (typeof ROOM_SUBJECTS)[number];

export const RoomOpenRequest = z.strictObject({
  /** The open workspace whose round the phones vote on; closing it closes the link. */
  handle: Handle,
  /** The round's id; the checkpoint's, or the translation check's, for those kinds. */
  roundId: roundItemId,
  kind: z.enum(ROOM_SUBJECTS).optional(),
  /** A department round: the department whose issued ballots are the seats. */
  departmentId: roundItemId.optional(),
  /** The adapter to listen on (its best address); the best one phones can reach when left out. */
  interfaceName: Text.min(1).optional(),
  /** The document as the window shows it, unsaved edits included; the saved file when left out. */
  workspace: Workspace.optional(),
});
export type RoomOpenRequest = z.infer<typeof RoomOpenRequest>;

export const RoomSeat = z.strictObject({
  participantId: roundItemId,
  name: z.string().max(200),
  /** The personal seat card's address (its token in the fragment). */
  joinUrl: z.string(),
  claimed: z.boolean(),
  connected: z.boolean(),
  voted: z.boolean(),
});
export type RoomSeat = z.infer<typeof RoomSeat>;

export const RoomLink = z.strictObject({
  handle: Handle,
  /** The round's id (or the checkpoint's, or the translation check's: see `kind`). */
  roundId: roundItemId,
  /** Left out: a ranking round. */
  kind: z.enum(ROOM_SUBJECTS).optional(),
  /** A department round: which department, by id and by name. */
  departmentId: roundItemId.optional(),
  departmentName: z.string().max(200).optional(),
  interface: RoomInterface,
  url: z.string(),
  /** The room QR's address: the page with the join code in its fragment. */
  roomUrl: z.string(),
  code: z.string(),
  /** The room QR (roomUrl), as SVG text. */
  qrSvg: z.string(),
  /** Set when the phone page is not built: phones then see a page saying so. */
  phonePageMissing: z.string().optional(),
  seats: z.array(RoomSeat),
});
export type RoomLink = z.infer<typeof RoomLink>;

/** A printable seat card: one person's own join address and its QR (never shown to the room). */
export const SeatCard = z.strictObject({
  participantId: roundItemId,
  name: z.string().max(200),
  joinUrl: z.string(),
  qrSvg: z.string(),
});
export type SeatCard = z.infer<typeof SeatCard>;

/** The room check running: the page a phone opens to learn it reaches this laptop. */
export const RoomCheck = z.strictObject({
  interface: RoomInterface,
  url: z.string(),
  qrSvg: z.string(),
});
export type RoomCheck = z.infer<typeof RoomCheck>;

export const WifiQrRequest = z.strictObject({
  /** The network's name as phones list it (SSIDs are at most 32 bytes). */
  ssid: z
    .string()
    .trim()
    .min(1, 'Type the Wi-Fi network’s name.')
    .max(32, 'A Wi-Fi name is at most 32 characters.'),
  password: z.string().max(63, 'A Wi-Fi password is at most 63 characters.'),
  security: z.enum(['WPA', 'WEP', 'nopass']),
});
export type WifiQrRequest = z.infer<typeof WifiQrRequest>;

export const RoomCloseRequest = z
  .strictObject({
    /** `revealed` when the round it was open on has just been revealed; `stopped` otherwise. */
    reason: z.enum(['stopped', 'revealed']).optional(),
    /** Only when the facilitator chose to send the results to the phones, and only at a reveal. */
    results: PhoneResults.optional(),
  })
  .refine(
    (r) => r.results === undefined || r.reason === 'revealed',
    'Results go to the phones only at a reveal.',
  );
export type RoomCloseRequest = z.infer<typeof RoomCloseRequest>;

export const RoomBallotResult = z.strictObject({
  requestId: z.string().min(1).max(64),
  ok: z.boolean(),
  /** Why the ballot was refused, in words the voter reads on their phone. */
  message: z.string().min(1).max(500).optional(),
});
export type RoomBallotResult = z.infer<typeof RoomBallotResult>;

/**
 * Main → the facilitator's window (ROOM_EVENT). A `ballot` asks the window to cast it into
 * the open document (the same castBallot as the laptop's own voting) and to answer with
 * `room:ballotResult` carrying its `requestId`; the phone hears the answer.
 */
export const RoomEventMessage = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('seatClaimed'), participantId: roundItemId, name: z.string() }),
  z.strictObject({
    type: z.literal('claimRefused'),
    participantId: roundItemId,
    name: z.string(),
    address: z.string(),
  }),
  z.strictObject({ type: z.literal('seatReleased'), participantId: roundItemId }),
  z.strictObject({ type: z.literal('phoneConnected'), participantId: roundItemId }),
  z.strictObject({ type: z.literal('phoneDisconnected'), participantId: roundItemId }),
  z.strictObject({
    type: z.literal('ballot'),
    requestId: z.string(),
    roundId: roundItemId,
    participantId: roundItemId,
    content: BallotContent,
    /** A department round's answers to the check's questions, sent with the order. */
    answers: z.array(PhoneRoundAnswer).max(6).optional(),
  }),
  /** A seat's checkpoint answers: the window saves them as its own answering screen does. */
  z.strictObject({
    type: z.literal('answers'),
    requestId: z.string(),
    checkpointId: roundItemId,
    participantId: roundItemId,
    answers: z.array(PhoneAnswer).max(6),
  }),
  /** The window said yes to that ballot and the phone was acknowledged. */
  z.strictObject({ type: z.literal('ballotSaved'), participantId: roundItemId }),
  z.strictObject({ type: z.literal('lockedOut'), address: z.string(), untilMs: z.number() }),
  z.strictObject({ type: z.literal('closed'), reason: z.enum(CLOSE_REASONS) }),
  /** The room check: a phone at this address loaded the check page. */
  z.strictObject({ type: z.literal('phoneReached'), address: z.string() }),
  /** The room check closed by itself after a quiet spell. */
  z.strictObject({ type: z.literal('checkClosed') }),
]);
export type RoomEventMessage = z.infer<typeof RoomEventMessage>;
