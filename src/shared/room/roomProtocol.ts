import { z } from 'zod';
import { BALLOT_METHODS, ballotMethod, ballotProblem, type BallotRound } from '../domain/rounds';
import { ROUND_LIMITS, roundItemId } from '../domain/rounds/roundLimits';
import { BallotContent, parseJsonSafely } from '../domain/workspace';
import { PhoneAnswer, type PhoneCheckpoint } from './checkpointProtocol';
import { ALIGNMENT_LIMITS } from '../domain/workspace/alignmentSchema';

/**
 * What the laptop and a phone say to each other over the room link: the join call and the
 * one WebSocket a claimed seat holds. Shared by the room server (main) and the phone page,
 * so a phone is checked by the very schemas and ballot rules the laptop applies on save
 * (a phone can never send what the laptop would refuse). A phone learns the round's item
 * titles, its own seat and its own ballot (on a department round that asks them, the
 * questions' wording and its own answers): nothing else of the workspace is in here.
 */

/** The join code: letters and digits nobody confuses when reading them off a screen. */
export const JOIN_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const JOIN_CODE_LENGTH = 6;
/** Seat tokens and device cookies: 32 random bytes, base64url. */
export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

const joinCode = z
  .string()
  .max(32)
  .transform((s) => s.replace(/[\s-]/g, '').toUpperCase());
const token = z.string().regex(TOKEN_PATTERN);

/** POST /join: a code alone lists the seats; a code and a name, or a seat token, claims one. */
export const JoinRequest = z.union([
  z.strictObject({ code: joinCode }),
  z.strictObject({ code: joinCode, participantId: roundItemId }),
  z.strictObject({ seatToken: token }),
]);
export type JoinRequest = z.infer<typeof JoinRequest>;

export const Seat = z.strictObject({ participantId: roundItemId, name: z.string().max(200) });
export type Seat = z.infer<typeof Seat>;

export type JoinResponse =
  | { ok: true; seats: Array<Seat & { taken: boolean }> }
  | { ok: true; seat: Seat }
  | { ok: false; message: string };

/** A question asked after the ranking (a department round only): its id and wording, nothing else. */
export const PhoneRoundQuestion = z.strictObject({
  id: roundItemId,
  wording: z.string().max(ALIGNMENT_LIMITS.wording),
});
export type PhoneRoundQuestion = z.infer<typeof PhoneRoundQuestion>;

/**
 * The round as a phone sees it: the question, the method's settings and the item titles;
 * on a department round whose translation check asks them, the checkpoint questions too.
 */
export const PhoneRound = z.strictObject({
  id: roundItemId,
  question: z.string().max(ROUND_LIMITS.question),
  method: z.enum(BALLOT_METHODS),
  items: z.array(z.strictObject({ id: roundItemId, title: z.string().max(200) })).max(ROUND_LIMITS.items),
  budget: z.number().int(),
  dots: z.number().int(),
  ahpStrength: z.boolean(),
  questions: z.array(PhoneRoundQuestion).max(ALIGNMENT_LIMITS.questions).optional(),
});
export type PhoneRound = z.infer<typeof PhoneRound>;

/** The ballot rules read only the method, the item ids and the settings. */
export const ballotRoundOf = (round: PhoneRound): BallotRound => ({
  method: round.method,
  itemIds: round.items.map((i) => i.id),
  budget: round.budget,
  dots: round.dots,
  ahpStrength: round.ahpStrength,
});

/**
 * An answer sent with a department round's order: a score 1–5 or none, and a comment on
 * one line (a reply refuses control characters, line breaks included; the phone flattens them).
 */
export const PhoneRoundAnswer = PhoneAnswer.extend({
  comment: PhoneAnswer.shape.comment.refine(isOneLine),
});

function isOneLine(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return false;
  }
  // A lone surrogate is refused by a reply too.
  return !/\p{Cs}/u.test(text);
}
export type PhoneRoundAnswer = z.infer<typeof PhoneRoundAnswer>;

/**
 * Phone → laptop: a ballot (first or changed); `seq` pairs it with its ack or refusal. On a
 * department round that asks questions, the answers travel with the order in one message.
 */
export const PhoneMessage = z.strictObject({
  type: z.literal('ballot'),
  seq: z
    .number()
    .int()
    .min(0)
    .max(2 ** 31),
  content: BallotContent,
  answers: z.array(PhoneRoundAnswer).max(ALIGNMENT_LIMITS.questions).optional(),
});
export type PhoneMessage = z.infer<typeof PhoneMessage>;

/** Why the link closed, as the phone shows it. */
export const CLOSE_REASONS = ['revealed', 'idle', 'stopped', 'released', 'replaced'] as const;
export type CloseReason = (typeof CLOSE_REASONS)[number];

