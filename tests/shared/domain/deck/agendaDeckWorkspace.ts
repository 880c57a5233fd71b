import {
  addBlock,
  addDay,
  parkItem,
  triageItem,
  updateDay,
  type Triage,
} from '../../../../src/shared/domain/agenda';
import { Workspace, type BlockKind, type DeckSection } from '../../../../src/shared/domain/workspace';
import { twoCampWorkspace } from '../../../support/twoCampWorkspace';

/**
 * A two-day offsite in Berlin after its first day: the two-camp ranking revealed (so some
 * priorities are contested), an agenda with lunch fixed at 12:30 on both days, a clash on
 * day two, long and non-Latin block titles, day one run with the timer (the last block
 * still running), and a parking lot of `parked` items, some triaged. The deck holds the
 * agenda, the time spent and the parking lot, each with a comment.
 */
export const DAY_ONE = '2027-01-15';
/** 15:40 in Berlin on day one (UTC+1): the debrief block has run for 10 minutes. */
export const NOW = Date.parse('2027-01-15T14:40:00Z');
const MIN = 60_000;

type Spec = {
  id: string;
  title: string;
  minutes: number;
  kind: BlockKind;
  fixedStart?: number;
  priorityIds?: string[];
  /** Minutes the timer counted (day one only). */
  spent?: number;
};

const DAY_ONE_BLOCKS: Spec[] = [
  { id: 'b1', title: 'Check-in: one sentence each', minutes: 30, kind: 'discussion', spent: 25 },
  {
    id: 'b2',
    title: 'Rank the bets for next quarter',
    minutes: 60,
    kind: 'ranking',
    priorityIds: ['item-A', 'item-L'],
    spent: 72,
  },
  { id: 'b3', title: 'Coffee', minutes: 15, kind: 'break', spent: 15 },
  {
    id: 'b4',
    title: 'Board: Launch in the EU against Enterprise SSO and what each costs the platform team',
    minutes: 60,
    kind: 'board',
    priorityIds: ['item-A', 'item-B'],
    spent: 12,
  },
  { id: 'b5', title: 'Lunch', minutes: 60, kind: 'break', fixedStart: 750, spent: 60 },
  {
    id: 'b6',
    title: '王芳：欧洲上线的风险与本季度的资源分配（法务、招聘与合作伙伴）',
    minutes: 45,
    kind: 'discussion',
    priorityIds: ['item-B'],
    spent: 12,
  },
  {
    id: 'b7',
    title: 'Łukasz Wróblewski: SSO rollout plan',
    minutes: 45,
    kind: 'qbr-review',
    priorityIds: ['item-B'],
    spent: 10,
  },
  { id: 'b8', title: 'Debrief and parking lot triage', minutes: 30, kind: 'checkpoint', spent: 0 },
];

const DAY_TWO_BLOCKS: Spec[] = [
  { id: 'c1', title: 'Ngozi Okonkwo-Adeyemi: what we heard overnight', minutes: 30, kind: 'discussion' },
  {
    id: 'c2',
    title: 'Re-vote on the contested items',
    minutes: 90,
    kind: 'ranking',
    priorityIds: ['item-A'],
  },
  { id: 'c3', title: 'Commit the top three and the single focus', minutes: 120, kind: 'discussion' },
  // Starts at 12:30 while the commit block runs to 13:00: a conflict, shown, never moved.
  { id: 'c4', title: 'Lunch', minutes: 60, kind: 'break', fixedStart: 750 },
  { id: 'c5', title: 'Messages to our teams', minutes: 60, kind: 'discussion' },
  { id: 'c6', title: 'Close: triage what is left', minutes: 30, kind: 'checkpoint' },
];

