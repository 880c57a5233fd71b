import type { CommitmentGrade, CommitmentRow, KpiRow } from '../workspace';

export type KpiStatus = 'on-track' | 'at-risk' | 'off-track' | 'no-data';

/** How far short of target (as a share of the target) still counts as "at risk". */
export const AT_RISK_BAND = 0.1;

export const KPI_STATUS_LABELS: Record<KpiStatus, string> = {
  'on-track': 'On track',
  'at-risk': 'At risk',
  'off-track': 'Off track',
  'no-data': 'No data',
};

/** A symbol beside each status word, so status never rests on colour alone. */
export const KPI_STATUS_SYMBOLS: Record<KpiStatus, string> = {
  'on-track': '●',
  'at-risk': '▲',
  'off-track': '■',
  'no-data': '○',
};

/** "2 at risk": how many KPIs have a status, as the editor and the slide both count them. */
export function kpiStatusCount(status: KpiStatus, count: number): string {
  return `${count} ${KPI_STATUS_LABELS[status].toLowerCase()}`;
}

/** A commitment's grade in words, in the grade menu and on the slide alike. */
export const COMMITMENT_GRADE_LABELS: Record<CommitmentGrade, string> = {
  done: 'Done',
  partly: 'Partly',
  missed: 'Missed',
  ungraded: 'Not graded',
};

/**
 * A KPI's status from its numbers, respecting which direction is better:
 * - no data: the actual or the target is missing;
 * - on track: the actual meets or beats the target;
 * - at risk: it misses the target by at most 10 % of the target (|target| × 0.1);
 * - off track: it misses by more. A target of 0 has no band: meet it or be off track.
 */
export function kpiStatus(row: Pick<KpiRow, 'target' | 'actual' | 'better'>): KpiStatus {
  const { target, actual } = row;
  if (target === null || actual === null) return 'no-data';
  const shortfall = row.better === 'higher' ? target - actual : actual - target;
  if (shortfall <= 0) return 'on-track';
  // A hair of tolerance, so 2.2 against a target of 2 counts as "within 10 %" despite binary floats.
  const band = Math.abs(target) * AT_RISK_BAND * (1 + 1e-9);
  return shortfall <= band ? 'at-risk' : 'off-track';
}

export type CommitmentCompletion = {
  /** 0–100, rounded to a whole number; null when nothing is graded yet. */
  percent: number | null;
  done: number;
  partly: number;
  missed: number;
  graded: number;
};

/**
 * How much of last period's commitments was delivered: done counts 1, partly ½, missed 0;
 * ungraded commitments are left out of both the count and the percentage.
 */
export function commitmentCompletion(
  rows: ReadonlyArray<Pick<CommitmentRow, 'grade'>>,
): CommitmentCompletion {
  const count = (grade: CommitmentRow['grade']) => rows.filter((r) => r.grade === grade).length;
  const done = count('done');
  const partly = count('partly');
  const missed = count('missed');
  const graded = done + partly + missed;
  const percent = graded === 0 ? null : Math.round((100 * (done + partly / 2)) / graded);
  return { percent, done, partly, missed, graded };
}
