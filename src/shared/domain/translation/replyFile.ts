import { z } from 'zod';
import { parseJsonSafely } from '../workspace/safeJson';
import { LIMITS } from '../workspace/schema';
import { sha256Hex } from './sha256';

/**
 * A respondent's reply from a ballot file: the order they gave the committed priorities,
 * with the token their ballot file carried and a checksum. The checksum is SHA-256 of the
 * reply's fields written in one fixed way (`checksumOf`), so a reply damaged on its way
 * back (a cut-off mail attachment, a hand edit) is refused. It detects corruption, not
 * forgery: anyone with the app's code can compute a checksum, and the token, which only
 * its respondent received, is what ties a reply to a person.
 */
export const REPLY_FORMAT = 'offsite-ballot-reply';
/** Version 2 adds the answers to the check's questions; a version 1 reply (no answers) still reads. */
export const REPLY_VERSION = 2;
/** A reply is a few hundred bytes; anything far larger is not one (and is not parsed). */
export const MAX_REPLY_CHARS = 200_000;
export const MAX_REPLY_ITEMS = 500;
const MAX_ANSWERS = 6;
const MAX_COMMENT_CHARS = 500;

/**
 * Identifiers without control characters or lone surrogates: JSON writes those as \u escapes, and an escape
 * can change case (\u001f, \u001F) without changing the text it stands for, which would
 * let one edited character through unnoticed.
 */
const plainId = z
  .string()
  .min(1)
  .max(LIMITS.id)
  .refine(hasNoControlCharacter, 'An identifier cannot hold control characters.');

function hasNoControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return false;
  }
  // A lone surrogate is written as a \u escape too.
  return !/\p{Cs}/u.test(text);
}

const ReplyAnswerField = z.strictObject({
  questionId: plainId,
  score: z.number().int().min(1).max(5).nullable(),
  comment: z
    .string()
    .max(MAX_COMMENT_CHARS)
    .refine(hasNoControlCharacter, 'A comment cannot hold control characters.'),
});

const replyFields = {
  format: z.literal(REPLY_FORMAT),
  workspaceId: plainId,
  roundId: plainId,
  token: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/),
  submittedAt: z.iso.datetime({ offset: true }),
  order: z.array(plainId).min(1).max(MAX_REPLY_ITEMS),
  checksum: z.string().regex(/^[0-9a-f]{64}$/),
};
const ReplyFile = z.discriminatedUnion('version', [
  z.strictObject({ ...replyFields, version: z.literal(1) }),
  z.strictObject({
    ...replyFields,
    version: z.literal(2),
    answers: z.array(ReplyAnswerField).max(MAX_ANSWERS),
  }),
]);
export type ReplyFile = z.infer<typeof ReplyFile>;
export type ReplyAnswer = z.infer<typeof ReplyAnswerField>;
/** What a reply says; `answers` may be left out by a ranking-only reply. */
export type ReplyFields = {
  workspaceId: string;
  roundId: string;
  token: string;
  submittedAt: string;
  order: string[];
  answers?: ReplyAnswer[];
};

/**
 * The checksum of a reply: its fields in a fixed order, as compact JSON, hashed. A version 1
 * reply (before answers) is hashed as it always was, so replies already sent still read.
 */
export function checksumOf(fields: ReplyFields, version: 1 | 2 = REPLY_VERSION): string {
  const common = [fields.workspaceId, fields.roundId, fields.token, fields.submittedAt, fields.order];
  if (version === 1) return sha256Hex(JSON.stringify([REPLY_FORMAT, 1, ...common]));
  const answers = (fields.answers ?? []).map((a) => [a.questionId, a.score, a.comment]);
  return sha256Hex(JSON.stringify([REPLY_FORMAT, 2, ...common, answers]));
}

/**
 * The text of a reply file, as the ballot page writes it: compact JSON, so that no
 * character of it is padding and changing any one of them is caught.
 */
export function replyText(fields: ReplyFields): string {
  const file: ReplyFile = {
    format: REPLY_FORMAT,
    version: REPLY_VERSION,
    workspaceId: fields.workspaceId,
    roundId: fields.roundId,
    token: fields.token,
    submittedAt: fields.submittedAt,
    order: fields.order,
    answers: fields.answers ?? [],
    checksum: checksumOf(fields),
  };
  return JSON.stringify(file);
}

/** One ballot file handed out: its token, the department, and the person unless it is anonymous. */
export type BallotToken = { token: string; departmentId: string; respondent: string | null };

export type ReplyExpectation = {
  workspaceId: string;
  roundId: string;
  tokens: readonly BallotToken[];
  /** The priorities on the ballot; when given, a reply ranking anything else is refused. */
  itemIds?: readonly string[];
  /** The questions the ballot asked; an answer to any other is refused. None when not given. */
  questionIds?: readonly string[];
};