export function agendaDeckWorkspace(options: { parked?: number; dayOneBlocks?: Spec[] } = {}): Workspace {
  let w: Workspace = twoCampWorkspace();
  w = { ...w, agenda: { ...w.agenda, timeZone: 'Europe/Berlin' } };
  const dayOne = w.agenda.days[0]!.id;
  w = updateDay(w, dayOne, { date: DAY_ONE, start: 540, end: 1050 });
  w = addDay(w, 'day-2');
  w = updateDay(w, 'day-2', { date: '2027-01-16', start: 540, end: 1020 });
  for (const { id, spent: _spent, ...input } of options.dayOneBlocks ?? DAY_ONE_BLOCKS) {
    w = addBlock(w, { ...input, dayId: dayOne }, id);
  }
  for (const { id, spent: _spent, ...input } of DAY_TWO_BLOCKS)
    w = addBlock(w, { ...input, dayId: 'day-2' }, id);
  // Day one as the timer left it: each block's minutes settled, the debrief running since 15:30.
  const spent = new Map((options.dayOneBlocks ?? DAY_ONE_BLOCKS).map((b) => [b.id, b.spent ?? 0]));
  w = {
    ...w,
    agenda: {
      ...w.agenda,
      blocks: w.agenda.blocks.map((b) =>
        spent.has(b.id)
          ? { ...b, spentMs: (spent.get(b.id) ?? 0) * MIN, done: (spent.get(b.id) ?? 0) > 0 }
          : b,
      ),
      // The debrief has run for ten minutes (a crowded test day has nothing running).
      run: options.dayOneBlocks
        ? w.agenda.run
        : {
            blockId: 'b8',
            timer: { state: 'running', endsAt: NOW + 20 * MIN, totalMs: 30 * MIN },
            countingSince: NOW - 10 * MIN,
            chime: false,
          },
    },
  };
  w = parkMany(w, options.parked ?? 8);
  const deck = {
    templateId: null,
    confidential: true,
    sections: [
      section('s-agenda', 'agenda-plan', 'Agenda', 'Lunch is at **12:30** both days.'),
      section('s-time', 'time-spent', 'Where our time went', 'The ranking ran *12 minutes* over.'),
      section('s-park', 'parking-lot', 'Parking lot', 'Owners confirm their items by Friday.'),
    ],
  };
  return Workspace.parse({ ...w, deck });
}

function section(
  id: string,
  type: 'agenda-plan' | 'time-spent' | 'parking-lot',
  title: string,
  markdown: string,
) {
  return { id, type, title, markdown } satisfies DeckSection;
}

const PEOPLE = ['王芳', 'Łukasz Wróblewski', 'Ngozi Okonkwo-Adeyemi', 'Dana Whitfield', 'Ravi Menon'];
const TOPICS = [
  'Who owns the EU data-residency question',
  'SSO pricing for the mid-market tier',
  '合作伙伴渠道的定价策略',
  'Do we still need the DACH partner programme',
  'Churn numbers disagree between finance and sales',
  'Hiring freeze exceptions for the platform team',
];

/**
 * `count` parked items over the day's blocks: every sixth is left open, the rest triaged
 * in turn to an action item, a decision, the next session, a long-term issue or dropped.
 */
function parkMany(w: Workspace, count: number): Workspace {
  const blocks = ['b2', 'b4', 'b6', 'b7'];
  for (let i = 0; i < count; i++) {
    const id = `park-${String(i + 1).padStart(2, '0')}`;
    const text = `${TOPICS[i % TOPICS.length]!} (${i + 1})`;
    const at = new Date(NOW - (count - i) * MIN);
    w = parkItem(
      w,
      { text, blockId: blocks[i % blocks.length]!, priorityId: i % 3 === 0 ? 'item-A' : null },
      id,
      at,
    );
    const triages: Array<Triage | null> = [
      null,
      { outcome: 'action', owner: PEOPLE[i % PEOPLE.length]!, due: '2027-02-26' },
      { outcome: 'decision', why: 'Legal confirmed it in the room' },
      { outcome: 'next-session' },
      { outcome: 'long-term' },
      { outcome: 'dropped', reason: 'Covered by the vendor contract' },
    ];
    const triage = triages[i % 6]!;
    if (triage) w = triageItem(w, id, triage, `result-${i + 1}`, DAY_ONE);
  }
  return w;
}
