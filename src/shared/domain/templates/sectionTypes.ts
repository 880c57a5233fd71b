import type { SectionType, TemplateKind } from './schema';

export type SectionTypeInfo = {
  label: string;
  /** What the section holds in the QBR document, in one line. */
  description: string;
  /** The title and prompts a newly added section of this type starts with. */
  defaultTitle: string;
  defaultPrompts: readonly string[];
  /** The timebox a new section of this type starts with, if any. */
  defaultMinutes: number | null;
};

export const SECTION_TYPE_INFO: Record<SectionType, SectionTypeInfo> = {
  title: {
    label: 'Title',
    description: 'The opening slide: what this review is, for whom, and when.',
    defaultTitle: 'Title',
    defaultPrompts: ['Team or business unit, period and date.', 'Who is in the room, and who decides.'],
    defaultMinutes: null,
  },
  text: {
    label: 'Text',
    description: 'Free text: a summary, a narrative, a question for the room.',
    defaultTitle: 'Notes',
    defaultPrompts: [],
    defaultMinutes: null,
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
  },
  decisions: {
    label: 'Decisions',
    description: 'The decision log: choice, rationale, alternatives rejected, dissent, owner.',
    defaultTitle: 'Decision log',
    defaultPrompts: [
      'Each decision: what was chosen, why, the alternatives rejected, recorded dissent, owner and date.',
    ],
    defaultMinutes: null,
  },
  'action-items': {
    label: 'Action items',
    description: 'Who does what by when, linked to the decision it serves.',
    defaultTitle: 'Action items',
    defaultPrompts: ['Each action: owner, due date, and the decision it serves.'],
    defaultMinutes: null,
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
  },
  alignment: {
    label: 'Alignment',
    description: 'A question that tests whether the leadership team is really aligned.',
    defaultTitle: 'Alignment check',
    defaultPrompts: ['Answer privately first, then compare answers in the room.'],
    defaultMinutes: null,
  },
  agenda: {
    label: 'Agenda',
    description: 'An agenda block of a meeting, with its timebox.',
    defaultTitle: 'Agenda',
    defaultPrompts: ['The outcome this block must produce.'],
    defaultMinutes: 30,
  },
  appendix: {
    label: 'Appendix',
    description: 'Supporting material that the main deck does not depend on.',
    defaultTitle: 'Appendix',
    defaultPrompts: ['Detailed data and definitions; nothing here should be needed to follow the deck.'],
    defaultMinutes: null,
  },
};

export const TEMPLATE_KIND_LABELS: Record<TemplateKind, string> = {
  qbr: 'QBR',
  'annual-review': 'Annual review',
  offsite: 'Offsite',
  alignment: 'Alignment check',
  focus: 'Quarterly focus',
  other: 'Other',
};

/** The section's title as shown: its own, or its type's name when left empty. */
export function sectionHeading(section: { type: SectionType; title: string }): string {
  const title = section.title.trim();
  return title.length > 0 ? title : SECTION_TYPE_INFO[section.type].label;
}

/** "45 min", "1 h", "5 h 45 min": how a facilitator writes a timebox. */
export function formatMinutes(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

/** The sum of the sections' timeboxes, or null when none has one. */
export function totalMinutes(sections: ReadonlyArray<{ minutes: number | null }>): number | null {
  const boxed = sections.filter((s) => s.minutes !== null);
  return boxed.length === 0 ? null : boxed.reduce((sum, s) => sum + (s.minutes ?? 0), 0);
}
