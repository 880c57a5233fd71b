import { DomainError } from '../domainError';
import type { Tiered } from '../ranking';
import { roundResults } from '../rounds/roundResults';
import { ALIGNMENT_LIMITS } from '../workspace/alignmentSchema';
import type { Workspace } from '../workspace';
import { BALLOT_FILE_FORMAT, type BallotFileData } from './ballotFileData';
import type { AcceptedReply } from './replyFile';
import {
  importReplyFiles,
  rankingsByDepartment,
  type ReplyFileProblem,
  type ReplyImport,
} from './replyImport';
import { translationResults, type TranslationResults } from './results';
import type { CountedReply, IssuedBallot, TranslationCheck } from './translationCheckSchema';

/**
 * The translation check's steps over a workspace: make a check of the committed
 * priorities, hand out ballot files per department, import the replies, read the results.
 * Each step returns the check list anew; the workspace itself is read, never changed here.
 */
export class TranslationError extends DomainError {}

type Context = Workspace;

const refuse = (message: string): never => {
  throw new TranslationError('TRANSLATION', message);
};

function checkOf(checks: readonly TranslationCheck[], checkId: string): TranslationCheck {
  return checks.find((c) => c.id === checkId) ?? refuse('That translation check is no longer there.');
}

const replace = (checks: readonly TranslationCheck[], next: TranslationCheck) =>
  checks.map((c) => (c.id === next.id ? next : c));

/** A new check of the committed priorities (or those given), against a revealed leadership round. */
export function createTranslationCheck(
  w: Context,
  checks: readonly TranslationCheck[],
  input: {
    id: string;
    question: string;
    anonymous: boolean;
    leadershipRoundId: string | null;
    itemIds?: string[];
    /** Checkpoint questions asked after the ranking (e.g. the three built-in ones); none by default. */
    questions?: ReadonlyArray<{ id: string; wording: string }>;
  },
  now: Date,
): TranslationCheck[] {
  const itemIds = input.itemIds ?? w.priorities.filter((p) => p.status === 'committed').map((p) => p.id);
  if (itemIds.length < 2) {
    refuse('Commit at least two priorities before asking the departments to rank them.');
  }
  if (input.leadershipRoundId !== null) {
    const round = w.rounds.find((r) => r.id === input.leadershipRoundId);
    if (!round || round.status !== 'revealed') {
      refuse(
        'Compare with a revealed round: the leadership’s order is known only once its round is revealed.',
      );
    }
  }
  if (input.question.trim().length === 0) refuse('Write the question the departments will answer.');
  const questions = (input.questions ?? []).map((q) => ({ id: q.id, wording: q.wording.trim() }));
  if (questions.length > ALIGNMENT_LIMITS.questions) {
    refuse(`Ask at most ${ALIGNMENT_LIMITS.questions} questions after the ranking.`);
  }
  if (questions.some((q) => q.wording.length === 0)) refuse('A question cannot be empty.');
  if (new Set(questions.map((q) => q.id)).size !== questions.length)
    refuse('Two questions share one identifier.');
  const check: TranslationCheck = {
    id: input.id,
    createdAt: now.toISOString(),
    question: input.question.trim(),
    anonymous: input.anonymous,
    itemIds,
    questions,
    leadershipRoundId: input.leadershipRoundId,
    ballots: [],
    replies: [],
  };
  return [...checks, check];
}

/**
 * Ballots for a department: one per respondent name on a named check, `count` on an
 * anonymous one. Each gets a fresh token from `newToken` (never one already handed out).
 */
export function issueBallots(
  w: Context,
  checks: readonly TranslationCheck[],
  input: { checkId: string; departmentId: string; respondents: string[]; count: number },
  newToken: () => string,
  now: Date,
): { checks: TranslationCheck[]; issued: IssuedBallot[] } {
  const check = checkOf(checks, input.checkId);
  if (!w.cascade.departments.some((d) => d.id === input.departmentId)) {
    refuse('That department is no longer in the cascade.');
  }
  const names = check.anonymous ? Array.from({ length: input.count }, () => null) : input.respondents;
  if (names.length === 0) {
    refuse(check.anonymous ? 'Say how many ballot files to make.' : 'Name at least one respondent.');
  }
  const taken = new Set(check.ballots.map((b) => b.token));
  const issued = names.map((name): IssuedBallot => {
    let token = newToken();
    for (let tries = 0; taken.has(token); tries++) {
      if (tries > 100) refuse('Could not make a fresh ballot token; try again.');
      token = newToken();
    }
    taken.add(token);
    const respondent = name === null ? null : name.trim() || refuse('A respondent’s name cannot be empty.');
    return { token, departmentId: input.departmentId, respondent, issuedAt: now.toISOString() };
  });
  return { checks: replace(checks, { ...check, ballots: [...check.ballots, ...issued] }), issued };
}

