import { z } from 'zod';

/**
 * The QBR deck as stored in the workspace: an ordered list of sections made from a
 * template. Sections that come from the workshop (ranking, board, decisions, focus) store
 * only what the facilitator chose (which round, a comment); their content is computed
 * from the workspace when the deck is shown or exported, so it stays live.
 */
export const DECK_LIMITS = {
  sections: 60,
  title: 200,
  markdown: 20_000,
  rows: 200,
  cell: 300,
  unit: 20,
} as const;

const id = z.string().min(1).max(64);
const title = z
  .string()
  .max(DECK_LIMITS.title, `A section title can be at most ${DECK_LIMITS.title} characters.`);
/** Markdown written by the facilitator: body of a text section, or a comment under a chart. */
const markdown = z
  .string()
  .max(DECK_LIMITS.markdown, `A section's text can be at most ${DECK_LIMITS.markdown} characters.`);
const cell = z.string().max(DECK_LIMITS.cell);
const figure = z.number().finite().nullable();

export const KpiRow = z.strictObject({
  id,
  metric: cell,
  unit: z.string().max(DECK_LIMITS.unit),
  target: figure,
  actual: figure,
  prior: figure,
  /** Revenue: higher is better. Churn or cost: lower is better. */
  better: z.enum(['higher', 'lower']),
  comment: cell,
});
export type KpiRow = z.infer<typeof KpiRow>;

export const COMMITMENT_GRADES = ['done', 'partly', 'missed', 'ungraded'] as const;
export type CommitmentGrade = (typeof COMMITMENT_GRADES)[number];
export const CommitmentRow = z.strictObject({
  id,
  commitment: cell,
  owner: z.string().max(120),
  grade: z.enum(COMMITMENT_GRADES),
  comment: cell,
});
export type CommitmentRow = z.infer<typeof CommitmentRow>;

const base = { id, title, markdown };
export const DeckSection = z.discriminatedUnion('type', [
  z.strictObject({ ...base, type: z.literal('title'), subtitle: z.string().max(DECK_LIMITS.title) }),
  z.strictObject({ ...base, type: z.enum(['text', 'agenda', 'appendix']) }),
  z.strictObject({ ...base, type: z.enum(['ranking-result', 'alignment']), roundId: id.nullable() }),
  z.strictObject({
    ...base,
    type: z.enum([
      'board-snapshot',
      'decisions',
      'action-items',
      'priorities-focus',
      'risks-dependencies',
      'agenda-plan',
      'time-spent',
      'parking-lot',
      'trends',
      'team-messages',
      'cascade',
    ]),
  }),
  z.strictObject({ ...base, type: z.literal('kpi-scorecard'), rows: z.array(KpiRow).max(DECK_LIMITS.rows) }),
  z.strictObject({
    ...base,
    type: z.literal('commitments-review'),
    rows: z.array(CommitmentRow).max(DECK_LIMITS.rows),
  }),
]);
export type DeckSection = z.infer<typeof DeckSection>;
export type DeckSectionType = DeckSection['type'];

export const Deck = z.strictObject({
  /** The template the deck was made from, for the record; the sections are the deck's own. */
  templateId: id.nullable(),
  /** "Confidential" in every slide's footer; on unless the facilitator turns it off. */
  confidential: z.boolean(),
  sections: z.array(DeckSection).max(DECK_LIMITS.sections),
});
export type Deck = z.infer<typeof Deck>;
