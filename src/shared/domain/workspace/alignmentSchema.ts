import { z } from 'zod';
import { LIMITS } from './limits';

/**
 * Alignment checkpoints as saved in the workspace: a few questions each person answers
 * privately on a 1–5 scale with an optional comment. Results are derived from the answers
 * every time (alignment/checkpoint.ts), never stored.
 *
 * Why answers are not kept per person, as a ranking round's ballots are: an anonymous answer
 * must have no stored link to anyone. So a checkpoint keeps two things that cannot be joined:
 * the answers as one unlinked list, kept sorted by their content (so the saved order is the
 * same whoever answered first), and the set of participants who have answered (to show
 * progress and refuse a second answer), kept sorted by id for the same reason. Only a named
 * checkpoint (`anonymous: false`), where the room agreed to be seen, stores `participantId`
 * with each answer.
 *
 * `answeredBy` is a soft list like the agenda's links: a participant removed later stays in
 * it (as "someone who answered"), so removing a person can never block a save.
 */
export const ALIGNMENT_LIMITS = {
  checkpoints: 50,
  /** The facilitator's own questions, asked after the three built-in ones. */
  ownQuestions: 3,
  questions: 6,
  wording: 200,
  comment: 500,
  /** One answer per question per person. */
  answers: 6 * LIMITS.participants,
} as const;

const id = z.string().min(1).max(LIMITS.id);

export const CheckpointQuestionSchema = z.strictObject({
  id,
  wording: z
    .string()
    .max(ALIGNMENT_LIMITS.wording, `A question can be at most ${ALIGNMENT_LIMITS.wording} characters.`)
    .refine((s) => s.trim().length > 0, 'A question cannot be empty.'),
});

export const CheckpointAnswerSchema = z.strictObject({
  questionId: id,
  /** 1 "Not at all" … 5 "Completely"; null when the person left the scale and only commented. */
  score: z.number().int().min(1).max(5).nullable(),
  comment: z.string().max(ALIGNMENT_LIMITS.comment),
  /** Only in a named checkpoint: an anonymous one stores no link to a person. */
  participantId: id.optional(),
});
export type StoredCheckpointAnswer = z.infer<typeof CheckpointAnswerSchema>;

export const CHECKPOINT_STATUSES = ['open', 'revealed'] as const;

export const Checkpoint = z
  .strictObject({
    id,
    title: z
      .string()
      .max(LIMITS.name, `A checkpoint title can be at most ${LIMITS.name} characters.`)
      .refine((s) => s.trim().length > 0, 'A checkpoint title cannot be empty.'),
    createdAt: z.iso.datetime({ offset: true }),
    status: z.enum(CHECKPOINT_STATUSES),
    anonymous: z.boolean(),
    questions: z.array(CheckpointQuestionSchema).min(1).max(ALIGNMENT_LIMITS.questions),
    answeredBy: z.array(id).max(LIMITS.participants),
    answers: z.array(CheckpointAnswerSchema).max(ALIGNMENT_LIMITS.answers),
  })
  .superRefine((c, ctx) => {
    const problem = (message: string) => ctx.addIssue({ code: 'custom', message });
    const questionIds = new Set(c.questions.map((q) => q.id));
    if (questionIds.size !== c.questions.length) problem('Two of its questions share one identifier.');
    if (new Set(c.answeredBy).size !== c.answeredBy.length)
      problem('It lists one person as answering twice.');
    if (c.answers.some((a) => !questionIds.has(a.questionId)))
      problem('An answer is for a question it does not ask.');
    const answered = new Set(c.answeredBy);
    if (c.anonymous) {
      // The one rule the whole design exists for: an anonymous answer names nobody.
      if (c.answers.some((a) => a.participantId !== undefined))
        problem('It is anonymous, yet an answer names who gave it.');
    } else {
      const seen = new Set<string>();
      for (const a of c.answers) {
        if (a.participantId === undefined || !answered.has(a.participantId)) {
          problem('It is named, yet an answer is not from someone who answered.');
          break;
        }
        const key = `${a.participantId}\u0000${a.questionId}`;
        if (seen.has(key)) {
          problem('One person answered one of its questions twice.');
          break;
        }
        seen.add(key);
      }
    }
  });
export type Checkpoint = z.infer<typeof Checkpoint>;
