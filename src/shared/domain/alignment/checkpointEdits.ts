import { DomainError } from '../domainError';
import { ALIGNMENT_LIMITS, type Checkpoint, type StoredCheckpointAnswer } from '../workspace/alignmentSchema';
import type { Workspace } from '../workspace/schema';
import { BUILT_IN_CHECKPOINT_QUESTIONS, checkpointResults, type QuestionResult } from './checkpoint';

/**
 * The alignment checkpoint as workspace → workspace steps: open one, answer it in private,
 * reveal it, delete it. Each refuses with a CheckpointError that says, in the words of the
 * screen, what the person can do; a refused edit leaves the workspace as it was.
 *
 * A ranking round keeps its ballots per participant; a checkpoint does not. An anonymous
 * answer must have no stored link to a person, so answering adds the person's id to
 * `answeredBy` (progress, and the refusal of a second answer) and their answers to one
 * unlinked list kept sorted by content. The saved file is then the same whatever order
 * people answered in: nothing in it joins an answer to the person who gave it. Only a
 * named checkpoint (anonymous: false) stores `participantId` with each answer.
 */
export class CheckpointError extends DomainError {
  override name = 'CheckpointError';

  constructor(message: string) {
    super('CHECKPOINT_REFUSED', message);
  }
}

export const DEFAULT_CHECKPOINT_TITLE = 'Alignment checkpoint';

export type NewCheckpoint = {
  title?: string;
  /** Anonymous unless the room agrees to be named. */
  anonymous?: boolean;
  /** Up to three of the facilitator's own questions, asked after the built-in three. */
  ownQuestions?: readonly string[];
};

/** One person's answer to one question; a question left out is simply not answered. */
export type GivenAnswer = { questionId: string; score: number | null; comment?: string };

export function createCheckpoint(w: Workspace, spec: NewCheckpoint, id: string, now: Date): Workspace {
  if (w.checkpoints.length >= ALIGNMENT_LIMITS.checkpoints)
    throw new CheckpointError(
      `A workspace can hold at most ${ALIGNMENT_LIMITS.checkpoints} checkpoints: delete an old one first.`,
    );
  const title = (spec.title ?? '').trim() || DEFAULT_CHECKPOINT_TITLE;
  if (title.length > 200) throw new CheckpointError('A checkpoint title can be at most 200 characters.');
  const own = (spec.ownQuestions ?? []).map((q) => q.trim()).filter((q) => q.length > 0);
  if (own.length > ALIGNMENT_LIMITS.ownQuestions)
    throw new CheckpointError(`Add at most ${ALIGNMENT_LIMITS.ownQuestions} questions of your own.`);
  const long = own.find((q) => q.length > ALIGNMENT_LIMITS.wording);
  if (long !== undefined)
    throw new CheckpointError(
      `Shorten your question to ${ALIGNMENT_LIMITS.wording} characters (it has ${long.length}).`,
    );
  const wordings = [...BUILT_IN_CHECKPOINT_QUESTIONS.map((q) => q.wording), ...own].map((q) =>
    q.toLowerCase(),
  );
  if (new Set(wordings).size !== wordings.length)
    throw new CheckpointError('That question is already asked: write a different one or leave it out.');
  const checkpoint: Checkpoint = {
    id,
    title,
    createdAt: now.toISOString(),
    status: 'open',
    anonymous: spec.anonymous ?? true,
    questions: [
      ...BUILT_IN_CHECKPOINT_QUESTIONS.map((q) => ({ ...q })),
      ...own.map((wording, i) => ({ id: `own-${i + 1}`, wording })),
    ],
    answeredBy: [],
    answers: [],
  };
  return { ...w, checkpoints: [...w.checkpoints, checkpoint] };
}

