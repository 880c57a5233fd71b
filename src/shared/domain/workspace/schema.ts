import { z } from 'zod';
import { Agenda, ParkingLot } from './agendaSchema';
import { ALIGNMENT_LIMITS, Checkpoint } from './alignmentSchema';
import { Board, ExtraScores } from './boardSchema';
import { ActionItem, Decision, DECISION_LIMITS } from './decisionSchema';
import { Deck } from './deckSchema';
import { linkKey } from './linkKey';
import { Round } from './roundSchema';
import { STATEMENT_LIMITS, StatementCheck } from './statementCheckSchema';
import { SUPPORT_LIMITS, SupportCheck } from './supportCheckSchema';
import { AgreedMessages, CarriedIn, Series, SuccessDefinition } from './seriesSchema';
import { Cascade } from '../cascade/cascadeSchema';
import { TRANSLATION_LIMITS, TranslationCheck } from '../translation/translationCheckSchema';
import { HORIZONS, LIMITS } from './limits';

/** Kept here too: every caller reads the workspace's limits from the schema. */
export { HORIZONS, LIMITS } from './limits';

/**
 * The workspace file (`workspace.json`) as the current app writes it.
 * Every string has a length cap and every object is strict, so a hostile or damaged
 * file is refused by validation instead of reaching the UI (docs/quality.md V2).
 * Changing this shape means a new schema version and a migration in `migrations.ts`.
 */
export const CURRENT_SCHEMA_VERSION = 10;

const id = z.string().min(1).max(LIMITS.id);
const isoDate = z.iso.datetime({ offset: true });
const trimmedName = (max: number, what: string) =>
  z
    .string()
    .max(max, `${what} can be at most ${max} characters.`)
    .refine((s) => s.trim().length > 0, `${what} cannot be empty.`);

export const WORKSPACE_KINDS = ['offsite', 'qbr', 'annual-review'] as const;
export const WorkspaceKind = z.enum(WORKSPACE_KINDS);
export type WorkspaceKind = z.infer<typeof WorkspaceKind>;