/** What one ballot file carries: the check's priorities by title, its token, nothing of the leadership's. */
export function ballotFileDataOf(w: Context, check: TranslationCheck, ballot: IssuedBallot): BallotFileData {
  const priorities = new Map(w.priorities.map((p) => [p.id, p]));
  return {
    format: BALLOT_FILE_FORMAT,
    version: 2,
    workspaceId: w.id,
    roundId: check.id,
    token: ballot.token,
    organisation: w.organisation,
    department: w.cascade.departments.find((d) => d.id === ballot.departmentId)?.name ?? 'Department',
    respondent: ballot.respondent,
    question: check.question,
    items: check.itemIds
      .filter((id) => priorities.has(id))
      .map((id) => ({ id, title: priorities.get(id)!.title, description: priorities.get(id)!.description })),
    questions: check.questions.map((q) => ({ id: q.id, wording: q.wording })),
  };
}

const accepted = (check: TranslationCheck, reply: CountedReply): AcceptedReply => {
  const ballot = check.ballots.find((b) => b.token === reply.token)!;
  return {
    ...reply,
    workspaceId: '',
    roundId: check.id,
    departmentId: ballot.departmentId,
    respondent: ballot.respondent,
  };
};

/** Reply files read, checked and counted: each refused one named with why, each replacement said. */
export function importReplies(
  w: Context,
  checks: readonly TranslationCheck[],
  checkId: string,
  files: ReadonlyArray<{ name: string; text: string }>,
): {
  checks: TranslationCheck[];
  report: Omit<ReplyImport, 'replies'> & { problems: ReplyFileProblem[]; counted: number };
} {
  const check = checkOf(checks, checkId);
  const existing = check.replies.map((r) => ({ ...accepted(check, r), workspaceId: w.id }));
  const result = importReplyFiles(existing, files, {
    workspaceId: w.id,
    roundId: check.id,
    tokens: check.ballots,
    itemIds: check.itemIds,
    questionIds: check.questions.map((q) => q.id),
  });
  const replies: CountedReply[] = result.replies.map(({ token, submittedAt, order, answers, checksum }) => ({
    token,
    submittedAt,
    order,
    answers,
    checksum,
  }));
  const { replaced, duplicates, problems } = result;
  return {
    checks: replace(checks, { ...check, replies }),
    report: { replaced, duplicates, problems, counted: replies.length },
  };
}

/**
 * The leadership's order these departments are compared with: the order the results
 * screen showed for the check's round (its representative consensus, one item a place),
 * restricted to the check's priorities; null when there is none to compare. The consensus
 * tiers of a divided room can tie everything, which would compare with nothing.
 */
export function leadershipOrder(w: Context, check: TranslationCheck): Tiered | null {
  const round = w.rounds.find((r) => r.id === check.leadershipRoundId);
  if (!round || round.status !== 'revealed') return null;
  const results = roundResults(w, round);
  if (!results.ok) return null;
  const wanted = new Set(check.itemIds);
  return results.analysis.consensus.ranking.filter((id) => wanted.has(id));
}

/** Each department's reading of the priorities against the leadership's, and the heatmap. */
export function translationCheckResults(w: Context, check: TranslationCheck): TranslationResults | null {
  const leadership = leadershipOrder(w, check);
  if (!leadership) return null;
  const replies = check.replies.map((r) => accepted(check, r));
  const titles = Object.fromEntries(w.priorities.map((p) => [p.id, p.title]));
  return translationResults(leadership, rankingsByDepartment(replies, w.cascade.departments), titles);
}
