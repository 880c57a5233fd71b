import { describe, expect, it } from 'vitest';
import { addDepartment } from '../../../../src/shared/domain/cascade/cascadeEdits';
import { roundResults } from '../../../../src/shared/domain/rounds';
import { replyText } from '../../../../src/shared/domain/translation/replyFile';
import {
  ballotFileDataOf,
  createTranslationCheck,
  importReplies,
  issueBallots,
  leadershipOrder,
  translationCheckResults,
} from '../../../../src/shared/domain/translation/translationChecks';
import { TranslationCheck } from '../../../../src/shared/domain/translation/translationCheckSchema';
import type { Workspace } from '../../../../src/shared/domain/workspace';
import { twoCampWorkspace } from '../../../support/twoCampWorkspace';

/**
 * The translation check from end to end in the domain: a check of the committed
 * priorities, ballots for two departments, replies imported (a second reply, a damaged one,
 * one for another check), and each department's reading against the leadership's.
 */

const NOW = new Date('2027-02-01T09:00:00Z');
const COMMITTED = ['item-A', 'item-B', 'item-C', 'item-D'];

function workspace(): Workspace {
  let w = twoCampWorkspace({ revote: false });
  w = {
    ...w,
    priorities: w.priorities.map((p) => (COMMITTED.includes(p.id) ? { ...p, status: 'committed' } : p)),
  };
  w = addDepartment(w, { id: 'sales', name: 'Sales', capacity: 20 });
  w = addDepartment(w, { id: 'ops', name: 'Operations', capacity: 20 });
  return w;
}

let tokens = 0;
const newToken = () => `token-${String(++tokens).padStart(4, '0')}`;

function setUp(anonymous = false) {
  const w = workspace();
  let checks = createTranslationCheck(
    w,
    [],
    {
      id: 'tc-1',
      question: 'In what order should your team work on these?',
      anonymous,
      leadershipRoundId: 'blind',
    },
    NOW,
  );
  const sales = issueBallots(
    w,
    checks,
    { checkId: 'tc-1', departmentId: 'sales', respondents: ['Ana Silva', 'Ben Okoro'], count: 2 },
    newToken,
    NOW,
  );
  const ops = issueBallots(
    w,
    sales.checks,
    { checkId: 'tc-1', departmentId: 'ops', respondents: ['王芳'], count: 1 },
    newToken,
    NOW,
  );
  checks = ops.checks;
  return { w, checks, sales: sales.issued, ops: ops.issued };
}

const reply = (
  w: Workspace,
  token: string,
  order: string[],
  at = '2027-02-03T10:00:00Z',
  checkId = 'tc-1',
) => ({
  name: `${token}.offsite-reply.json`,
  text: replyText({ workspaceId: w.id, roundId: checkId, token, submittedAt: at, order }),
});

describe('a translation check', () => {
  it('ranks the committed priorities against the revealed round’s consensus, restricted to them', () => {
    const { w, checks } = setUp();
    const check = checks[0]!;
    expect(TranslationCheck.parse(check)).toEqual(check);
    expect(check.itemIds).toEqual(COMMITTED);
    const full = roundResults(
      w,
      w.rounds.find((r) => r.id === 'blind')!,
    );
    if (!full.ok) throw new Error(full.message);
    const expected = full.analysis.consensus.ranking.filter((id) => COMMITTED.includes(id));
    expect(leadershipOrder(w, check)).toEqual(expected);
  });

  it('hands each respondent a file with the priorities by title and nothing of the leadership’s answers', () => {
    const { w, checks, sales } = setUp();
    const data = ballotFileDataOf(w, checks[0]!, sales[0]!);
    expect(data).toMatchObject({
      department: 'Sales',
      respondent: 'Ana Silva',
      roundId: 'tc-1',
      token: sales[0]!.token,
    });
    expect(data.items.map((i) => i.id)).toEqual(COMMITTED);
    const text = JSON.stringify(data);
    for (const p of w.participants) expect(text).not.toContain(p.name);
    expect(text).not.toContain('blind');
  });

  it('counts replies per department: a reading that matches the leadership’s, and one upside down', () => {
    const { w, checks, sales, ops } = setUp();
    const leadership = leadershipOrder(w, checks[0]!)!.flat();
    expect(leadership).toHaveLength(4);
    const upsideDown = [...leadership].reverse();
    const imported = importReplies(w, checks, 'tc-1', [
      reply(w, sales[0]!.token, leadership),
      reply(w, sales[1]!.token, leadership),
      reply(w, ops[0]!.token, upsideDown),
    ]);
    expect(imported.report).toMatchObject({ counted: 3, problems: [], replaced: [] });
    const results = translationCheckResults(w, imported.checks[0]!)!;
    const byName = Object.fromEntries(results.departments.map((d) => [d.name, d]));
    expect(byName['Sales']).toMatchObject({ respondents: 2, tauB: 1, withinW: 1 });
    expect(byName['Operations']).toMatchObject({ respondents: 1, tauB: -1, withinW: null });
    expect(byName['Operations']!.summary).toMatch(/one|1/i);
    expect(results.heatmap.rows).toHaveLength(2);
  });

  it('a second reply replaces the first (said), a damaged one and one for another check are refused by name', () => {
    const { w, checks, sales } = setUp();
    const token = sales[0]!.token;
    const first = importReplies(w, checks, 'tc-1', [reply(w, token, COMMITTED, '2027-02-03T10:00:00Z')]);
    const damaged = reply(w, sales[1]!.token, COMMITTED);
    damaged.text = damaged.text.replace('item-A', 'item-B');
    const second = importReplies(w, first.checks, 'tc-1', [
      reply(w, token, [...COMMITTED].reverse(), '2027-02-04T10:00:00Z'),
      damaged,
      reply(w, sales[1]!.token, COMMITTED, '2027-02-03T10:00:00Z', 'tc-other'),
    ]);
    expect(second.report.counted).toBe(1);
    expect(second.report.replaced).toHaveLength(1);
    expect(second.report.replaced[0]!.message).toMatch(/Ana Silva replied twice/);
    expect(second.checks[0]!.replies[0]!.order).toEqual([...COMMITTED].reverse());
    expect(second.report.problems.map((p) => p.problem)).toEqual(['corrupted', 'other-round']);
    expect(second.report.problems[0]!.message).toContain(damaged.name);
  });

  it('anonymous: the ballots hold no name, so nothing stored links a reply to a person', () => {
    const { checks } = setUp(true);
    const text = JSON.stringify(checks);
    expect(checks[0]!.ballots.every((b) => b.respondent === null)).toBe(true);
    expect(text).not.toMatch(/Ana Silva|Ben Okoro|王芳/);
  });

  it('refuses, in words, a check with fewer than two committed priorities, an unrevealed round, an unknown department', () => {
    const w = workspace();
    const none = { ...w, priorities: w.priorities.map((p) => ({ ...p, status: 'candidate' as const })) };
    const make = (ws: Workspace, round: string | null) => () =>
      createTranslationCheck(
        ws,
        [],
        { id: 'x', question: 'Q', anonymous: false, leadershipRoundId: round },
        NOW,
      );
    expect(make(none, 'blind')).toThrow('Commit at least two priorities');
    expect(make(w, 'nope')).toThrow('Compare with a revealed round');
    const { checks } = setUp();
    expect(() =>
      issueBallots(
        w,
        checks,
        { checkId: 'tc-1', departmentId: 'legal', respondents: ['Dana'], count: 1 },
        newToken,
        NOW,
      ),
    ).toThrow('That department is no longer in the cascade.');
  });
});
