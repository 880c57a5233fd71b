import { describe, expect, it } from 'vitest';
import {
  createSupportCheck,
  rateSupport,
  revealSupportCheck,
} from '../../../../src/shared/domain/alignment/supportEdits';
import { summarizeQuarter, type QuarterSummary } from '../../../../src/shared/domain/series/quarterSummary';
import { summarizeQuarterFromJson } from '../../../../src/shared/domain/series/quarterSummaryJson';
import { seriesTrends } from '../../../../src/shared/domain/series/trends';
import { seededRandom } from '../../../../src/shared/domain/ranking/random';
import { translationCheckResults, type TranslationCheck } from '../../../../src/shared/domain/translation';
import { encodeWorkspace, type Workspace } from '../../../../src/shared/domain/workspace';
import { validQbrWorkspace } from '../../../support/qbrWorkspace';

const AT = new Date('2027-01-15T09:00:00Z');

/** The QBR fixture's five voters, three in Sales and two in Finance. */
function quarter(): Workspace {
  const w = validQbrWorkspace();
  const departments = ['Sales', 'Sales', 'Sales', 'Finance', 'Finance'];
  return {
    ...w,
    participants: w.participants.map((p, i) => ({ ...p, department: departments[i] ?? p.department })),
  };
}

/**
 * Sales raters (p1, p2, p3) rate Finance's support 2, 3, 4; Finance raters (p4, p5) rate
 * Sales's 5 and 4. Cells: Finance → Sales (2 + 3 + 4) / 3 = 3; Sales → Finance (5 + 4) / 2 = 4.5.
 * Average of the cell means = (3 + 4.5) / 2 = 3.75.
 */
function withSupport(w: Workspace, id: string, scores: [number, number, number, number, number]) {
  let next = createSupportCheck(w, { departments: ['Sales', 'Finance'] }, id, AT);
  scores.forEach((score, i) => {
    const own = i < 3 ? 'Sales' : 'Finance';
    next = rateSupport(next, id, `p${i + 1}`, own, [{ giver: own === 'Sales' ? 'Finance' : 'Sales', score }]);
  });
  return next;
}

describe('the support average of a quarter', () => {
  it('is the mean of the cells of the last revealed matrix, alike from the workspace and its file', () => {
    let w = withSupport(quarter(), 'sc-1', [2, 3, 4, 5, 4]);
    // Open, not yet revealed: no figure.
    expect(summarizeQuarter(w).supportAverage).toBeNull();
    w = revealSupportCheck(w, 'sc-1');
    expect(summarizeQuarter(w).supportAverage).toBeCloseTo(3.75, 12);
    // A second revealed check: Finance → Sales (1 + 1 + 1) / 3 = 1, Sales → Finance (5 + 5) / 2 = 5,
    // average 3. The quarter reads the last one.
    w = revealSupportCheck(withSupport(w, 'sc-2', [1, 1, 1, 5, 5]), 'sc-2');
    expect(summarizeQuarter(w).supportAverage).toBe(3);
    expect(summarizeQuarterFromJson(encodeWorkspace(w))).toEqual(summarizeQuarter(w));
  });
});

const reply = (token: string, order: string[]) => ({
  token,
  submittedAt: '2027-02-01T09:00:00.000Z',
  order,
  answers: [],
  checksum: '0'.repeat(64),
});

/**
 * The leadership round r1 orders pr1 > pr2 > pr3 > pr4 (each of those pairs 4 of the 5 ballots).
 * Sales: one reply pr1, pr2, pr3, pr4 → τ-b 1.
 * Finance: pr2, pr1, pr3, pr4 and pr1, pr2, pr4, pr3 → mean places pr1 1.5, pr2 1.5, pr3 3.5,
 *   pr4 3.5, so two tied pairs. Of the other 4 pairs all 4 agree with the leadership:
 *   τ-b = (4 − 0) / √((6 − 0)(6 − 2)) = 4 / √24 ≈ 0.816.
 * Legal: no reply.
 */
function withTranslation(w: Workspace): Workspace {
  const ballot = (token: string, departmentId: string) => ({
    token,
    departmentId,
    respondent: null,
    issuedAt: '2027-01-20T09:00:00.000Z',
  });
  const check: TranslationCheck = {
    id: 'tc-1',
    createdAt: '2027-01-20T09:00:00.000Z',
    question: 'Rank the committed priorities',
    anonymous: true,
    itemIds: ['pr1', 'pr2', 'pr3', 'pr4'],
    questions: [],
    leadershipRoundId: 'r1',
    ballots: [
      ballot('token-s1-aaaa', 'd-sales'),
      ballot('token-f1-aaaa', 'd-fin'),
      ballot('token-f2-aaaa', 'd-fin'),
    ],
    replies: [
      reply('token-s1-aaaa', ['pr1', 'pr2', 'pr3', 'pr4']),
      reply('token-f1-aaaa', ['pr2', 'pr1', 'pr3', 'pr4']),
      reply('token-f2-aaaa', ['pr1', 'pr2', 'pr4', 'pr3']),
    ],
  };
  const empty: TranslationCheck = { ...check, id: 'tc-2', ballots: [], replies: [] };
  return {
    ...w,
    cascade: {
      ...w.cascade,
      departments: [
        { id: 'd-sales', name: 'Sales', capacity: 10 },
        { id: 'd-fin', name: 'Finance', capacity: 10 },
        { id: 'd-legal', name: 'Legal', capacity: 10 },
      ],
    },
    // The later check has no replies yet: the quarter reads the last one that has.
    translationChecks: [check, empty],
  };
}