export const Colour = z.string().regex(/^#[0-9a-f]{6}$/i, 'Colours are written as #rrggbb.');

export const Participant = z.strictObject({
  id,
  name: trimmedName(LIMITS.shortText, 'A participant name'),
  role: z.string().max(LIMITS.shortText),
  department: z.string().max(LIMITS.shortText),
  colour: Colour,
  isFacilitator: z.boolean(),
  /** The facilitator does not vote unless asked to; everyone else votes by default. */
  votes: z.boolean(),
});
export type Participant = z.infer<typeof Participant>;

export const PRIORITY_STATUSES = ['candidate', 'committed', 'deferred', 'dropped'] as const;
const score = z.number().min(0).max(10);

export const Priority = z.strictObject({
  id,
  title: trimmedName(LIMITS.name, 'A priority title'),
  description: z.string().max(LIMITS.longText),
  owner: z.string().max(LIMITS.shortText),
  department: z.string().max(LIMITS.shortText),
  impact: score,
  effort: score,
  horizon: z.enum(HORIZONS),
  status: z.enum(PRIORITY_STATUSES),
  /** Scores for the board's other axes (urgency, value, risk…); absent until placed. */
  scores: ExtraScores,
});
export type Priority = z.infer<typeof Priority>;

export const LINK_KINDS = ['depends-on', 'conflicts-with', 'trades-off', 'supports'] as const;
export const Link = z.strictObject({
  id,
  from: id,
  to: id,
  kind: z.enum(LINK_KINDS),
  /** The stated cost of a trade-off ("Launch EU slips 6 weeks"); empty for other kinds. */
  cost: z.string().max(500),
});
export type Link = z.infer<typeof Link>;

export const WorkspaceShape = z.strictObject({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  id,
  name: trimmedName(LIMITS.name, 'The workspace name'),
  kind: WorkspaceKind,
  period: z.string().max(LIMITS.period),
  organisation: z.string().max(LIMITS.name),
  createdAt: isoDate,
  updatedAt: isoDate,
  participants: z.array(Participant).max(LIMITS.participants),
  priorities: z.array(Priority).max(LIMITS.priorities),
  links: z.array(Link).max(LIMITS.links),
  /** The QBR template the workspace started from (app-wide templates live in IndexedDB). */
  templateId: id.nullable(),
  /** The quarter's single operational focus: one committed priority, or none yet. */
  focusPriorityId: id.nullable(),
  rounds: z.array(Round).max(LIMITS.rounds),
  board: Board,
  decisions: z.array(Decision).max(DECISION_LIMITS.decisions),
  actionItems: z.array(ActionItem).max(DECISION_LIMITS.actionItems),
  /** The QBR deck, once the facilitator has made one. */
  deck: Deck.nullable(),
  /**
   * The facilitator's speaker notes, by what they are about: a deck section's id, a
   * round's id, or "title"/"board". Shown on the presenter console only, never sent to
   * the audience window.
   */
  speakerNotes: z
    .record(id, z.string().max(LIMITS.longText))
    .refine((notes) => Object.keys(notes).length <= LIMITS.speakerNotes, 'Too many speaker notes.'),
  /** The day's plan, its timer and the time actually spent (agendaSchema.ts). */
  agenda: Agenda,
  /** What the room set aside to come back to, and where each item went. */
  parkingLot: ParkingLot,
  /** The quarter series it belongs to and the quarter before it, by id (seriesSchema.ts). */
  series: Series.nullable(),
  /** "What every team will hear": the one shared version of up to three messages. */
  agreedMessages: AgreedMessages,
  /** What would mean the focus succeeded, agreed by the room; graded next quarter. */
  successDefinition: SuccessDefinition.nullable(),
  /** What the previous quarter handed on to grade; null when not made as a next quarter. */
  carriedIn: CarriedIn.nullable(),
  /**
   * Each department's contributions to the committed priorities (cascade/cascadeSchema.ts).
   * A contribution's priorities are soft links like the agenda's: a deleted card is
   * unlinked, and a link left to one reads as "a priority that no longer exists", so no
   * edit of a priority can block a save.
   */
  cascade: Cascade,
  /**
   * Alignment checkpoints (alignmentSchema.ts): questions answered privately on a 1–5 scale.
   * An anonymous one keeps its answers unlinked from the people who answered.
   */
  checkpoints: z.array(Checkpoint).max(ALIGNMENT_LIMITS.checkpoints),
  /**
   * Translation checks (translation/translationCheckSchema.ts): ballot files handed to the
   * departments and the replies counted. Department, priority and round ids in them are
   * soft links, like the agenda's: removing one never blocks a save.
   */
  translationChecks: z.array(TranslationCheck).max(TRANSLATION_LIMITS.checks),
  /**
   * The same-message and success checks (statementCheckSchema.ts): drafts written privately,
   * revealed side by side; what the room agrees is kept in agreedMessages / successDefinition.
   */
  statementChecks: z.array(StatementCheck).max(STATEMENT_LIMITS.checks),
  /** Department support matrices (supportCheckSchema.ts): 1–5 ratings of the support each department gets. */
  supportChecks: z.array(SupportCheck).max(SUPPORT_LIMITS.checks),
});

/** Cross-references must hold: unique ids, links between existing, distinct priorities. */
export const Workspace = WorkspaceShape.superRefine((w, ctx) => {
  const seen = new Set<string>();
  const unique = (list: ReadonlyArray<{ id: string }>, what: string) => {
    for (const item of list) {
      // Ids are never shown on screen; two equal ones mean the file was edited by hand or damaged.
      if (seen.has(item.id))
        ctx.addIssue({ code: 'custom', message: `Two ${what} entries share one identifier.` });
      seen.add(item.id);
    }
  };
  unique(w.participants, 'participant');
  unique(w.priorities, 'priority');
  unique(w.links, 'link');
  unique(w.rounds, 'round');
  unique(w.board.notes, 'note');
  unique(w.decisions, 'decision');
  unique(w.actionItems, 'action item');
  if (w.deck) unique(w.deck.sections, 'deck section');
  unique(w.agenda.days, 'agenda day');
  unique(w.agenda.blocks, 'agenda block');
  unique(w.parkingLot, 'parking lot');
  unique(w.carriedIn?.commitments ?? [], 'carried commitment');
  unique(w.checkpoints, 'checkpoint');
  unique(w.translationChecks, 'translation check');
  unique(w.statementChecks, 'written check');
  unique(w.supportChecks, 'support matrix');
  agendaProblems(w).forEach((message) => ctx.addIssue({ code: 'custom', message }));
  seriesProblems(w).forEach((message) => ctx.addIssue({ code: 'custom', message }));
  const priorityIds = new Set(w.priorities.map((p) => p.id));
  const participantIds = new Set(w.participants.map((p) => p.id));
  const roundIds = new Set(w.rounds.map((r) => r.id));
  if (w.focusPriorityId !== null && !priorityIds.has(w.focusPriorityId)) {
    ctx.addIssue({ code: 'custom', message: 'The focus is a priority that does not exist.' });
  }
  for (const round of w.rounds) {
    const items = new Set(round.itemIds);
    if (items.size !== round.itemIds.length || round.itemIds.some((i) => !priorityIds.has(i))) {
      ctx.addIssue({
        code: 'custom',
        message: `Round "${round.question}" lists an item twice or one that does not exist.`,
      });
    }
    if (round.previousRoundId !== null && !roundIds.has(round.previousRoundId)) {
      ctx.addIssue({
        code: 'custom',
        message: `Round "${round.question}" re-votes a round that does not exist.`,
      });
    }
    const voters = new Set<string>();
    for (const ballot of round.ballots) {
      if (!participantIds.has(ballot.participantId) || voters.has(ballot.participantId)) {
        ctx.addIssue({
          code: 'custom',
          message: `Round "${round.question}" has a ballot from an unknown or repeated voter.`,
        });
      }
      voters.add(ballot.participantId);
    }
  }
  const decisionIds = new Set(w.decisions.map((d) => d.id));
  for (const decision of w.decisions) {
    if (decision.priorityIds.some((p) => !priorityIds.has(p))) {
      ctx.addIssue({
        code: 'custom',
        message: `Decision "${decision.what}" links a priority that does not exist.`,
      });
    }
  }
  for (const item of w.actionItems) {
    if (item.decisionId !== null && !decisionIds.has(item.decisionId)) {
      ctx.addIssue({
        code: 'custom',
        message: `Action item "${item.text}" belongs to a decision that does not exist.`,
      });
    }
  }
  for (const section of w.deck?.sections ?? []) {
    if ('roundId' in section && section.roundId !== null && !roundIds.has(section.roundId)) {
      ctx.addIssue({
        code: 'custom',
        message: `Deck section "${section.title}" shows a round that does not exist.`,
      });
    }
  }
  const titles = new Map(w.priorities.map((p) => [p.id, p.title]));
  const linkKeys = new Set<string>();
  w.links.forEach((link, index) => {
    const from = titles.get(link.from);
    const to = titles.get(link.to);
    const name = from && to ? `The link from “${from}” to “${to}”` : `Link ${index + 1}`;
    const key = linkKey(link);
    if (linkKeys.has(key)) ctx.addIssue({ code: 'custom', message: `${name} repeats another link.` });
    linkKeys.add(key);
    if (from === undefined || to === undefined) {
      ctx.addIssue({ code: 'custom', message: `${name} points to a priority that does not exist.` });
    } else if (link.from === link.to) {
      ctx.addIssue({ code: 'custom', message: `${name} links a priority to itself.` });
    }
  });
});
export type Workspace = z.infer<typeof Workspace>;

/** The agenda's own references hold: each block on a day of the agenda, no minimum above its length. */
function agendaProblems(w: z.infer<typeof WorkspaceShape>): string[] {
  const problems: string[] = [];
  const days = new Set(w.agenda.days.map((d) => d.id));
  const blocks = new Set(w.agenda.blocks.map((b) => b.id));
  for (const day of w.agenda.days) {
    if (day.end <= day.start) problems.push('An agenda day ends before it starts.');
  }
  for (const block of w.agenda.blocks) {
    if (!days.has(block.dayId))
      problems.push(`Agenda block "${block.title}" is on a day that does not exist.`);
    if (block.minMinutes > block.minutes) {
      problems.push(`Agenda block "${block.title}": its shortest length is longer than the block.`);
    }
  }
  if (w.agenda.run.blockId !== null && !blocks.has(w.agenda.run.blockId)) {
    problems.push('The timer runs a block that does not exist.');
  }
  return problems;
}

/**
 * A quarter cannot follow itself. The success definition's priority is not checked: like
 * an agenda link it is soft (a deleted card reads as no definition), so no edit of a
 * priority can block a save.
 */
function seriesProblems(w: z.infer<typeof WorkspaceShape>): string[] {
  const problems: string[] = [];
  if (w.series?.previous?.workspaceId === w.id) {
    problems.push('The workspace is linked as its own previous quarter.');
  }
  if (w.carriedIn?.fromWorkspaceId === w.id) {
    problems.push('The workspace carries commitments in from itself.');
  }
  return problems;
}

/** What the New workspace form asks for. */
export const NewWorkspaceInput = z.strictObject({
  name: trimmedName(LIMITS.name, 'The workspace name'),
  kind: WorkspaceKind,
  period: z.string().max(LIMITS.period),
  organisation: z.string().max(LIMITS.name),
  /** The template the workspace starts from; none when left out. */
  templateId: z.string().max(64).nullable().optional(),
});
export type NewWorkspaceInput = z.infer<typeof NewWorkspaceInput>;
