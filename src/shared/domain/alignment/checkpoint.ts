import { DomainError } from '../domainError';

/**
 * The alignment checkpoint: a few questions each person answers privately on a 1–5 scale,
 * with an optional comment. Results are derived from the answers every time, never stored,
 * and never name anyone: the answers carry no participant, and comments are sorted so their
 * order cannot be matched to the order people answered in.
 */
export type CheckpointQuestion = { id: string; wording: string };

/** The three questions every checkpoint asks; the facilitator may add their own. */
export const BUILT_IN_CHECKPOINT_QUESTIONS: readonly CheckpointQuestion[] = [
  { id: 'same-message', wording: 'Are we telling our teams the same thing?' },
  { id: 'departments-help', wording: 'Do our departments help each other, or pull apart?' },
  { id: 'shared-success', wording: 'Do we mean the same outcome when we say “success”?' },
];

export type CheckpointAnswer = { questionId: string; score: number | null; comment: string };

export const SCALE_POINTS = [1, 2, 3, 4, 5] as const;

/** The 1–5 scale in words: a number alone means different things to different people. */
export const SCALE_WORDS = ['Not at all', 'A little', 'Partly', 'Mostly', 'Completely'] as const;

/** Fewer answers than this and agreement cannot be judged: one or two people are not a team's view. */
export const MIN_ANSWERS_FOR_AGREEMENT = 3;

/**
 * Agreement within the team is rWG (James, Demaree & Wolf 1984): 1 − s² / σ²EU, where s² is
 * the sample variance of the answers and σ²EU = (A² − 1) / 12 = 2 is the variance expected if
 * people answered at random on A = 5 points. It is the standard figure for agreement on one
 * Likert item, reads as "how much less spread than chance" and is clamped to 0..1 (a spread
 * wider than chance, as when people sit at both ends, is simply no agreement). LeBreton &
 * Senter (2008) read 0.70 and above as strong agreement; that is our "aligned".
 */
export const UNIFORM_NULL_VARIANCE = 2;
export const ALIGNED_FROM = 0.7;
/**
 * A team is split, not just mixed, when agreement is short of aligned and each end of the
 * scale (1–2 and 4–5) holds at least this share of the answers: one dissenter among seven
 * is a mixed team; two camps are a split one.
 */
export const SPLIT_END_SHARE = 0.2;

export type CheckpointLabel = 'aligned' | 'mixed' | 'split' | 'too few answers';

/** The agreement label as the room reads it. */
export const LABEL_WORDS: Record<CheckpointLabel, string> = {
  aligned: 'Aligned',
  mixed: 'Mixed',
  split: 'Split',
  'too few answers': 'Too few answers',
};

export type QuestionResult = {
  questionId: string;
  wording: string;
  /** counts[0] is how many answered 1, …, counts[4] how many answered 5. */
  counts: [number, number, number, number, number];
  /** Answers with a score (a comment alone does not count). */
  n: number;
  mean: number | null;
  median: number | null;
  /** rWG, 0..1; null under MIN_ANSWERS_FOR_AGREEMENT answers. */
  agreement: number | null;
  label: CheckpointLabel;
  /** The label in a sentence, e.g. "Split: 2 of 5 answered 1–2 and 2 answered 4–5." */
  reading: string;
  /** Non-empty comments, sorted alphabetically so their order does not reveal who wrote them. */
  comments: string[];
};

/**
 * Per question: the distribution (never only the mean), agreement and a label, most mixed
 * question first. Refuses a score outside 1..5 and an answer to a question not asked.
 */
