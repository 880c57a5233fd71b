import type { SectionType } from '../templates/schema';
import type { DeckSection, DeckSectionType, Workspace } from '../workspace';
import { agendaPlanSlides, parkingLotSlides, timeSpentSlides, type DeckBuildOptions } from './agendaSlides';
import { boardSlides, textSlides, titleSlides } from './basicSlides';
import { alignmentSlides, rankingSlides } from './rankingSlides';
import { newestRevealedRound } from './rounds';
import type { Slide } from './slideTypes';
import { cascadeSlides, messagesSlides } from './teamSlides';
import { trendSlides } from './trendSlides';
import {
  actionItemSlides,
  commitmentSlides,
  decisionSlides,
  kpiSlides,
  prioritiesSlides,
  riskSlides,
} from './workspaceSlides';

/**
 * Every deck section type, described once: how templates name and prompt it, where its
 * content comes from, how a new one starts and which slides it becomes. Adding a type
 * means its name in SECTION_TYPES (templates/schema.ts), its member of DeckSection
 * (workspace/deckSchema.ts), an entry here, and its editor in the QBR feature's
 * SECTION_EDITORS; the compiler points at whichever is missing.
 */

/** A section narrowed to one type (several types share a member of the union, so Extract would miss). */
export type SectionOf<T extends DeckSectionType> = DeckSection & { type: T };

/** What the section's own markdown is: its body, a note under the cover title, or a comment on a live slide. */
export type MarkdownRole = 'body' | 'cover-note' | 'comment';

export type SectionTypeSpec<T extends DeckSectionType> = {
  label: string;
  /** What the section holds in the QBR document, in one line. */
  description: string;
  /** The title and prompts a newly added section of this type starts with. */
  defaultTitle: string;
  defaultPrompts: readonly string[];
  /** The timebox a new section of this type starts with, if any. */
  defaultMinutes: number | null;
  markdown: MarkdownRole;
  /** Where a live section's content comes from and where to change it; null for written sections. */
  liveSource: ((workspace: Workspace) => string) | null;
  /** A new section: `title` is the template's (or the default), `prompts` its guidance. */
  create: (start: SectionStart) => SectionOf<T>;
  slides: (workspace: Workspace, section: SectionOf<T>, options: DeckBuildOptions) => Slide[];
};

export type SectionStart = { id: string; workspace: Workspace; title: string; prompts: readonly string[] };

/** The deck's types and the templates' types are one list: this fails to compile when they part. */
type SameTypes = [SectionType] extends [DeckSectionType]
  ? [DeckSectionType] extends [SectionType]
    ? true
    : 'a deck section type is missing from SECTION_TYPES'
  : 'a template section type has no DeckSection member';
const sameTypes: SameTypes = true;
void sameTypes;

const KIND_SUBTITLES: Record<Workspace['kind'], string> = {
  qbr: 'Quarterly business review',
  offsite: 'Leadership offsite',
  'annual-review': 'Annual review',
};

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Template prompts become the starting text of a section written in full: a bullet per prompt, to be replaced. */
export function promptsAsMarkdown(prompts: readonly string[]): string {
  return prompts.map((p) => `- ${p.replace(/\s+/g, ' ').trim()}`).join('\n');
}

/** A live section starts with no text of its own: its content comes from the workspace. */
const live = <T extends DeckSectionType>(type: T) => ({
  create: ({ id, title }: SectionStart) => ({ id, type, title, markdown: '' }) as SectionOf<T>,
});
const written = <T extends 'text' | 'agenda'>(type: T) => ({
  markdown: 'body' as const,
  liveSource: null,
  create: ({ id, title, prompts }: SectionStart) =>
    ({ id, type, title, markdown: promptsAsMarkdown(prompts) }) as SectionOf<T>,
  slides: (_w: Workspace, section: SectionOf<T>) => textSlides(section),
});
const roundPicked = <T extends 'ranking-result' | 'alignment'>(type: T) => ({
  markdown: 'comment' as const,
  create: ({ id, title, workspace }: SectionStart) =>
    ({ id, type, title, markdown: '', roundId: newestRevealedRound(workspace) }) as SectionOf<T>,
});
const rowsTable = <T extends 'kpi-scorecard' | 'commitments-review'>(type: T) => ({
  markdown: 'comment' as const,
  liveSource: null,
  create: ({ id, title }: SectionStart) => ({ id, type, title, markdown: '', rows: [] }) as SectionOf<T>,
});

