import { createDeck } from '../../src/shared/domain/deck';
import { newPriority } from '../../src/shared/domain/priorities';
import { castBallot, createRound, revealRound, setFocus } from '../../src/shared/domain/rounds';
import {
  addParticipant,
  createWorkspace,
  Workspace,
  type CommitmentRow,
  type Deck,
  type KpiRow,
  type Priority,
} from '../../src/shared/domain/workspace';

/**
 * A workspace after a full offsite: five voters ranked six priorities in a revealed round,
 * the board has links of every kind, decisions and action items are logged, and the deck
 * holds every section type with KPI and commitment rows. `text` rewrites every piece of
 * user text (for the X1 payload tests); by default it returns the plain wording.
 */
export type QbrOptions = {
  text?: (plain: string) => string;
  kpiRows?: number;
  commitmentRows?: number;
  confidential?: boolean;
  /** Fill this workspace (e.g. one created through the app) instead of a fresh one. */
  base?: Workspace;
};

const NOW = new Date('2027-01-15T09:00:00Z');

export function qbrWorkspace(options: QbrOptions = {}): Workspace {
  const t = options.text ?? ((s: string) => s);
  let w =
    options.base ??
    createWorkspace(
      {
        name: 'Q1 2027 Leadership Offsite',
        kind: 'qbr',
        period: '2027-Q1',
        organisation: 'Northwind Traders',
      },
      'ws-qbr',
      NOW,
    );
  w = {
    ...w,
    name: t('Q1 2027 Leadership Offsite'),
    organisation: t('Northwind Traders'),
    period: t('2027-Q1').slice(0, 40),
  };
  for (const [i, name] of ['Ana Ruiz', 'Ben Okafor', 'Chloé Martin', 'Dev Patel', 'Eva Lind'].entries()) {
    w = addParticipant(w, { name: 'x' }, `p${i + 1}`);
    w = {
      ...w,
      participants: w.participants.map((p) => (p.id === `p${i + 1}` ? { ...p, name: t(name) } : p)),
    };
  }
  const specs: Array<[string, string, Priority['status'], number, number]> = [
    ['Launch EU', 'Ana Ruiz', 'committed', 9, 7],
    ['Self-serve onboarding', 'Ben Okafor', 'committed', 8, 4],
    ['SOC 2 audit', 'Dev Patel', 'committed', 6, 5],
    ['Partner API', 'Chloé Martin', 'candidate', 7, 8],
    ['Rebrand', 'Eva Lind', 'deferred', 3, 6],
    ['Legacy billing rewrite', 'Ben Okafor', 'dropped', 4, 9],
  ];
  w = {
    ...w,
    priorities: specs.map(([title, owner, status, impact, effort], i) => ({
      ...newPriority({ title: t(title), owner: t(owner), impact, effort, status }, `pr${i + 1}`),
      description: t(`Why ${title} matters`),
    })),
  };
  const ids = w.priorities.map((p) => p.id);
  w = createRound(
    w,
    { question: t('What matters most next quarter?'), method: 'order', itemIds: ids },
    'r1',
    NOW,
  );
  const orders = [
    ['pr1', 'pr2', 'pr3', 'pr4', 'pr5', 'pr6'],
    ['pr2', 'pr1', 'pr3', 'pr5', 'pr4', 'pr6'],
    ['pr1', 'pr3', 'pr2', 'pr4', 'pr6', 'pr5'],
    ['pr4', 'pr1', 'pr2', 'pr3', 'pr5', 'pr6'],
    ['pr1', 'pr2', 'pr6', 'pr3', 'pr4', 'pr5'],
  ];
  orders.forEach((order, i) => {
    w = castBallot(w, 'r1', `p${i + 1}`, { kind: 'order', tiers: order.map((id) => [id]) }, NOW);
  });
  w = revealRound(w, 'r1', NOW);
  w = setFocus(w, 'pr1');
  w = {
    ...w,
    links: [
      { id: 'l1', from: 'pr1', to: 'pr3', kind: 'depends-on', cost: '' },
      { id: 'l2', from: 'pr2', to: 'pr4', kind: 'conflicts-with', cost: '' },
      { id: 'l3', from: 'pr1', to: 'pr4', kind: 'trades-off', cost: t('Partner API slips six weeks') },
      { id: 'l4', from: 'pr2', to: 'pr3', kind: 'supports', cost: '' },
      { id: 'l5', from: 'pr5', to: 'pr1', kind: 'depends-on', cost: '' },
    ],
    decisions: [
      decision(
        'd1',
        'commit',
        'Commit to Launch EU',
        'Largest revenue upside this year',
        ['pr1'],
        '2027-01-15',
      ),
      decision('d2', 'defer', 'Defer the rebrand', 'No capacity before EU launch', ['pr5'], '2027-01-15'),
      decision('d3', 'drop', 'Drop the billing rewrite', 'Vendor covers it', ['pr6'], '2027-01-14'),
      decision(
        'd4',
        'drop',
        'Drop the billing rewrite for good',
        'Vendor contract signed for three years',
        ['pr6'],
        '2027-01-15',
      ),
    ].map((d) => ({
      ...d,
      what: t(d.what),
      why: t(d.why),
      alternatives: t('Do both at half speed'),
      dissent: t('Ben: too risky'),
      owner: t('Ana Ruiz'),
    })),
    actionItems: [
      {
        id: 'a1',
        text: t('Hire EU country lead'),
        owner: t('Ana Ruiz'),
        due: '2027-02-28',
        status: 'open',
        decisionId: 'd1',
      },
      {
        id: 'a2',
        text: t('Tell the brand agency'),
        owner: t('Eva Lind'),
        due: '',
        status: 'done',
        decisionId: 'd2',
      },
      {
        id: 'a3',
        text: t('Book SOC 2 auditor'),
        owner: t('Dev Patel'),
        due: '2027-01-31',
        status: 'in-progress',
        decisionId: null,
      },
    ],
  };
  return { ...w, deck: qbrDeck(w, options) };
}

