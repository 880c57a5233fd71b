import type { QuestionResult } from '../alignment/checkpoint';
import { latestCheckpointResults } from '../alignment/checkpointEdits';
import { latestSupportMatrix } from '../alignment/supportEdits';
import type { SupportMatrix } from '../alignment/supportMatrix';
import { newestRevealedRound } from '../deck/rounds';
import type { HORIZONS, Priority, Workspace } from '../workspace';
import {
  analysedForTrends,
  translationReadings,
  type DepartmentReading,
  type TranslationSource,
} from './quarterSummaryTranslation';

export type { DepartmentReading } from './quarterSummaryTranslation';

/**
 * One quarter as the trends see it: exactly the figures a Series view compares, derived
 * from the quarter's workspace (its rounds, deck, agenda, checkpoints, support matrices and
 * translation checks), never stored. A figure the quarter cannot give is null, never 0: "no revealed
 * round" is not "no agreement".
 */
export type Horizon = (typeof HORIZONS)[number];

export type QuarterSummary = {
  period: string;
  /** "Q1 2027" for a period written 2027-Q1; otherwise the period as written, or the workspace name. */
  label: string;
  /** Kendall's W of the newest revealed ranking round, as its results screen shows it; null under 2 ballots. */
  rankingAgreement: { w: number; question: string; voters: number } | null;
  /** Sum of the effort of committed priorities per horizon; null when nothing committed has effort. */
  committedEffort: Record<Horizon, number> | null;
  /**
   * Last quarter's commitments as graded this quarter: done 1, partly ½, missed 0, ungraded
   * left out. The grades given on the Setup tab (carried in from the quarter before) when any
   * is graded; otherwise the deck's commitments-review rows, for a workspace not made as a
   * next quarter. One source per quarter, so the two are never added together.
   */
  commitmentCompletion: { percent: number; graded: number } | null;
  /**
   * Minutes the agenda's timer recorded on blocks about a contested item of the newest
   * revealed round (a block about two of them counts once); null until the agenda records
   * any time, or when there is no revealed round to say what was contested.
   */
  contestedMinutes: number | null;
  checkpoint: CheckpointFigures[] | null;
  /** Mean of the cells of the last revealed support matrix, 1–5. */
  supportAverage: number | null;
  /**
   * Per department, its τ-b with the leadership in the quarter's last translation check with
   * replies; null when there is none. Optional: summaries made before it was read have none.
   */
  translation?: DepartmentReading[] | null;
};

export type CheckpointFigures = Pick<
  QuestionResult,
  'questionId' | 'wording' | 'counts' | 'n' | 'mean' | 'agreement' | 'label'
>;

/** What a quarter is summarised from: the parts of a workspace the trends read. */
export type QuarterSource = Pick<Workspace, 'name' | 'period' | 'rounds' | 'deck' | 'agenda'> & {
  priorities: ReadonlyArray<Pick<Priority, 'status' | 'horizon' | 'effort'>>;
  /** The quarter's checkpoints, when read: the last revealed one gives its figures. */
  checkpoints?: Workspace['checkpoints'];
  /** The quarter's support matrices, when read: the last revealed one gives the support average. */
  supportChecks?: Workspace['supportChecks'];
  /** What the quarter before handed on, when read: its graded commitments. */
  carriedIn?: { commitments: ReadonlyArray<{ grade: string }> } | null;
} & Pick<TranslationSource, 'translationChecks' | 'cascade'>;

/** Results that are not part of the workspace file yet (or override it): passed in when known. */
export type QuarterExtras = {
  checkpoint?: readonly QuestionResult[] | null;
  support?: SupportMatrix | null;
};

const COMPLETION: Record<string, number | undefined> = { done: 1, partly: 0.5, missed: 0 };