/** A reply that passed every check, with who sent it. */
export type AcceptedReply = Omit<ReplyFields, 'answers'> & {
  answers: ReplyAnswer[];
  checksum: string;
  departmentId: string;
  respondent: string | null;
};

export type ReplyProblem =
  | 'not-a-reply'
  | 'newer-version'
  | 'corrupted'
  | 'other-workspace'
  | 'other-round'
  | 'unknown-token'
  | 'wrong-items';

export type ReplyRead =
  { ok: true; reply: AcceptedReply } | { ok: false; problem: ReplyProblem; message: string };

const refuse = (problem: ReplyProblem, message: string): ReplyRead => ({ ok: false, problem, message });

const tokenIndexes = new WeakMap<readonly BallotToken[], Map<string, BallotToken>>();
function tokenIndex(tokens: readonly BallotToken[]): Map<string, BallotToken> {
  let index = tokenIndexes.get(tokens);
  if (!index) {
    index = new Map(tokens.map((t) => [t.token, t] as const));
    tokenIndexes.set(tokens, index);
  }
  return index;
}

const itemSets = new WeakMap<readonly string[], Set<string>>();
function itemSet(itemIds: readonly string[]): Set<string> {
  let set = itemSets.get(itemIds);
  if (!set) {
    set = new Set(itemIds);
    itemSets.set(itemIds, set);
  }
  return set;
}

/**
 * Reads one reply file. Damage is checked before anything in the reply is trusted, so a
 * reply whose workspace was garbled is called damaged, not "from another workspace".
 */
export function readReply(text: string, expected: ReplyExpectation): ReplyRead {
  if (text.length > MAX_REPLY_CHARS) {
    return refuse('not-a-reply', 'This file is far too large to be a ballot reply; it was not read.');
  }
  const parsed = parseJsonSafely(text);
  const value = parsed.ok ? (parsed.value as { format?: unknown; version?: unknown } | null) : null;
  if (value === null || typeof value !== 'object' || value.format !== REPLY_FORMAT) {
    return refuse(
      'not-a-reply',
      parsed.ok
        ? 'This file is not an Offsite ballot reply.'
        : 'This file is not an Offsite ballot reply, or it is damaged beyond reading.',
    );
  }
  if (typeof value.version === 'number' && value.version > REPLY_VERSION) {
    return refuse('newer-version', 'This reply was made by a newer Offsite: update Offsite to read it.');
  }
  const checked = ReplyFile.safeParse(value);
  if (!checked.success || checksumOf(checked.data, checked.data.version) !== checked.data.checksum) {
    return refuse(
      'corrupted',
      'This reply is damaged: its contents no longer match its checksum, so it was not counted. Ask the respondent to send the file again.',
    );
  }
  const reply = checked.data;
  if (reply.workspaceId !== expected.workspaceId) {
    return refuse(
      'other-workspace',
      'This reply answers a ballot from another workspace; it was not counted.',
    );
  }
  if (reply.roundId !== expected.roundId) {
    return refuse(
      'other-round',
      'This reply answers another round of this workspace (an earlier quarter’s ballot, perhaps); it was not counted.',
    );
  }
  const token = tokenIndex(expected.tokens).get(reply.token);
  if (!token) {
    return refuse(
      'unknown-token',
      'This reply carries a token that was not handed out for this round; it was not counted.',
    );
  }
  const who = token.respondent ?? 'an anonymous respondent';
  if (new Set(reply.order).size !== reply.order.length) {
    return refuse('wrong-items', `The reply from ${who} lists one priority twice; it was not counted.`);
  }
  if (expected.itemIds) {
    const items = itemSet(expected.itemIds);
    if (reply.order.some((id) => !items.has(id))) {
      return refuse(
        'wrong-items',
        `The reply from ${who} ranks priorities that are not on this ballot; it was not counted.`,
      );
    }
  }
  const answers = reply.version === 1 ? [] : reply.answers;
  const asked = new Set(expected.questionIds ?? []);
  if (answers.some((a) => !asked.has(a.questionId))) {
    return refuse(
      'wrong-items',
      `The reply from ${who} answers questions this ballot did not ask; it was not counted.`,
    );
  }
  if (new Set(answers.map((a) => a.questionId)).size !== answers.length) {
    return refuse('wrong-items', `The reply from ${who} answers one question twice; it was not counted.`);
  }
  const { workspaceId, roundId, submittedAt, order, checksum } = reply;
  return {
    ok: true,
    reply: {
      workspaceId,
      roundId,
      token: reply.token,
      submittedAt,
      order,
      answers,
      checksum,
      departmentId: token.departmentId,
      respondent: token.respondent,
    },
  };
}