function decision(
  id: string,
  kind: 'commit' | 'defer' | 'drop',
  what: string,
  why: string,
  priorityIds: string[],
  date: string,
) {
  return { id, kind, what, why, alternatives: '', dissent: '', owner: '', date, priorityIds };
}

function qbrDeck(w: Workspace, options: QbrOptions): Deck {
  const t = options.text ?? ((s: string) => s);
  let n = 0;
  const deck = createDeck(null, w, () => `s${++n}`);
  const kpis: KpiRow[] = Array.from({ length: options.kpiRows ?? 4 }, (_, i) => ({
    id: `k${i + 1}`,
    metric:
      t(['Net revenue retention', 'Monthly churn', 'Pipeline coverage', 'Time to first value'][i % 4]!) +
      (i >= 4 ? ` ${i + 1}` : ''),
    unit: ['%', '%', 'x', 'days'][i % 4]!,
    target: [110, 2, 3, 14][i % 4]!,
    actual: [112, 2.15, 2.2, null][i % 4]!,
    prior: [105, 2.4, 2.8, 21][i % 4]!,
    better: i % 4 === 1 || i % 4 === 3 ? 'lower' : 'higher',
    comment: t(
      ['Expansion in DACH', 'Two enterprise losses', 'Q4 pipeline thin', 'Not measured yet'][i % 4]!,
    ),
  }));
  const commitments: CommitmentRow[] = Array.from({ length: options.commitmentRows ?? 4 }, (_, i) => ({
    id: `c${i + 1}`,
    commitment: t(
      ['Ship usage-based pricing', 'Close 3 EU pilots', 'Hire VP Sales', 'Cut P1 incidents by half'][i % 4]!,
    ),
    owner: t(['Ben Okafor', 'Ana Ruiz', 'Eva Lind', 'Dev Patel'][i % 4]!),
    grade: (['done', 'partly', 'missed', 'done'] as const)[i % 4]!,
    comment: t('As reviewed'),
  }));
  return {
    ...deck,
    confidential: options.confidential ?? true,
    sections: [
      ...deck.sections.map((s) => {
        const titled = { ...s, title: t(s.title), markdown: s.markdown ? t(s.markdown) : s.markdown };
        if (titled.type === 'kpi-scorecard') return { ...titled, rows: kpis };
        if (titled.type === 'commitments-review') return { ...titled, rows: commitments };
        if (titled.type === 'title') return { ...titled, subtitle: t(titled.subtitle) };
        return titled;
      }),
      {
        id: 'appendix',
        type: 'appendix',
        title: t('Appendix'),
        markdown: t(
          '## Definitions\n\n- **NRR**: revenue kept and grown from last year’s customers\n- See [the handbook](https://example.com/handbook)',
        ),
      },
    ],
  };
}

/** Parses with the real schema: fixtures must be valid workspaces. */
export function validQbrWorkspace(options: QbrOptions = {}): Workspace {
  return Workspace.parse(qbrWorkspace(options));
}
