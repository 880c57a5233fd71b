import { describe, expect, it } from 'vitest';
import {
  answerCheckpoint,
  BUILT_IN_CHECKPOINT_QUESTIONS,
  createCheckpoint,
  revealCheckpoint,
} from '../../../../src/shared/domain/alignment';
import { addDepartment } from '../../../../src/shared/domain/cascade';
import {
  ballotFileDataOf,
  checksumOf,
  createTranslationCheck,
  departmentReadings,
  importTranslationReplies,
  issueBallots,
  readReply,
  REPLY_FORMAT,
  replyText,
} from '../../../../src/shared/domain/translation';
import { type Workspace } from '../../../../src/shared/domain/workspace';
import { twoCampWorkspace } from '../../../support/twoCampWorkspace';

/**
 * A translation check may ask the checkpoint questions after the ranking: each department's
 * answers are read beside the leadership's own checkpoint. Medians worked by hand below.
 */
const NOW = new Date('2027-02-01T09:00:00Z');
const QUESTIONS = BUILT_IN_CHECKPOINT_QUESTIONS.map((q) => ({ ...q }));
const [SAME, HELP, SUCCESS] = QUESTIONS.map((q) => q.id) as [string, string, string];

/** The leadership's checkpoint: "same message" answered 4, 4, 5, 4 (median 4); "help" 2, 3, 2, 3 (median 2.5). */
function leadership(): Workspace {
  let w = twoCampWorkspace({ revote: false });
  w = {
    ...w,
    priorities: w.priorities.map((p, i) => (i < 4 ? { ...p, status: 'committed' as const } : p)),
  };
  w = addDepartment(w, { id: 'sales', name: 'Sales', capacity: 20 });
  w = addDepartment(w, { id: 'ops', name: 'Операции', capacity: 20 });
  w = createCheckpoint(w, { title: 'Q1 check', anonymous: true, ownQuestions: [] }, 'cp-1', NOW);
  const scores = [
    [4, 2],
    [4, 3],
    [5, 2],
    [4, 3],
  ];
  scores.forEach(([same, help], i) => {
    w = answerCheckpoint(w, 'cp-1', w.participants[i]!.id, [
      { questionId: SAME, score: same!, comment: '' },
      { questionId: HELP, score: help!, comment: '' },
    ]);
  });
  return revealCheckpoint(w, 'cp-1');
}

let n = 0;
const token = () => `tok-${String(++n).padStart(6, '0')}`;

function check(w: Workspace) {
  const checks = createTranslationCheck(
    w,
    [],
    { id: 'tc-1', question: 'Rank these', anonymous: true, leadershipRoundId: null, questions: QUESTIONS },
    NOW,
  );
  const sales = issueBallots(
    w,
    checks,
    { checkId: 'tc-1', departmentId: 'sales', respondents: [], count: 3 },
    token,
    NOW,
  );
  const ops = issueBallots(
    w,
    sales.checks,
    { checkId: 'tc-1', departmentId: 'ops', respondents: [], count: 1 },
    token,
    NOW,
  );
  return { checks: ops.checks, sales: sales.issued, ops: ops.issued };
}

const file = (
  w: Workspace,
  t: string,
  answers: Array<{ questionId: string; score: number | null; comment: string }>,
) => ({
  name: `${t}.offsite-reply.json`,
  text: replyText({
    workspaceId: w.id,
    roundId: 'tc-1',
    token: t,
    submittedAt: '2027-02-03T10:00:00.000Z',
    order: w.priorities.filter((p) => p.status === 'committed').map((p) => p.id),
    answers,
  }),
});

