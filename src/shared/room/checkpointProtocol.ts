import { z } from 'zod';
import { ALIGNMENT_LIMITS } from '../domain/workspace/alignmentSchema';
import { parseJsonSafely } from '../domain/workspace/safeJson';
import { roundItemId } from '../domain/rounds/roundLimits';

/**
 * The alignment checkpoint over the room link: what a phone learns of it (the title, the
 * questions and the scale's words, nothing else of the workspace) and the one message it
 * sends (its answers). Both sides check answers with these rules, which are the ones the
 * laptop's own answering screen applies (checkpointEdits.answerCheckpoint), so a phone is
 * told on the spot what the laptop would refuse.
 */

export const PhoneCheckpoint = z.strictObject({
  id: roundItemId,
  title: z.string().max(200),
  /** Anonymous: the phone says the answers are saved with no link to the name. */
  anonymous: z.boolean(),
  questions: z
    .array(z.strictObject({ id: roundItemId, wording: z.string().max(ALIGNMENT_LIMITS.wording) }))
    .min(1)
    .max(ALIGNMENT_LIMITS.questions),
});
export type PhoneCheckpoint = z.infer<typeof PhoneCheckpoint>;

export const PhoneAnswer = z.strictObject({
  questionId: roundItemId,
  score: z.number().int().min(1).max(5).nullable(),
  comment: z.string().max(ALIGNMENT_LIMITS.comment),
});
export type PhoneAnswer = z.infer<typeof PhoneAnswer>;

const seq = z
  .number()
  .int()
  .min(0)
  .max(2 ** 31);

/** Phone → laptop: one seat's answers to every question, sent once. */
export const PhoneAnswersMessage = z.strictObject({
  type: z.literal('answers'),
  seq,
  answers: z.array(PhoneAnswer).max(ALIGNMENT_LIMITS.questions),
});
export type PhoneAnswersMessage = z.infer<typeof PhoneAnswersMessage>;

export const ALREADY_ANSWERED = 'You have already answered this checkpoint: each person answers once.';

/**
 * Why these answers cannot be saved, in the words the phone shows, or null when they can:
 * only questions the checkpoint asks, each once, and at least one score or comment.
 */
export function checkpointAnswersProblem(
  checkpoint: Pick<PhoneCheckpoint, 'questions'>,
  answers: readonly PhoneAnswer[],
): string | null {
  const asked = new Set(checkpoint.questions.map((q) => q.id));
  const seen = new Set<string>();
  for (const a of answers) {
    if (!asked.has(a.questionId)) return 'One answer is for a question this checkpoint does not ask.';
    if (seen.has(a.questionId)) return 'Answer each question once.';
    seen.add(a.questionId);
  }
  const given = answers.some((a) => a.score !== null || a.comment.trim().length > 0);
  return given ? null : 'Pick a score (or write a comment) for at least one question.';
}

export type ParsedAnswers =
  { ok: true; message: PhoneAnswersMessage } | { ok: false; seq: number | null; message: string };

const UNREADABLE = 'The phone sent something the laptop cannot read. Reload the page.';

/** A phone's answers checked as the laptop checks them: safe JSON, the schema, then the rules above. */
export function readAnswersMessage(text: string, checkpoint: PhoneCheckpoint): ParsedAnswers {
  const json = parseJsonSafely(text);
  if (!json.ok) return { ok: false, seq: null, message: UNREADABLE };
  const parsed = PhoneAnswersMessage.safeParse(json.value);
  if (!parsed.success) return { ok: false, seq: seqOf(json.value), message: UNREADABLE };
  const problem = checkpointAnswersProblem(checkpoint, parsed.data.answers);
  if (problem) return { ok: false, seq: parsed.data.seq, message: problem };
  return { ok: true, message: parsed.data };
}

function seqOf(value: unknown): number | null {
  if (typeof value !== 'object' || value === null || !('seq' in value)) return null;
  const parsed = seq.safeParse(value.seq);
  return parsed.success ? parsed.data : null;
}