describe('the translation figures of a quarter', () => {
  it('give each department’s τ-b with the leadership, alike from the workspace and its file', () => {
    const w = withTranslation(quarter());
    const readings = summarizeQuarter(w).translation;
    expect(readings?.map((d) => [d.name, d.respondents])).toEqual([
      ['Sales', 1],
      ['Finance', 2],
      ['Legal', 0],
    ]);
    expect(readings?.[0]?.tauB).toBeCloseTo(1, 12);
    expect(readings?.[1]?.tauB).toBeCloseTo(4 / Math.sqrt(24), 12);
    expect(readings?.[2]?.tauB).toBeNull();
    expect(summarizeQuarterFromJson(encodeWorkspace(w))).toEqual(summarizeQuarter(w));
  });

  it('equal the τ-b of the check’s results screen, whatever the replies', () => {
    const random = seededRandom(7);
    for (let trial = 0; trial < 40; trial++) {
      const w = withTranslation(quarter());
      const check = w.translationChecks[0]!;
      // Each reply a shuffle of the four priorities, some leaving the last one or two out.
      const replies = check.replies.map((r) => {
        const order = ['pr1', 'pr2', 'pr3', 'pr4'].sort(() => random() - 0.5);
        return { ...r, order: order.slice(0, 2 + Math.floor(random() * 3)) };
      });
      const shuffled = { ...w, translationChecks: [{ ...check, replies }] };
      const screen = translationCheckResults(shuffled, shuffled.translationChecks[0]!)!.departments;
      expect(summarizeQuarter(shuffled).translation).toEqual(
        screen.map((d) => ({ name: d.name, tauB: d.tauB, respondents: d.respondents })),
      );
    }
  });

  it('are null without a check that has replies', () => {
    expect(summarizeQuarter(quarter()).translation).toBeNull();
  });
});

const base = (period: string, label: string): QuarterSummary => ({
  period,
  label,
  rankingAgreement: null,
  committedEffort: null,
  commitmentCompletion: null,
  contestedMinutes: null,
  checkpoint: null,
  supportAverage: null,
});

describe('support and translation across quarters', () => {
  const quarters: QuarterSummary[] = [
    {
      ...base('2027-Q1', 'Q1 2027'),
      supportAverage: 3,
      translation: [{ name: 'Sales', tauB: 0.5, respondents: 3 }],
    },
    // 3.2 − 3 = 0.2 ≤ 0.25: flat. No translation check.
    { ...base('2027-Q2', 'Q2 2027'), supportAverage: 3.2, translation: null },
    // 3.6 − 3.2 = 0.4: up, better. "sales" is the same department as "Sales".
    {
      ...base('2027-Q3', 'Q3 2027'),
      supportAverage: 3.6,
      translation: [
        { name: 'sales ', tauB: 0.8, respondents: 2 },
        { name: 'Finance', tauB: null, respondents: 0 },
      ],
    },
    // Sales 0.65 − 0.8 = −0.15, beyond 0.1: down, worse.
    { ...base('2027-Q4', 'Q4 2027'), translation: [{ name: 'Sales', tauB: 0.65, respondents: 4 }] },
  ];
  const trends = seriesTrends(quarters);
  const metric = (key: string) => trends.metrics.find((m) => m.key === key)!;

  it('draws the support average with arrows at 0.25 a step, up being good', () => {
    const support = metric('support-average');
    expect(support.points.map((p) => p.value)).toEqual([3, 3.2, 3.6, null]);
    expect(support.points.map((p) => p.arrow?.direction ?? null)).toEqual([null, 'flat', 'up', null]);
    expect(support.points[2]!.arrow?.words).toBe('↑ 0.4 higher than last quarter (better)');
    expect(support.points[3]!.missing).toBe('No support ratings.');
  });

  it('gives one metric per department, matched by name, saying in words why a quarter has none', () => {
    expect(trends.metrics.filter((m) => m.key.startsWith('translation-')).map((m) => m.key)).toEqual([
      'translation-sales',
      'translation-finance',
    ]);
    const sales = metric('translation-sales');
    expect(sales.points.map((p) => p.value)).toEqual([0.5, null, 0.8, 0.65]);
    expect(sales.points.map((p) => p.n ?? null)).toEqual([3, null, 2, 4]);
    expect(sales.points[1]!.missing).toBe('No translation check with replies.');
    expect(sales.points[3]!.arrow).toMatchObject({ direction: 'down', reading: 'worse' });
    expect(sales.points[3]!.arrow?.words).toBe('↓ 0.15 lower than last quarter (worse)');
    const finance = metric('translation-finance');
    expect(finance.points.map((p) => p.missing)).toEqual([
      'Finance was not in this quarter’s translation check.',
      'No translation check with replies.',
      'No one from Finance replied.',
      'Finance was not in this quarter’s translation check.',
    ]);
  });
});