describe('checkpoint questions in a translation check', () => {
  it('the ballot file carries the questions, and each department is read beside the leadership', () => {
    const w = leadership();
    const { checks, sales, ops } = check(w);
    expect(ballotFileDataOf(w, checks[0]!, sales[0]!).questions.map((q) => q.id)).toEqual([
      SAME,
      HELP,
      SUCCESS,
    ]);
    // Sales "same message": 2, 1, 2 → median 2, two points under the leadership's 4.
    // Sales "help": 3, 3, (none) → median 3, half a point from 2.5: read alike.
    const files = [
      file(w, sales[0]!.token, [
        { questionId: SAME, score: 2, comment: 'We hear it second-hand' },
        { questionId: HELP, score: 3, comment: '' },
      ]),
      file(w, sales[1]!.token, [
        { questionId: SAME, score: 1, comment: '' },
        { questionId: HELP, score: 3, comment: '' },
      ]),
      file(w, sales[2]!.token, [{ questionId: SAME, score: 2, comment: '' }]),
      file(w, ops[0]!.token, [{ questionId: SUCCESS, score: null, comment: 'Что значит успех?' }]),
    ];
    const imported = importTranslationReplies(w, checks, 'tc-1', files);
    expect(imported.report.problems).toEqual([]);
    const [salesReading, opsReading] = departmentReadings(w, imported.checks[0]!);
    expect(salesReading!.respondents).toBe(3);
    const same = salesReading!.questions.find((q) => q.questionId === SAME)!;
    expect(same.department.counts).toEqual([1, 2, 0, 0, 0]);
    expect(same.medianGap).toBe(-2);
    expect(same.words).toBe('Sales: median 2 (3 answers), the leadership 4 — two points lower.');
    expect(same.department.comments).toEqual(['We hear it second-hand']);
    const help = salesReading!.questions.find((q) => q.questionId === HELP)!;
    expect(help.medianGap).toBe(0.5);
    expect(help.words).toBe('Sales: median 3 (2 answers), the leadership 2.5: read alike.');
    // The questions keep the ballot's order, not the checkpoint's most-mixed-first.
    expect(salesReading!.questions.map((q) => q.questionId)).toEqual([SAME, HELP, SUCCESS]);
    const success = opsReading!.questions.find((q) => q.questionId === SUCCESS)!;
    expect(success.words).toBe('Операции: no scores for this question yet.');
    expect(success.department.comments).toEqual(['Что значит успех?']);
  });

  it('refuses a reply answering a question the ballot did not ask, and one answering a question twice', () => {
    const w = leadership();
    const { checks, sales } = check(w);
    const stranger = file(w, sales[0]!.token, [{ questionId: 'not-asked', score: 3, comment: '' }]);
    const twice = file(w, sales[1]!.token, [
      { questionId: SAME, score: 3, comment: '' },
      { questionId: SAME, score: 4, comment: '' },
    ]);
    const { report, checks: after } = importTranslationReplies(w, checks, 'tc-1', [stranger, twice]);
    expect(report.problems.map((p) => p.message)).toEqual([
      `${stranger.name}: The reply from an anonymous respondent answers questions this ballot did not ask; it was not counted.`,
      `${twice.name}: The reply from an anonymous respondent answers one question twice; it was not counted.`,
    ]);
    expect(after[0]!.replies).toEqual([]);
  });

  it('an answer changed after saving is caught by the checksum; a reply from before answers still reads', () => {
    const w = leadership();
    const { checks, sales } = check(w);
    const expected = {
      workspaceId: w.id,
      roundId: 'tc-1',
      tokens: checks[0]!.ballots,
      questionIds: QUESTIONS.map((q) => q.id),
    };
    const good = file(w, sales[0]!.token, [{ questionId: SAME, score: 2, comment: '' }]);
    expect(readReply(good.text, expected).ok).toBe(true);
    const edited = good.text.replace('"score":2', '"score":5');
    expect(readReply(edited, expected)).toMatchObject({ ok: false, problem: 'corrupted' });
    // A version 1 reply, as the first ballot files wrote it: ranking only, no answers.
    const fields = {
      workspaceId: w.id,
      roundId: 'tc-1',
      token: sales[1]!.token,
      submittedAt: '2027-02-03T10:00:00.000Z',
      order: ['a', 'b'],
    };
    const v1 = JSON.stringify({
      format: REPLY_FORMAT,
      version: 1,
      ...fields,
      checksum: checksumOf(fields, 1),
    });
    expect(readReply(v1, expected)).toMatchObject({ ok: true, reply: { order: ['a', 'b'], answers: [] } });
  });

  it('a check that asks no questions has no readings, and refuses more than six or an empty one', () => {
    const w = leadership();
    const plain = createTranslationCheck(
      w,
      [],
      { id: 'tc', question: 'Rank', anonymous: true, leadershipRoundId: null },
      NOW,
    );
    expect(departmentReadings(w, plain[0]!)).toEqual([]);
    const seven = Array.from({ length: 7 }, (_, i) => ({ id: `q${i}`, wording: `Question ${i}` }));
    const create = (questions: Array<{ id: string; wording: string }>) => () =>
      createTranslationCheck(
        w,
        [],
        { id: 'tc', question: 'Rank', anonymous: true, leadershipRoundId: null, questions },
        NOW,
      );
    expect(create(seven)).toThrow('Ask at most 6 questions after the ranking.');
    expect(create([{ id: 'q', wording: '  ' }])).toThrow('A question cannot be empty.');
  });
});
