import { checkpointResults, type QuestionResult } from '../alignment/checkpoint';
import { latestCheckpointResults } from '../alignment/checkpointEdits';
import type { Workspace } from '../workspace';
import type { TranslationCheck } from './translationCheckSchema';

/**
 * How each department answered the checkpoint questions a translation check asked after
 * the ranking, beside the leadership's own answers to the same questions (the quarter's last
 * revealed checkpoint, matched by question id: the three built-in questions keep theirs).
 * Derived from the counted replies every time; comments come without names, sorted as the
 * checkpoint sorts them, whether the check is named or not.
 */
export type QuestionReading = {
  questionId: string;
  wording: string;
  department: QuestionResult;
  /** The leadership's answers to the same question; null when its checkpoint did not ask it. */
  leadership: QuestionResult | null;
  /** Department median − leadership median; null when either has no scores. */
  medianGap: number | null;
  /** The comparison in words, e.g. "Sales: median 2 (3 answers), the leadership 4 — two points lower." */
  words: string;
};

export type DepartmentReadings = {
  departmentId: string;
  name: string;
  respondents: number;
  questions: QuestionReading[];
};

/** A whole point on a 5-point scale is one step of it: a difference people feel. */
export const READING_GAP_FROM = 1;

const POINTS = ['no points', 'one point', 'two points', 'three points', 'four points'];
const points = (gap: number) =>
  Number.isInteger(Math.abs(gap)) ? POINTS[Math.abs(gap)]! : `${Math.abs(gap).toFixed(1)} points`;
const median = (m: number) => (Number.isInteger(m) ? String(m) : m.toFixed(1));

function wordsFor(
  name: string,
  department: QuestionResult,
  leadership: QuestionResult | null,
  leadershipAnswered: boolean,
): string {
  if (department.median === null) return `${name}: no scores for this question yet.`;
  const own = `${name}: median ${median(department.median)} (${department.n} ${department.n === 1 ? 'answer' : 'answers'})`;
  if (!leadershipAnswered) return `${own}; the leadership has no revealed checkpoint to compare with yet.`;
  if (!leadership || leadership.median === null) {
    return `${own}; the leadership's checkpoint did not score this question, so there is nothing to compare.`;
  }
  const gap = department.median - leadership.median;
  const theirs = `the leadership ${median(leadership.median)}`;
  if (Math.abs(gap) < READING_GAP_FROM) return `${own}, ${theirs}: read alike.`;
  return `${own}, ${theirs} — ${points(gap)} ${gap < 0 ? 'lower' : 'higher'}.`;
}

/** Per department of the cascade, its answers to the check's questions; [] when it asks none. */
export function departmentReadings(w: Workspace, check: TranslationCheck): DepartmentReadings[] {
  if (check.questions.length === 0) return [];
  const leadership = new Map((latestCheckpointResults(w) ?? []).map((r) => [r.questionId, r]));
  const departmentOf = new Map(check.ballots.map((b) => [b.token, b.departmentId]));
  const order = new Map(check.questions.map((q, i) => [q.id, i]));
  return w.cascade.departments.map((d) => {
    const replies = check.replies.filter((r) => departmentOf.get(r.token) === d.id);
    const results = checkpointResults(
      check.questions,
      replies.flatMap((r) => r.answers),
    ).sort((a, b) => order.get(a.questionId)! - order.get(b.questionId)!);
    return {
      departmentId: d.id,
      name: d.name,
      respondents: replies.length,
      questions: results.map((result) => {
        const lead = leadership.get(result.questionId) ?? null;
        return {
          questionId: result.questionId,
          wording: result.wording,
          department: result,
          leadership: lead,
          medianGap: result.median === null || lead?.median == null ? null : result.median - lead.median,
          words: wordsFor(d.name, result, lead, leadership.size > 0),
        };
      }),
    };
  });
}
