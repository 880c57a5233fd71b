import { readReply, type AcceptedReply, type ReplyExpectation, type ReplyProblem } from './replyFile';
import type { TranslationDepartment } from './results';

/**
 * Bringing replies into a round: one reply counts per token. When a respondent sends a
 * second reply, the newer (by the time it was submitted) is the one counted, whatever
 * order the files are read in, and the replacement is reported so the facilitator
 * sees it happened. Identical copies of a reply already counted are noted and skipped.
 */
export type ReplyReplacement = {
  token: string;
  /** The reply now counted. */
  kept: AcceptedReply;
  /** The reply it replaced (or that arrived late and lost to it). */
  dropped: AcceptedReply;
  message: string;
};

export type ReplyImport = {
  /** One reply per token: the ones already there in their order, new tokens after them. */
  replies: AcceptedReply[];
  replaced: ReplyReplacement[];
  /** Copies of a reply already counted. */
  duplicates: Array<{ reply: AcceptedReply; message: string }>;
};

const whoSent = (r: AcceptedReply) =>
  r.respondent ?? `An anonymous respondent (ballot ${r.token.slice(0, 6)}…)`;
const when = (iso: string) => `${new Date(iso).toISOString().slice(0, 16).replace('T', ' ')} UTC`;

export function importReplies(
  existing: readonly AcceptedReply[],
  incoming: readonly AcceptedReply[],
): ReplyImport {
  const replies = existing.slice();
  const at = new Map(replies.map((r, i) => [r.token, i] as const));
  const replaced: ReplyReplacement[] = [];
  const duplicates: ReplyImport['duplicates'] = [];
  for (const reply of incoming) {
    const i = at.get(reply.token);
    if (i === undefined) {
      at.set(reply.token, replies.length);
      replies.push(reply);
      continue;
    }
    const counted = replies[i]!;
    if (counted.checksum === reply.checksum) {
      duplicates.push({
        reply,
        message: `${whoSent(reply)}’s reply of ${when(reply.submittedAt)} was already counted; the copy was skipped.`,
      });
      continue;
    }
    // Equal times: the reply read later wins, as the one the facilitator just chose to import.
    const newer = Date.parse(reply.submittedAt) >= Date.parse(counted.submittedAt);
    const [kept, dropped] = newer ? [reply, counted] : [counted, reply];
    replies[i] = kept;
    replaced.push({
      token: reply.token,
      kept,
      dropped,
      message: `${whoSent(reply)} replied twice: the reply of ${when(kept.submittedAt)} is counted and the one of ${when(dropped.submittedAt)} is not.`,
    });
  }
  return { replies, replaced, duplicates };
}

export type ReplyFileProblem = { file: string; problem: ReplyProblem; message: string };

/** Reads, checks and imports a batch of reply files; each refused file is named with its reason. */
export function importReplyFiles(
  existing: readonly AcceptedReply[],
  files: ReadonlyArray<{ name: string; text: string }>,
  expected: ReplyExpectation,
): ReplyImport & { problems: ReplyFileProblem[] } {
  const accepted: AcceptedReply[] = [];
  const problems: ReplyFileProblem[] = [];
  for (const file of files) {
    const read = readReply(file.text, expected);
    if (read.ok) accepted.push(read.reply);
    else problems.push({ file: file.name, problem: read.problem, message: `${file.name}: ${read.message}` });
  }
  return { ...importReplies(existing, accepted), problems };
}

/** The counted replies grouped by department, in the form `translationResults` takes. */
export function rankingsByDepartment(
  replies: readonly AcceptedReply[],
  departments: ReadonlyArray<{ id: string; name: string }>,
): TranslationDepartment[] {
  return departments.map((d) => ({
    departmentId: d.id,
    name: d.name,
    rankings: replies.filter((r) => r.departmentId === d.id).map((r) => r.order),
  }));
}