export function checkpointResults(
  questions: readonly CheckpointQuestion[],
  answers: readonly CheckpointAnswer[],
): QuestionResult[] {
  const byQuestion = new Map<string, CheckpointAnswer[]>(questions.map((q) => [q.id, []]));
  if (byQuestion.size !== questions.length) {
    throw new DomainError('CHECKPOINT_QUESTIONS', 'Two checkpoint questions share one identifier.');
  }
  for (const answer of answers) {
    const list = byQuestion.get(answer.questionId);
    if (!list) {
      throw new DomainError(
        'CHECKPOINT_QUESTION',
        'An answer is for a question this checkpoint does not ask.',
      );
    }
    if (
      answer.score !== null &&
      !(Number.isInteger(answer.score) && answer.score >= 1 && answer.score <= 5)
    ) {
      throw new DomainError('CHECKPOINT_SCORE', 'Checkpoint answers are whole numbers from 1 to 5.');
    }
    list.push(answer);
  }
  const results = questions.map((q) => questionResult(q, byQuestion.get(q.id)!));
  const order = new Map(questions.map((q, i) => [q.id, i]));
  return results.sort(
    (a, b) => mixedness(a) - mixedness(b) || order.get(a.questionId)! - order.get(b.questionId)!,
  );
}

/** Sort key: split first, then the lowest agreement, and questions too thin to judge last. */
function mixedness(r: QuestionResult): number {
  if (r.agreement === null) return 10;
  return (r.label === 'split' ? 0 : 2) + r.agreement;
}

function questionResult(question: CheckpointQuestion, answers: readonly CheckpointAnswer[]): QuestionResult {
  const scores = answers.flatMap((a) => (a.score === null ? [] : [a.score]));
  const counts: QuestionResult['counts'] = [0, 0, 0, 0, 0];
  for (const s of scores) counts[s - 1]! += 1;
  const n = scores.length;
  const comments = answers
    .map((a) => a.comment.trim())
    .filter((c) => c.length > 0)
    .sort((a, b) => a.localeCompare(b) || (a < b ? -1 : a > b ? 1 : 0));
  const base = { questionId: question.id, wording: question.wording, counts, n, comments };
  if (n === 0) {
    return {
      ...base,
      mean: null,
      median: null,
      agreement: null,
      label: 'too few answers',
      reading: 'No answers yet.',
    };
  }
  const mean = scores.reduce((s, x) => s + x, 0) / n;
  const median = medianOf(scores);
  if (n < MIN_ANSWERS_FOR_AGREEMENT) {
    return {
      ...base,
      mean,
      median,
      agreement: null,
      label: 'too few answers',
      reading: `Only ${n} ${n === 1 ? 'answer' : 'answers'}: agreement cannot be judged from fewer than ${MIN_ANSWERS_FOR_AGREEMENT}.`,
    };
  }
  const agreement = rwg(counts, n, mean);
  const low = counts[0] + counts[1];
  const high = counts[3] + counts[4];
  // 2, 3, 3, 3, 4 touches both halves yet agrees: a split is both ends held without agreement.
  if (agreement < ALIGNED_FROM && low >= SPLIT_END_SHARE * n && high >= SPLIT_END_SHARE * n) {
    return {
      ...base,
      mean,
      median,
      agreement,
      label: 'split',
      reading: `Split: ${low} of ${n} answered 1–2 and ${high} answered 4–5.`,
    };
  }
  const label = agreement >= ALIGNED_FROM ? 'aligned' : 'mixed';
  const reading =
    label === 'aligned'
      ? `Aligned: answers sit close together (agreement ${agreement.toFixed(2)}).`
      : `Mixed: answers spread across the scale (agreement ${agreement.toFixed(2)}).`;
  return { ...base, mean, median, agreement, label, reading };
}

/**
 * rWG with the uniform null for 5 points, clamped to 0..1 (see UNIFORM_NULL_VARIANCE). Summed
 * over the counts, not the answers, so the figure cannot depend, even by a rounding, on the
 * order people answered in.
 */
export function rwg(counts: readonly number[], n: number, mean: number): number {
  const squares = counts.reduce((s, c, i) => s + c * (i + 1 - mean) ** 2, 0);
  return Math.min(1, Math.max(0, 1 - squares / (n - 1) / UNIFORM_NULL_VARIANCE));
}

function medianOf(values: readonly number[]): number {
  const sorted = values.slice().sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
