import type { DepartmentTranslation } from './results';

/**
 * How each department's reading of the strategy moved across quarters: its τ-b with the
 * leadership per quarter, and whether it came closer. Quarters are given oldest first.
 */
export type TrendPoint = { period: string; tauB: number | null; respondents: number };

export type DepartmentTrend = {
  departmentId: string;
  name: string;
  points: TrendPoint[];
  /** τ-b of the latest quarter with one minus the earliest with one; null below two such quarters. */
  change: number | null;
  direction: 'closer' | 'further' | 'steady' | 'unknown';
  summary: string;
};

/** A move of τ-b under this is within what one respondent more or less can change. */
export const STEADY_BAND = 0.1;

export function translationTrend(
  quarters: ReadonlyArray<{ period: string; departments: readonly DepartmentTranslation[] }>,
): DepartmentTrend[] {
  const names = new Map<string, string>();
  for (const q of quarters) for (const d of q.departments) names.set(d.departmentId, d.name);
  return [...names].map(([departmentId, name]) => {
    const points = quarters.map((q) => {
      const d = q.departments.find((x) => x.departmentId === departmentId);
      return { period: q.period, tauB: d?.tauB ?? null, respondents: d?.respondents ?? 0 };
    });
    const measured = points.filter((p): p is TrendPoint & { tauB: number } => p.tauB !== null);
    if (measured.length < 2) {
      return {
        departmentId,
        name,
        points,
        change: null,
        direction: 'unknown' as const,
        summary: `${name} has a reading in ${measured.length === 0 ? 'no quarter' : 'one quarter only'}, so there is no trend yet.`,
      };
    }
    const first = measured[0]!;
    const last = measured.at(-1)!;
    const change = last.tauB - first.tauB;
    const direction = Math.abs(change) < STEADY_BAND ? 'steady' : change > 0 ? 'closer' : 'further';
    const moved =
      direction === 'steady'
        ? 'reads the strategy about as it did'
        : direction === 'closer'
          ? 'reads the strategy closer to the leadership than it did'
          : 'reads the strategy further from the leadership than it did';
    return {
      departmentId,
      name,
      points,
      change,
      direction,
      summary: `${name} ${moved} in ${first.period} (τ-b ${first.tauB.toFixed(2)} then, ${last.tauB.toFixed(2)} in ${last.period}).`,
    };
  });
}