export const CLOSE_MESSAGES: Record<CloseReason, string> = {
  revealed: 'Voting has closed: the round has been revealed. Look at the screen.',
  idle: 'The room link closed after a quiet spell. Ask the facilitator to open it again.',
  stopped: 'The facilitator closed the room link.',
  released: 'The facilitator freed your seat. Scan the code again to rejoin.',
  replaced: 'Your seat was opened again on this phone, in another tab or window.',
};

/** The WebSocket close code for each reason (4000–4999 belong to the application). */
export const CLOSE_CODES: Record<CloseReason, number> = {
  revealed: 4000,
  idle: 4001,
  stopped: 4002,
  released: 4003,
  replaced: 4004,
};

/**
 * The results a facilitator chose to send to the phones at the reveal (off by default):
 * the order the room sees on the screen with each item's range of places ("2–4" where the
 * ballots allow several), and the verdict sentence the screen shows. Nothing per person.
 */
export const PhoneResults = z.strictObject({
  question: z.string().max(ROUND_LIMITS.question),
  places: z
    .array(z.strictObject({ place: z.string().min(1).max(16), title: z.string().max(200) }))
    .max(ROUND_LIMITS.items),
  summary: z.string().max(600),
});
export type PhoneResults = z.infer<typeof PhoneResults>;

/**
 * Laptop → phone. A ranking round (or a department's ranking) greets with `hello`; an
 * alignment checkpoint with `helloCheckpoint`, which says only whether this seat has
 * answered (never what: an anonymous answer is not kept per person).
 */
export type LaptopMessage =
  | {
      type: 'hello';
      round: PhoneRound;
      seat: Seat;
      ballot: BallotContent | null;
      /** On a round that asks questions: this seat's answers the laptop holds. */
      answers?: PhoneRoundAnswer[];
    }
  | { type: 'helloCheckpoint'; checkpoint: PhoneCheckpoint; seat: Seat; answered: boolean }
  | { type: 'ack'; seq: number; submittedAt: string }
  | { type: 'refused'; seq: number | null; message: string }
  | { type: 'closed'; reason: CloseReason; message: string; results?: PhoneResults };

export type ParsedPhoneMessage =
  { ok: true; message: PhoneMessage } | { ok: false; seq: number | null; message: string };

/** The envelope first, so a refusal can name the `seq` it answers even when the ballot is bad. */
const Envelope = PhoneMessage.extend({ content: z.unknown() });

/**
 * Why answers sent with an order cannot be counted, in the words the phone shows, or null:
 * only questions the round asks, each once. Skipping every question is fine.
 */
export function roundAnswersProblem(
  asked: readonly Pick<PhoneRoundQuestion, 'id'>[],
  answers: readonly PhoneRoundAnswer[],
): string | null {
  const ids = new Set(asked.map((q) => q.id));
  const seen = new Set<string>();
  for (const a of answers) {
    if (!ids.has(a.questionId))
      return 'One answer is for a question this round does not ask. Reload the page.';
    if (seen.has(a.questionId)) return 'Answer each question once.';
    seen.add(a.questionId);
  }
  return null;
}

/**
 * A phone's message checked as the laptop checks a ballot it saves: safe JSON, the ballot
 * schema of the round's method from the method catalogue, then that method's own rules
 * (`ballotProblem`, the words the laptop's voting screen shows), which the phone shows too.
 * Answers are checked against the questions the round asks (`asked`; none by default).
 */
export function readPhoneMessage(
  text: string,
  round: BallotRound,
  asked: readonly Pick<PhoneRoundQuestion, 'id'>[] = [],
): ParsedPhoneMessage {
  const json = parseJsonSafely(text);
  if (!json.ok) return { ok: false, seq: null, message: UNREADABLE };
  const envelope = Envelope.safeParse(json.value);
  if (!envelope.success) return { ok: false, seq: seqOf(json.value), message: UNREADABLE };
  const { seq } = envelope.data;
  const method = ballotMethod(round.method);
  const content = method.ballot.safeParse(envelope.data.content);
  if (!content.success) {
    const other = BallotContent.safeParse(envelope.data.content);
    return { ok: false, seq, message: other.success ? method.notThisRound : UNREADABLE_BALLOT };
  }
  const problem = ballotProblem(round, content.data);
  if (problem) return { ok: false, seq, message: problem };
  const { answers } = envelope.data;
  if (answers === undefined) return { ok: true, message: { type: 'ballot', seq, content: content.data } };
  const unasked = roundAnswersProblem(asked, answers);
  if (unasked) return { ok: false, seq, message: unasked };
  return { ok: true, message: { type: 'ballot', seq, content: content.data, answers } };
}

const UNREADABLE = 'The phone sent something the laptop cannot read. Reload the page.';
const UNREADABLE_BALLOT = 'The phone sent a ballot the laptop cannot read. Reload the page.';

function seqOf(value: unknown): number | null {
  if (typeof value !== 'object' || value === null || !('seq' in value)) return null;
  const seq = value.seq;
  return typeof seq === 'number' && Number.isInteger(seq) && seq >= 0 && seq <= 2 ** 31 ? seq : null;
}
