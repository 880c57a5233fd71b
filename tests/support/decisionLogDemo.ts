import { addActionItem, addDecision } from '../../src/shared/domain/board';
import { manualDecision, newActionItem } from '../../src/shared/domain/decisions';
import { addPriorities } from '../../src/shared/domain/priorities';
import {
  addParticipant,
  type Decision,
  type DecisionKind,
  type Workspace,
} from '../../src/shared/domain/workspace';

/**
 * A decision log as it looks after a day of offsite: entries of every kind (some from
 * cards on the board, some written by hand), rationale, rejected alternatives, dissent,
 * owners, linked cards, and action items with due dates and statuses. Built through the
 * same domain functions the app uses, so it is always a valid workspace.
 */
export const DEMO_CARDS = [
  'Launch in the EU',
  'Hire a CFO',
  'Enterprise SSO',
  'Cut churn by 2 points',
  'New pricing',
  'Data platform',
  'Partner portal',
];

export const DEMO_PEOPLE = ['Dana Whitfield', 'Ravi Menon', 'Lena Ortiz', 'Tom Becker', 'Aiko Tanaka'];

type DemoEntry = [DecisionKind, string, string, string, string, string, string, number[]];

/** kind, what, why, alternatives, dissent, owner, date, linked cards (indexes into DEMO_CARDS) */
const ENTRIES: DemoEntry[] = [
  [
    'commit',
    'Commit to “Launch in the EU”',
    'Largest revenue upside; German pilot customers are waiting.',
    'UK first; US mid-market push',
    'Ravi: cash runway is tight until the raise closes',
    'Dana Whitfield',
    '2027-01-14',
    [0],
  ],
  [
    'commit',
    'Commit to “Enterprise SSO”',
    'Blocks three of the five largest renewals.',
    'Buy an identity vendor',
    '',
    'Tom Becker',
    '2027-01-14',
    [2],
  ],
  [
    'defer',
    'Defer “Data platform”',
    'Needs the platform team that SSO takes this quarter.',
    'Contract an agency',
    'Tom: tech debt keeps growing',
    'Tom Becker',
    '2027-01-14',
    [5],
  ],
  [
    'drop',
    'Drop “Partner portal”',
    'Partners bring under 2% of revenue.',
    'Keep the portal in maintenance mode',
    'Lena: two partners said they would churn',
    'Lena Ortiz',
    '2027-01-14',
    [6],
  ],
  [
    'decision',
    'One operational focus: EU launch',
    'Everything else is judged against it.',
    'Two co-equal goals',
    '',
    'Dana Whitfield',
    '2027-01-15',
    [0],
  ],
  [
    'commit',
    'Commit to “Cut churn by 2 points”',
    'Churn is the cheapest growth we have.',
    'Discount the renewals',
    '',
    'Aiko Tanaka',
    '2027-01-13',
    [3],
  ],
  [
    'defer',
    'Defer “New pricing”',
    'Wait for EU price testing.',
    'Raise list prices by 8% now',
    'Lena: sales wants it this quarter',
    'Ravi Menon',
    '2027-01-13',
    [4],
  ],
  [
    'decision',
    'Freeze hiring outside EU and SSO',
    'Capacity goes to the two commitments.',
    'Across-the-board 5% cut',
    'Aiko: support is already stretched',
    'Ravi Menon',
    '2027-01-13',
    [],
  ],
  [
    'commit',
    'Commit to “Hire a CFO”',
    'The raise needs one before Q2.',
    'Interim CFO',
    '',
    'Dana Whitfield',
    '2027-01-12',
    [1],
  ],
  [
    'decision',
    'Monthly alignment check-in',
    'Catch drift before the next QBR.',
    'Weekly stand-up',
    '',
    'Aiko Tanaka',
    '2027-01-12',
    [],
  ],
  [
    'drop',
    'Drop the offsite survey tool',
    'Nobody used last year’s.',
    '',
    '',
    'Aiko Tanaka',
    '2027-01-11',
    [],
  ],
  [
    'decision',
    'Board pack goes out a week earlier',
    'The board asked for time to read.',
    'Keep the date, shorten the pack',
    '',
    'Ravi Menon',
    '2027-01-11',
    [],
  ],
];

type DemoAction = [string, string, string, 'open' | 'in-progress' | 'done', number | null];
/** text, owner, due, status, decision (index into ENTRIES, or none) */
const ACTIONS: DemoAction[] = [
  ['Hire an EU country lead', 'Dana Whitfield', '2027-02-15', 'in-progress', 0],
  ['Translate the product into German', 'Tom Becker', '2027-03-01', 'open', 0],
  ['Pick an SSO provider', 'Tom Becker', '2027-01-31', 'done', 1],
  ['Tell partners about the portal', 'Lena Ortiz', '2027-01-20', 'open', 3],
  ['Churn interviews with 20 customers', 'Aiko Tanaka', '2027-02-10', 'open', 5],
  ['Brief recruiters on the CFO role', 'Dana Whitfield', '2027-01-10', 'open', 8],
  ['Book the venue for the next offsite', 'Aiko Tanaka', '2027-03-15', 'open', null],
  ['Send the notes to department heads', 'Ravi Menon', '', 'done', null],
];

/** `text` rewrites every piece of user text (for the X1 payload tests); by default, plain wording. */
export function withDecisionLog(w: Workspace, text: (plain: string) => string = (s) => s): Workspace {
  let next = w;
  for (const name of DEMO_PEOPLE) {
    if (!next.participants.some((p) => p.name === text(name)))
      next = addParticipant(next, { name: text(name) }, `person-${name}`);
  }
  let n = 0;
  next = addPriorities(
    next,
    DEMO_CARDS.map((title) => ({ title: text(title) })),
    () => `card-${++n}`,
  );
  ENTRIES.forEach(([kind, what, why, alternatives, dissent, owner, date, cards], i) => {
    const entry: Decision = {
      ...manualDecision(`decision-${i + 1}`, text(what), date),
      kind,
      why: text(why),
      alternatives: text(alternatives),
      dissent: text(dissent),
      owner: text(owner),
      priorityIds: cards.map((c) => `card-${c + 1}`),
    };
    next = addDecision(next, entry);
  });
  ACTIONS.forEach(([what, owner, due, status, decision], i) => {
    const item = newActionItem(
      `action-${i + 1}`,
      { text: text(what), owner: text(owner), due },
      decision === null ? null : `decision-${decision + 1}`,
    );
    next = addActionItem(next, { ...item, status });
  });
  return next;
}
