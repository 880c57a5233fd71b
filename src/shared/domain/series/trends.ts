import { HORIZONS } from '../workspace';
import type { CheckpointFigures, Horizon, QuarterSummary } from './quarterSummary';

/**
 * Quarter-on-quarter trends of a series of workspaces, oldest quarter first (the order the
 * series gives them in): one line of points per figure, each with an arrow against the
 * quarter before, as TeamRetro shows its health checks. Derived from the summaries every
 * time, never stored. A quarter without a figure says so in words; it is never drawn as 0.
 */
export type Direction = 'up' | 'down' | 'flat';
/** Whether a rise is good news; 'neither' where more or less is a choice, not a score. */
export type Polarity = 'up-is-good' | 'down-is-good' | 'neither';

export type Arrow = {
  direction: Direction;
  /** This quarter's value minus the previous quarter's. */
  change: number;
  /** better / worse by the metric's polarity; 'unchanged' when flat; null when neither is good. */
  reading: 'better' | 'worse' | 'unchanged' | null;
  words: string;
};

export type TrendPoint = {
  period: string;
  label: string;
  value: number | null;
  /** Why there is no value, in words; null when there is one. */
  missing: string | null;
  /** Against the quarter before; null for the first quarter or when either value is missing. */
  arrow: Arrow | null;
  /** For checkpoint questions: how many answered 1…5, so the spread is shown, never only the mean. */
  distribution?: CheckpointFigures['counts'];
  /** How many answered (a checkpoint question) or replied (a department's translation check). */
  n?: number;
};

export type MetricTrend = {
  key: string;
  title: string;
  unit: string;
  polarity: Polarity;
  /** A change no larger than this is drawn as flat (see THRESHOLDS). */
  threshold: number;
  points: TrendPoint[];
};

export type SeriesTrends = {
  quarters: Array<{ period: string; label: string }>;
  metrics: MetricTrend[];
  /** Warnings in words, e.g. the later horizon shrinking two quarters in a row. */
  warnings: string[];
};

/**
 * Changes no larger than these are flat: smaller moves are what one person changing their
 * mind does in a leadership team of 5–10, not a trend.
 *  - W: 0.05, a quarter of one of the agreement bands (0.2 wide) the results screen names.
 *  - Completion: 5 points, one commitment of ten moving half a grade.
 *  - Checkpoint and support means (1–5): 0.25, one person of four moving one step.
 *  - Horizon shares: 2 points of committed effort, about one small priority in a quarter's plan.
 *  - Contested minutes: 10 minutes, shorter than any block worth timing.
 *  - A department's τ-b with the leadership: 0.1, what one respondent more or less can move
 *    (translation/trend.ts's STEADY_BAND).
 */
export const THRESHOLDS = {
  rankingAgreement: 0.05,
  commitmentCompletion: 5,
  scaleMean: 0.25,
  horizonShare: 2,
  contestedMinutes: 10,
  translationTauB: 0.1,
} as const;

export function arrow(
  previous: number,
  current: number,
  threshold: number,
  polarity: Polarity,
  format: (change: number) => string = (c) => String(c),
): Arrow {
  const change = current - previous;
  const direction: Direction = Math.abs(change) <= threshold ? 'flat' : change > 0 ? 'up' : 'down';
  const reading =
    direction === 'flat'
      ? 'unchanged'
      : polarity === 'neither'
        ? null
        : (direction === 'up') === (polarity === 'up-is-good')
          ? 'better'
          : 'worse';
  const symbol = { up: '↑', down: '↓', flat: '→' }[direction];
  const words =
    direction === 'flat'
      ? `${symbol} about the same as last quarter`
      : `${symbol} ${format(Math.abs(change))} ${direction === 'up' ? 'higher' : 'lower'} than last quarter${reading ? ` (${reading})` : ''}`;
  return { direction, change, reading, words };
}

type MetricSpec = Omit<MetricTrend, 'points'> & {
  format: (n: number) => string;
  read: (s: QuarterSummary) => { value: number | null; missing: string } & Partial<TrendPoint>;
};

const share = (s: QuarterSummary, h: Horizon): number | null => {
  const e = s.committedEffort;
  return e ? (100 * e[h]) / (e.now + e.next + e.later) : null;
};

const HORIZON_NAMES: Record<Horizon, string> = { now: 'Now', next: 'Next', later: 'Later' };