export const SECTION_CATALOGUE = {
  title: {
    label: 'Title',
    description: 'The opening slide: what this review is, for whom, and when.',
    defaultTitle: 'Title',
    defaultPrompts: ['Team or business unit, period and date.', 'Who is in the room, and who decides.'],
    defaultMinutes: null,
    markdown: 'cover-note',
    liveSource: null,
    // The slide shows the workspace's name; a template's own title for it becomes the subtitle.
    create: ({ id, title, workspace }) => {
      const custom = title.trim() && title.trim() !== 'Title';
      const subtitle = custom ? title.trim() : KIND_SUBTITLES[workspace.kind];
      return { id, type: 'title', title: workspace.name, subtitle, markdown: '' };
    },
    slides: titleSlides,
  },
  text: {
    label: 'Text',
    description: 'Free text: a summary, a narrative, a question for the room.',
    defaultTitle: 'Notes',
    defaultPrompts: [],
    defaultMinutes: null,
    ...written('text'),
  },
  'kpi-scorecard': {
    label: 'KPI scorecard',
    description: 'Each KPI with actual, target, prior period and a status.',
    defaultTitle: 'KPI scorecard',
    defaultPrompts: [
      'For each KPI: actual, target, prior period, and status (on track, at risk, off track).',
      'Keep the same KPIs as last time; explain any you added or removed.',
    ],
    defaultMinutes: null,
    ...rowsTable('kpi-scorecard'),
    slides: (_w, section) => kpiSlides(section),
  },
  'commitments-review': {
    label: 'Commitments review',
    description: 'What was committed last time, graded honestly.',
    defaultTitle: 'Last period’s commitments',
    defaultPrompts: [
      'List every commitment made last time, in its original wording.',
      'Grade each: done, partly done, not done, or dropped (and who decided to drop it).',
    ],
    defaultMinutes: null,
    ...rowsTable('commitments-review'),
    // A quarter made as the next one grades what it carried in on the Setup tab: with no rows
    // of its own, the section shows those, live, so the deck and the trends agree.
    slides: (w, section) => commitmentSlides(withCarriedCommitments(w, section)),
  },
  'ranking-result': {
    label: 'Ranking result',
    description: 'The consensus order from the workspace’s ranking rounds, and how aligned the team is.',
    defaultTitle: 'Ranking result and alignment',
    defaultPrompts: [
      'The consensus order and the method used.',
      'How aligned the team is, and which items were contested.',
    ],
    defaultMinutes: null,
    ...roundPicked('ranking-result'),
    liveSource: () =>
      'The consensus order, how aligned the team is and the contested items come from the chosen round (Ranking tab).',
    slides: rankingSlides,
  },
  'board-snapshot': {
    label: 'Board snapshot',
    description: 'The trade-off board as it stood when the decisions were made.',
    defaultTitle: 'Trade-offs',
    defaultPrompts: [
      'Each trade-off stated explicitly: we choose X over Y, and the cost we accept.',
      'What fits the quarter’s capacity, and what was cut to make it fit.',
    ],
    defaultMinutes: null,
    markdown: 'comment',
    ...live('board-snapshot'),
    liveSource: (w) =>
      `The trade-off board as it stands now: ${plural(w.priorities.length, 'card')} and ${plural(w.links.length, 'link')}. Change it in the Board tab.`,
    slides: boardSlides,
  },
  decisions: {
    label: 'Decisions',
    description: 'The decision log: choice, rationale, alternatives rejected, dissent, owner.',
    defaultTitle: 'Decision log',
    defaultPrompts: [
      'Each decision: what was chosen, why, the alternatives rejected, recorded dissent, owner and date.',
    ],
    defaultMinutes: null,
    markdown: 'comment',
    ...live('decisions'),
    liveSource: (w) =>
      `The decision log: ${plural(w.decisions.length, 'decision')}. Add or change them in the Decisions tab.`,
    slides: decisionSlides,
  },
  'action-items': {
    label: 'Action items',
    description: 'Who does what by when, linked to the decision it serves.',
    defaultTitle: 'Action items',
    defaultPrompts: ['Each action: owner, due date, and the decision it serves.'],
    defaultMinutes: null,
    markdown: 'comment',
    ...live('action-items'),
    liveSource: (w) =>
      `The action items: ${plural(w.actionItems.length, 'item')}. Add or change them in the Decisions tab.`,
    slides: actionItemSlides,
  },
  'risks-dependencies': {
    label: 'Risks and dependencies',
    description: 'Risks, open issues, and what departments need from each other.',
    defaultTitle: 'Risks, issues and dependencies',
    defaultPrompts: [
      'Risks: what might happen, likelihood, impact, owner, mitigation.',
      'Dependencies: what we need from other departments and by when; what they need from us.',
    ],
    defaultMinutes: null,
    markdown: 'comment',
    ...live('risks-dependencies'),
    liveSource: () =>
      'The dependencies, conflicts and trade-offs linked in the Board tab, with their stated cost.',
    slides: riskSlides,
  },
  'priorities-focus': {
    label: 'Priorities and focus',
    description: 'The committed priorities and the single operational focus.',
    defaultTitle: 'Priorities and focus',
    defaultPrompts: [
      'The committed priorities, each with an owner and a measurable outcome.',
      'The single focus: if we only get one thing right, it is this.',
    ],
    defaultMinutes: null,
    markdown: 'comment',
    ...live('priorities-focus'),
    liveSource: (w) => {
      const committed = w.priorities.filter((p) => p.status === 'committed').length;
      const focus = w.priorities.find((p) => p.id === w.focusPriorityId);
      return `${plural(committed, 'committed priority', 'committed priorities')}; focus: ${focus ? `“${focus.title}”` : 'not chosen yet'}. Set them in the Priorities and Board tabs.`;
    },
    slides: prioritiesSlides,
  },
  alignment: {
    label: 'Alignment',
    description: 'A question that tests whether the leadership team is really aligned.',
    defaultTitle: 'Alignment check',
    defaultPrompts: ['Answer privately first, then compare answers in the room.'],
    defaultMinutes: null,
    ...roundPicked('alignment'),
    liveSource: () =>
      'Who agrees with whom and how far each person is from the consensus come from the chosen round (Ranking tab).',
    slides: alignmentSlides,
  },
  agenda: {
    label: 'Agenda block',
    description: 'An agenda block of a meeting, with its timebox.',
    defaultTitle: 'Agenda',
    defaultPrompts: ['The outcome this block must produce.'],
    defaultMinutes: 30,
    ...written('agenda'),
  },
  'agenda-plan': {
    label: 'Agenda (planned)',
    description: 'The planned agenda: each day’s blocks with their start, end and length.',
    defaultTitle: 'Agenda',
    defaultPrompts: ['What the day is for, and what the room must leave with.'],
    defaultMinutes: null,
    markdown: 'comment',
    ...live('agenda-plan'),
    liveSource: (w) =>
      `The agenda as planned: ${plural(w.agenda.blocks.length, 'block')} over ${plural(w.agenda.days.length, 'day')}, times in ${w.agenda.timeZone}. Plan it in the Agenda tab.`,
    slides: agendaPlanSlides,
  },
  'time-spent': {
    label: 'Where our time went',
    description: 'Planned against actual minutes per block, and the minutes spent on each priority.',
    defaultTitle: 'Where our time went',
    defaultPrompts: ['Where the time went against the plan, and what the contested items cost.'],
    defaultMinutes: null,
    markdown: 'comment',
    ...live('time-spent'),
    liveSource: (w) => {
      const run = w.agenda.blocks.filter((b) => b.spentMs > 0 || b.done).length;
      return `The time the agenda’s timer recorded: ${plural(run, 'block')} run so far. Run the blocks from the Agenda tab.`;
    },
    slides: timeSpentSlides,
  },
  'parking-lot': {
    label: 'Parking lot',
    description: 'What was parked: the open items, and where each triaged one went.',
    defaultTitle: 'Parking lot',
    defaultPrompts: ['What is still open, and who takes each item from here.'],
    defaultMinutes: null,
    markdown: 'comment',
    ...live('parking-lot'),
    liveSource: (w) => {
      const open = w.parkingLot.filter((p) => p.outcome === 'open').length;
      return `The parking lot: ${plural(w.parkingLot.length, 'item')}, ${open} not triaged. Park and triage items from any screen.`;
    },
    slides: parkingLotSlides,
  },
  trends: {
    label: 'Alignment trends',
    description:
      'Quarter on quarter: ranking agreement, checkpoint scores, commitments completed, support, horizon balance and contested minutes.',
    defaultTitle: 'Alignment trends',
    defaultPrompts: ['What moved since last quarter, and what the team will do about it.'],
    defaultMinutes: null,
    markdown: 'comment',
    ...live('trends'),
    liveSource: (w) =>
      w.series
        ? 'This quarter’s figures against the earlier quarters of its series, as the Series tab shows them.'
        : 'This quarter’s own figures: it is not part of a series yet (make the next quarter from the Series tab).',
    slides: trendSlides,
  },
  'team-messages': {
    label: 'What every team will hear',
    description: 'The messages the room agreed every team will hear, and what success means.',
    defaultTitle: 'What every team will hear',
    defaultPrompts: ['The same words in every team meeting this week.'],
    defaultMinutes: null,
    markdown: 'comment',
    ...live('team-messages'),
    liveSource: (w) =>
      `${plural(w.agreedMessages.length, 'agreed message')}; success ${w.successDefinition ? 'defined' : 'not defined yet'}. Agree them in the same-message and success checks.`,
    slides: messagesSlides,
  },
  cascade: {
    label: 'Cascade',
    description: 'What each department contributes to each committed priority, and what to look at.',
    defaultTitle: 'Cascade',
    defaultPrompts: ['What each department will do for the committed priorities.'],
    defaultMinutes: null,
    markdown: 'comment',
    ...live('cascade'),
    liveSource: (w) =>
      `The cascade: ${plural(w.cascade.departments.length, 'department')} and ${plural(w.cascade.contributions.length, 'objective')}. Change it in the Cascade tab.`,
    slides: cascadeSlides,
  },
  appendix: {
    label: 'Appendix',
    description: 'Supporting material that the main deck does not depend on.',
    defaultTitle: 'Appendix',
    defaultPrompts: ['Detailed data and definitions; nothing here should be needed to follow the deck.'],
    defaultMinutes: null,
    markdown: 'body',
    liveSource: null,
    // Often left as it is: its prompt guides the author and must never be printed as if it were content.
    create: ({ id, title }) => ({ id, type: 'appendix', title, markdown: '' }),
    slides: (_w, section) => textSlides(section),
  },
} satisfies { [T in SectionType]: SectionTypeSpec<T> };

/** The spec of one type, typed for that type. */
export function sectionSpec<T extends DeckSectionType>(type: T): SectionTypeSpec<T> {
  return SECTION_CATALOGUE[type] as unknown as SectionTypeSpec<T>;
}

/** A section's slides, by its type's builder. */
export function sectionSlides(
  workspace: Workspace,
  section: DeckSection,
  options: DeckBuildOptions,
): Slide[] {
  return sectionSpec(section.type).slides(workspace, section, options);
}

/** The commitments-review section as shown: its own rows, or else what the quarter carried in, graded. */
export function withCarriedCommitments(
  w: Workspace,
  section: SectionOf<'commitments-review'>,
): SectionOf<'commitments-review'> {
  const carried = w.carriedIn?.commitments ?? [];
  if (section.rows.length > 0 || carried.length === 0) return section;
  return {
    ...section,
    rows: carried.map((c) => ({
      id: c.id,
      commitment: c.title,
      owner: c.owner,
      grade: c.grade,
      comment: '',
    })),
  };
}
