import { z } from 'zod';
import { LIMITS } from './limits';
import { SERIES_LIMITS } from './seriesSchema';

/**
 * The two written checks as saved in the workspace: each executive privately writes
 *  - 'messages': the (up to) three messages they will give their own team, or
 *  - 'success': the metric and target that would mean the quarter's focus succeeded;
 * then the drafts are revealed side by side and the room agrees one version, which is stored
 * where the rest of the app reads it (`agreedMessages`, `successDefinition`), not here.
 *
 * Drafts follow the checkpoint's rule for privacy (alignmentSchema.ts): `answeredBy` says who
 * has written (to show progress and refuse a second draft) and the drafts are a separate list.
 * A named check (the default: each leader will say these words to their own team, so who wrote
 * which version is the point of the comparison) stores `participantId` with each draft; an
 * anonymous one stores none and keeps its drafts sorted by content, so the saved order does
 * not tell who wrote first.
 */
export const STATEMENT_LIMITS = {
  checks: 50,
  messages: SERIES_LIMITS.agreedMessages,
  message: SERIES_LIMITS.message,
  metric: SERIES_LIMITS.metric,
  target: SERIES_LIMITS.target,
} as const;

export const STATEMENT_KINDS = ['messages', 'success'] as const;
export type StatementKind = (typeof STATEMENT_KINDS)[number];
export const STATEMENT_STATUSES = ['open', 'revealed'] as const;

const id = z.string().min(1).max(LIMITS.id);
const written = (max: number, what: string) =>
  z
    .string()
    .max(max, `${what} can be at most ${max} characters.`)
    .refine((s) => s.trim().length > 0, `${what} cannot be empty.`);

export const MessageDraft = z.strictObject({
  messages: z
    .array(written(STATEMENT_LIMITS.message, 'A message'))
    .min(1, 'Write at least one message.')
    .max(STATEMENT_LIMITS.messages, `At most ${STATEMENT_LIMITS.messages} messages.`),
  participantId: id.optional(),
});
export type MessageDraft = z.infer<typeof MessageDraft>;

export const SuccessDraft = z.strictObject({
  metric: written(STATEMENT_LIMITS.metric, 'A metric'),
  target: written(STATEMENT_LIMITS.target, 'A target'),
  participantId: id.optional(),
});
export type SuccessDraft = z.infer<typeof SuccessDraft>;

const common = {
  id,
  title: z
    .string()
    .max(LIMITS.name, `A check's title can be at most ${LIMITS.name} characters.`)
    .refine((s) => s.trim().length > 0, 'A check needs a title.'),
  createdAt: z.iso.datetime({ offset: true }),
  status: z.enum(STATEMENT_STATUSES),
  anonymous: z.boolean(),
  answeredBy: z.array(id).max(LIMITS.participants),
};

export const MessagesCheck = z.strictObject({
  ...common,
  kind: z.literal('messages'),
  drafts: z.array(MessageDraft).max(LIMITS.participants),
});
export const SuccessCheck = z.strictObject({
  ...common,
  kind: z.literal('success'),
  /** The priority the room is defining success for (the focus when the check began); a soft link. */
  priorityId: id,
  drafts: z.array(SuccessDraft).max(LIMITS.participants),
});

export const StatementCheck = z
  .discriminatedUnion('kind', [MessagesCheck, SuccessCheck])
  .superRefine((c, ctx) => {
    const problem = (message: string) => ctx.addIssue({ code: 'custom', message });
    if (new Set(c.answeredBy).size !== c.answeredBy.length) problem('It lists one person as writing twice.');
    if (c.drafts.length > c.answeredBy.length) problem('It holds more drafts than people who wrote.');
    const named = c.drafts.filter((d) => d.participantId !== undefined);
    if (c.anonymous) {
      if (named.length > 0) problem('It is anonymous, yet a draft names who wrote it.');
    } else {
      const answered = new Set(c.answeredBy);
      const seen = new Set<string>();
      for (const d of c.drafts) {
        if (d.participantId === undefined || !answered.has(d.participantId)) {
          problem('It is named, yet a draft is not from someone who wrote.');
          break;
        }
        if (seen.has(d.participantId)) {
          problem('One person has two drafts.');
          break;
        }
        seen.add(d.participantId);
      }
    }
  });
export type StatementCheck = z.infer<typeof StatementCheck>;
export type MessagesCheck = z.infer<typeof MessagesCheck>;
export type SuccessCheck = z.infer<typeof SuccessCheck>;