export function answerCheckpoint(
  w: Workspace,
  checkpointId: string,
  participantId: string,
  given: readonly GivenAnswer[],
): Workspace {
  const checkpoint = checkpointOf(w, checkpointId);
  if (checkpoint.status !== 'open')
    throw new CheckpointError('This checkpoint has been revealed: answers are closed.');
  const person = w.participants.find((p) => p.id === participantId);
  if (!person) throw new CheckpointError('That person is not a participant of this workspace.');
  if (!person.votes) throw new CheckpointError(`${person.name} does not vote in this workspace.`);
  if (checkpoint.answeredBy.includes(participantId))
    throw new CheckpointError(`${person.name} has already answered: each person answers once.`);
  const asked = new Set(checkpoint.questions.map((q) => q.id));
  const seen = new Set<string>();
  const answers: StoredCheckpointAnswer[] = [];
  for (const a of given) {
    if (!asked.has(a.questionId))
      throw new CheckpointError('One answer is for a question this checkpoint does not ask.');
    if (seen.has(a.questionId)) throw new CheckpointError('Answer each question once.');
    seen.add(a.questionId);
    if (a.score !== null && !(Number.isInteger(a.score) && a.score >= 1 && a.score <= 5))
      throw new CheckpointError('Pick a score from 1 (Not at all) to 5 (Completely).');
    const comment = (a.comment ?? '').trim();
    if (comment.length > ALIGNMENT_LIMITS.comment)
      throw new CheckpointError(
        `Shorten your comment to ${ALIGNMENT_LIMITS.comment} characters (it has ${comment.length}).`,
      );
    // A question with neither a score nor a comment was skipped: nothing to keep.
    if (a.score === null && comment.length === 0) continue;
    answers.push(
      checkpoint.anonymous
        ? { questionId: a.questionId, score: a.score, comment }
        : { questionId: a.questionId, score: a.score, comment, participantId },
    );
  }
  if (answers.length === 0)
    throw new CheckpointError('Pick a score (or write a comment) for at least one question.');
  return replaceCheckpoint(w, {
    ...checkpoint,
    answeredBy: [...checkpoint.answeredBy, participantId].sort(byCodeUnits),
    answers: [...checkpoint.answers, ...answers].sort(byContent),
  });
}

export function revealCheckpoint(w: Workspace, checkpointId: string): Workspace {
  const checkpoint = checkpointOf(w, checkpointId);
  if (checkpoint.status === 'revealed') return w;
  if (checkpoint.answeredBy.length === 0)
    throw new CheckpointError('Nobody has answered yet: there is nothing to reveal.');
  return replaceCheckpoint(w, { ...checkpoint, status: 'revealed' });
}

export function deleteCheckpoint(w: Workspace, checkpointId: string): Workspace {
  return { ...w, checkpoints: w.checkpoints.filter((c) => c.id !== checkpointId) };
}

/** Derived each time from the stored answers, never stored: see checkpoint.ts. */
export function checkpointResultsOf(checkpoint: Checkpoint): QuestionResult[] {
  return checkpointResults(
    checkpoint.questions,
    checkpoint.answers.map((a) => ({ questionId: a.questionId, score: a.score, comment: a.comment })),
  );
}

/**
 * The results of the quarter's last revealed checkpoint, or null when none is revealed: what
 * a quarter summary (series/quarterSummary.ts) takes as its checkpoint figures.
 */
export function latestCheckpointResults(w: Pick<Workspace, 'checkpoints'>): QuestionResult[] | null {
  const revealed = w.checkpoints.filter((c) => c.status === 'revealed').at(-1);
  return revealed ? checkpointResultsOf(revealed) : null;
}

export function checkpointOf(w: Workspace, checkpointId: string): Checkpoint {
  const found = w.checkpoints.find((c) => c.id === checkpointId);
  if (!found) throw new CheckpointError('That checkpoint has been deleted.');
  return found;
}

function replaceCheckpoint(w: Workspace, checkpoint: Checkpoint): Workspace {
  return { ...w, checkpoints: w.checkpoints.map((c) => (c.id === checkpoint.id ? checkpoint : c)) };
}

/** Locale-free, so the saved order is the same on every machine. */
function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The saved order of answers: by question, score (a comment without a score first) and
 * comment, then (named checkpoints only) person. It depends on the answers alone, never on
 * when each was given.
 */
function byContent(a: StoredCheckpointAnswer, b: StoredCheckpointAnswer): number {
  return (
    byCodeUnits(a.questionId, b.questionId) ||
    (a.score ?? 0) - (b.score ?? 0) ||
    byCodeUnits(a.comment, b.comment) ||
    byCodeUnits(a.participantId ?? '', b.participantId ?? '')
  );
}