export function summarizeQuarter(workspace: QuarterSource, extras: QuarterExtras = {}): QuarterSummary {
  const round = analysedRound(workspace);
  return {
    period: workspace.period,
    label: quarterLabel(workspace.period, workspace.name),
    rankingAgreement: round && { w: round.w, question: round.question, voters: round.voters },
    committedEffort: committedEffort(workspace.priorities),
    commitmentCompletion:
      completionOf(workspace.carriedIn?.commitments ?? []) ??
      completionOf(
        (workspace.deck?.sections ?? []).flatMap((s) => (s.type === 'commitments-review' ? s.rows : [])),
      ),
    contestedMinutes: contestedMinutes(workspace.agenda, round?.contested ?? null),
    checkpoint:
      (extras.checkpoint ?? latestCheckpointResults({ checkpoints: workspace.checkpoints ?? [] }))?.map(
        checkpointFigures,
      ) ?? null,
    supportAverage:
      (extras.support !== undefined ? extras.support : latestSupportMatrix(workspace))?.average ?? null,
    translation: translationReadings(workspace),
  };
}

export function quarterLabel(period: string, name: string): string {
  const quarter = /^\s*(\d{4})\s*-?\s*Q([1-4])\s*$/i.exec(period);
  if (quarter) return `Q${quarter[2]!} ${quarter[1]!}`;
  return period.trim() || name.trim();
}

/** W of two rankings is already a reading of how far two people agree (W = (ρ + 1) / 2). */
export const MIN_BALLOTS = 2;

type AnalysedRound = { w: number; question: string; voters: number; contested: Set<string> };

/**
 * The newest revealed round through the ranking engine, as the results screen and the
 * time-spent slide read it. A round the engine cannot analyse (no ballots, a damaged file)
 * gives no figure rather than a made-up one.
 */
function analysedRound(workspace: QuarterSource): AnalysedRound | null {
  // newestRevealedRound reads only `rounds`; its parameter asks for a whole workspace.
  const id = newestRevealedRound(workspace as Workspace);
  const round = workspace.rounds.find((r) => r.id === id);
  // One ballot agrees with itself (W = 1): a figure that would say nothing about the team.
  if (!round || round.ballots.length < MIN_BALLOTS) return null;
  // The trends read W and the contested items, never W's p-value: no Monte Carlo draws for
  // it, which below 8 items would cost ~10 ms a quarter and change neither figure.
  const analysis = analysedForTrends(round);
  if (analysis === null) return null;
  return {
    w: analysis.agreement.w,
    question: round.question,
    voters: analysis.voters.length,
    contested: new Set(analysis.topContested.map((c) => c.candidate)),
  };
}

function committedEffort(priorities: QuarterSource['priorities']): QuarterSummary['committedEffort'] {
  const effort: Record<Horizon, number> = { now: 0, next: 0, later: 0 };
  for (const p of priorities) if (p.status === 'committed') effort[p.horizon] += p.effort;
  return effort.now + effort.next + effort.later > 0 ? effort : null;
}

function completionOf(rows: ReadonlyArray<{ grade: string }>): QuarterSummary['commitmentCompletion'] {
  let graded = 0;
  let credit = 0;
  for (const row of rows) {
    const value = COMPLETION[row.grade];
    if (value === undefined) continue;
    graded++;
    credit += value;
  }
  return graded === 0 ? null : { percent: (100 * credit) / graded, graded };
}

function contestedMinutes(agenda: QuarterSource['agenda'], contested: Set<string> | null): number | null {
  // The time a block's file records; a timer left running when the file was saved adds nothing.
  if (contested === null || !agenda.blocks.some((b) => b.spentMs > 0)) return null;
  const ms = agenda.blocks
    .filter((b) => b.priorityIds.some((id) => contested.has(id)))
    .reduce((sum, b) => sum + b.spentMs, 0);
  return Math.round(ms / 60_000);
}

function checkpointFigures(r: QuestionResult): CheckpointFigures {
  return {
    questionId: r.questionId,
    wording: r.wording,
    counts: r.counts,
    n: r.n,
    mean: r.mean,
    agreement: r.agreement,
    label: r.label,
  };
}