const SPECS: MetricSpec[] = [
  {
    key: 'ranking-agreement',
    title: 'Ranking agreement (Kendall’s W, final round)',
    unit: 'W',
    polarity: 'up-is-good',
    threshold: THRESHOLDS.rankingAgreement,
    format: (n) => n.toFixed(2),
    read: (s) => ({
      value: s.rankingAgreement?.w ?? null,
      missing: 'No revealed ranking round with two ballots or more.',
    }),
  },
  {
    key: 'commitment-completion',
    title: 'Commitments completed',
    unit: '%',
    polarity: 'up-is-good',
    threshold: THRESHOLDS.commitmentCompletion,
    format: (n) => `${Math.round(n)} points`,
    read: (s) => ({
      value: s.commitmentCompletion?.percent ?? null,
      missing: 'No commitments graded yet (Grading last quarter, on the Setup tab).',
    }),
  },
  {
    key: 'support-average',
    title: 'Support between departments (average, 1–5)',
    unit: '/5',
    polarity: 'up-is-good',
    threshold: THRESHOLDS.scaleMean,
    format: (n) => n.toFixed(1),
    read: (s) => ({ value: s.supportAverage, missing: 'No support ratings.' }),
  },
  ...HORIZONS.map((h): MetricSpec => ({
    key: `horizon-${h}`,
    title: `Committed effort on ${HORIZON_NAMES[h]}`,
    unit: '%',
    polarity: 'neither',
    threshold: THRESHOLDS.horizonShare,
    format: (n) => `${Math.round(n)} points`,
    read: (s) => ({ value: share(s, h), missing: 'Nothing committed with an effort estimate.' }),
  })),
  {
    key: 'contested-minutes',
    title: 'Minutes on contested items',
    unit: 'min',
    // Time spent settling a conflict can be time well spent: more is not worse.
    polarity: 'neither',
    threshold: THRESHOLDS.contestedMinutes,
    format: (n) => `${Math.round(n)} min`,
    read: (s) => ({
      value: s.contestedMinutes,
      missing: 'The agenda recorded no time, or no revealed round says what was contested.',
    }),
  },
];

function checkpointSpecs(summaries: readonly QuarterSummary[]): MetricSpec[] {
  const wordings = new Map<string, string>();
  for (const s of summaries) for (const q of s.checkpoint ?? []) wordings.set(q.questionId, q.wording);
  return [...wordings].map(([id, wording]) => ({
    key: `checkpoint-${id}`,
    title: wording,
    unit: '/5',
    polarity: 'up-is-good',
    threshold: THRESHOLDS.scaleMean,
    format: (n) => n.toFixed(1),
    read: (s) => {
      if (s.checkpoint === null) return { value: null, missing: 'No alignment checkpoint.' };
      const q = s.checkpoint.find((c) => c.questionId === id);
      if (!q) return { value: null, missing: 'Not asked.' };
      return { value: q.mean, missing: 'No answers.', distribution: q.counts, n: q.n };
    },
  }));
}

/** The key prefix of the per-department translation metrics, for views that show them apart. */
export const TRANSLATION_KEY = 'translation-';
/** A translation metric's title is the department's name followed by this. */
export const TRANSLATION_TITLE = ': reading of the strategy (τ-b with the leadership)';

const sameName = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();
const signed = (n: number) => n.toFixed(2).replace('-', '−');

/** One metric per department named in any quarter's translation check, matched across quarters by name. */
function translationSpecs(summaries: readonly QuarterSummary[]): MetricSpec[] {
  const names: string[] = [];
  for (const s of summaries)
    for (const d of s.translation ?? [])
      if (!names.some((n) => sameName(n, d.name))) names.push(d.name.trim());
  return names.map((name) => ({
    key: `${TRANSLATION_KEY}${name.toLocaleLowerCase()}`,
    title: `${name}${TRANSLATION_TITLE}`,
    unit: 'τ-b',
    polarity: 'up-is-good',
    threshold: THRESHOLDS.translationTauB,
    format: signed,
    read: (s) => {
      if (!s.translation) return { value: null, missing: 'No translation check with replies.' };
      const d = s.translation.find((x) => sameName(x.name, name));
      if (!d) return { value: null, missing: `${name} was not in this quarter’s translation check.` };
      if (d.respondents === 0) return { value: null, missing: `No one from ${name} replied.`, n: 0 };
      return {
        value: d.tauB,
        missing: `${name}’s order ties every priority: nothing to compare.`,
        n: d.respondents,
      };
    },
  }));
}

export function seriesTrends(summaries: readonly QuarterSummary[]): SeriesTrends {
  const metrics = [...SPECS, ...checkpointSpecs(summaries), ...translationSpecs(summaries)].map(
    ({ format, read, ...meta }) => {
      const points: TrendPoint[] = [];
      summaries.forEach((s, i) => {
        const { value, missing, ...extra } = read(s);
        const before = i > 0 ? points[i - 1]!.value : null;
        points.push({
          period: s.period,
          label: s.label,
          value,
          missing: value === null ? missing : null,
          arrow:
            value !== null && before !== null
              ? arrow(before, value, meta.threshold, meta.polarity, format)
              : null,
          ...extra,
        });
      });
      return { ...meta, points };
    },
  );
  return {
    quarters: summaries.map((s) => ({ period: s.period, label: s.label })),
    metrics,
    warnings: laterShrinking(metrics.find((m) => m.key === 'horizon-later')!),
  };
}

/** The later horizon down two quarters running: the team is spending its future on the present. */
function laterShrinking(later: MetricTrend): string[] {
  const warnings: string[] = [];
  for (let i = 2; i < later.points.length; i++) {
    const [a, b, c] = later.points.slice(i - 2, i + 1) as [TrendPoint, TrendPoint, TrendPoint];
    if (b.arrow?.direction !== 'down' || c.arrow?.direction !== 'down') continue;
    const pct = (p: TrendPoint) => `${Math.round(p.value!)}% in ${p.label}`;
    warnings.push(
      `Committed effort on Later shrank two quarters in a row (${pct(a)}, ${pct(b)}, ${pct(c)}): little is being prepared beyond next quarter.`,
    );
  }
  return warnings;
}
