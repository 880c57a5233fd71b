import { DomainError } from '../domainError';
import { listInWords } from '../ranking/resultWording';

/**
 * The department support matrix: each executive rates, 1–5, the support their own department
 * gets from every other one. So a rating's receiver is the rater's department and its giver is
 * the department rated. Derived every time from the ratings, never stored.
 */
export type SupportRating = { fromDepartment: string; toDepartment: string; score: number };

export type SupportCell = { from: string; to: string; mean: number; n: number };

export type SupportPair = {
  /** The two departments in alphabetical order. */
  a: string;
  b: string;
  /** Mean support a gives b, and b gives a. */
  aToB: number;
  bToA: number;
  /** |aToB − bToA|: how differently the two see their relationship. */
  gap: number;
};

export type SupportMatrix = {
  departments: string[];
  cells: SupportCell[];
  /**
   * Mean of the cell means, so a department with many executives weighs no more than one
   * with a single executive; null when there are no ratings.
   */
  average: number | null;
  /** Pairs rated both ways, most asymmetric first. */
  pairs: SupportPair[];
  /** The department(s) whose given support averages lowest, with that average. */
  leastSupportive: { departments: string[]; mean: number } | null;
  /** Pairs whose gap is at least ASYMMETRY_FROM, most asymmetric first. */
  asymmetric: SupportPair[];
  /** The findings in plain sentences, for the heatmap's caption and the deck. */
  sentences: string[];
};

/** A gap of a whole point on a 5-point scale is one step of the scale: a difference people feel. */
export const ASYMMETRY_FROM = 1;
/** Givers within this of the lowest are named with it: a hundredth apart is not a finding. */
const LEAST_TIE = 0.05;

export function supportMatrix(ratings: readonly SupportRating[]): SupportMatrix {
  const sums = new Map<string, { from: string; to: string; total: number; n: number }>();
  const departments = new Set<string>();
  for (const rating of ratings) {
    const from = rating.fromDepartment.trim();
    const to = rating.toDepartment.trim();
    if (from.length === 0 || to.length === 0) {
      throw new DomainError('SUPPORT_DEPARTMENT', 'Every support rating names both departments.');
    }
    if (from === to) {
      throw new DomainError('SUPPORT_SELF', 'A department does not rate the support it gives itself.');
    }
    if (!(Number.isInteger(rating.score) && rating.score >= 1 && rating.score <= 5)) {
      throw new DomainError('SUPPORT_SCORE', 'Support ratings are whole numbers from 1 to 5.');
    }
    departments.add(from).add(to);
    const key = `${from}\u0000${to}`;
    const cell = sums.get(key) ?? { from, to, total: 0, n: 0 };
    sums.set(key, { ...cell, total: cell.total + rating.score, n: cell.n + 1 });
  }
  const cells = [...sums.values()]
    .map(({ from, to, total, n }) => ({ from, to, mean: total / n, n }))
    .sort((x, y) => x.from.localeCompare(y.from) || x.to.localeCompare(y.to));
  const average = cells.length === 0 ? null : cells.reduce((s, c) => s + c.mean, 0) / cells.length;
  const pairs = pairsOf(cells);
  const asymmetric = pairs.filter((p) => p.gap >= ASYMMETRY_FROM);
  const leastSupportive = leastGivers(cells);
  return {
    departments: [...departments].sort((x, y) => x.localeCompare(y)),
    cells,
    average,
    pairs,
    leastSupportive,
    asymmetric,
    sentences: sentences(average, leastSupportive, asymmetric),
  };
}

function pairsOf(cells: readonly SupportCell[]): SupportPair[] {
  const mean = new Map(cells.map((c) => [`${c.from}\u0000${c.to}`, c.mean]));
  const pairs: SupportPair[] = [];
  for (const c of cells) {
    if (c.from.localeCompare(c.to) >= 0) continue;
    const back = mean.get(`${c.to}\u0000${c.from}`);
    if (back === undefined) continue;
    pairs.push({ a: c.from, b: c.to, aToB: c.mean, bToA: back, gap: Math.abs(c.mean - back) });
  }
  return pairs.sort((x, y) => y.gap - x.gap || x.a.localeCompare(y.a) || x.b.localeCompare(y.b));
}

function leastGivers(cells: readonly SupportCell[]): SupportMatrix['leastSupportive'] {
  const given = new Map<string, number[]>();
  for (const c of cells) given.set(c.from, [...(given.get(c.from) ?? []), c.mean]);
  const means = [...given.entries()].map(([d, list]) => ({
    d,
    mean: list.reduce((s, x) => s + x, 0) / list.length,
  }));
  if (means.length === 0) return null;
  const lowest = Math.min(...means.map((m) => m.mean));
  const departments = means
    .filter((m) => m.mean - lowest <= LEAST_TIE)
    .map((m) => m.d)
    .sort((x, y) => x.localeCompare(y));
  return { departments, mean: lowest };
}

const one = (n: number) => n.toFixed(1);

function sentences(
  average: number | null,
  least: SupportMatrix['leastSupportive'],
  asymmetric: readonly SupportPair[],
): string[] {
  if (average === null || least === null) return ['No support ratings yet.'];
  const out = [`Support between departments averages ${one(average)} out of 5.`];
  const who = listInWords(least.departments);
  out.push(
    `${who} ${least.departments.length === 1 ? 'gives' : 'give'} the least support, ${one(least.mean)} on average as the others see it.`,
  );
  if (asymmetric.length === 0) {
    out.push('No two departments see their support for each other more than a point apart.');
  }
  for (const p of asymmetric) {
    const [low, high] = p.aToB <= p.bToA ? [p.a, p.b] : [p.b, p.a];
    const lowGives = Math.min(p.aToB, p.bToA);
    const highGives = Math.max(p.aToB, p.bToA);
    out.push(
      `${high} is rated ${one(highGives)} for the support it gives ${low}, but ${low} only ${one(lowGives)} for the support it gives back.`,
    );
  }
  return out;
}
